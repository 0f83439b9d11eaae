"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TurnMeta } from "@/lib/interview/types";
import { useLazyChat } from "./lazy-chat";
import { sessionApi, type View } from "./session-api";

export type ChatActionName = "answer" | "clarify" | "hint" | "dont-know" | "skip" | "finish" | "resume";

const newKey = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

/** A line still to be phrased by the model (shown as "typing" while a request streams it). */
export const isPendingLine = (meta: TurnMeta | null) => meta?.phrase === "pending" || meta?.phrase === "streaming";

/**
 * The interview over the AI SDK's chat transport: each action is one POST to
 * /api/sessions/[id]/chat, answered in the UI message protocol. The saved state arrives as
 * `data-view` parts and replaces ours; the interviewer's line arrives as text deltas, shown
 * in place of the turn being phrased (`data-phrasing`) until it is saved (`data-phrased`).
 */
export function useInterviewChat(initial: View) {
  const [view, setView] = useState(initial);
  const [error, setError] = useState<string | null>(initial.gradingError);
  const [phrasingTurn, setPhrasingTurn] = useState<number | null>(null);
  const latest = useRef(view);
  latest.current = view;
  // A conflict (this page is stale) keeps the screen and the unsent text as they are; the
  // error says to reload. The state that follows it in the same answer is not applied.
  const stale = useRef(false);

  // The AI SDK's chat, fetched when first needed (lazy-chat.ts).
  const { messages, sendMessage, status, setMessages } = useLazyChat({
    id: initial.id,
    api: `/api/sessions/${initial.id}/chat`,
    // The server keeps the transcript: send only the action, never the message list.
    prepareSendMessagesRequest: ({ body }) => ({ body: body ?? {} }),
    onData: (part) => {
      if (part.type === "data-view") {
        if (stale.current) return;
        const v = part.data as View;
        setView(v);
        if (v.gradingError) setError(v.gradingError);
      } else if (part.type === "data-phrasing") setPhrasingTurn((part.data as { turnId: number }).turnId);
      else if (part.type === "data-phrased") setPhrasingTurn(null);
      else if (part.type === "data-error") {
        const err = part.data as { message: string; status: number };
        if (err.status === 409) stale.current = true;
        setError(err.message);
      }
    },
    onError: (e) => {
      setError(e.message && !/^\s*\{/.test(e.message) ? e.message : "连不上服务器，你的回答若已发送会保留。Cannot reach the server: reload to see what was saved.");
      void sessionApi.get(initial.id).then(setView, () => undefined);
    },
    onFinish: () => {
      setPhrasingTurn(null);
      setMessages([]);
    },
  });

  // The text streamed so far for the line being phrased: the last text part of the reply.
  const streamed = useMemo(() => {
    const last = messages.at(-1);
    if (!last || last.role !== "assistant") return "";
    const texts = last.parts.filter((p) => p.type === "text");
    return texts.at(-1)?.type === "text" ? (texts.at(-1) as { text: string }).text : "";
  }, [messages]);

  const busy = status === "submitted" || status === "streaming";

  /** Sends an action; resolves true when the server holds the reply (also after a lost response). */
  const send = useCallback(
    async (action: ChatActionName, text?: string): Promise<boolean> => {
      setError(null);
      stale.current = false;
      const before = latest.current.turns.at(-1)?.id ?? 0;
      await sendMessage(
        { text: text ?? action },
        { body: { action, ...(text !== undefined ? { text } : {}), afterTurnId: before || undefined, clientKey: newKey() } },
      ).catch(() => undefined);
      if (text === undefined) return true;
      return latest.current.turns.some((t) => t.id > before && t.role === "candidate" && (t.content === text || t.content === text.trim()));
    },
    [sendMessage],
  );

  // Resuming is a POST: a reply a restart left ungraded, or a line left unphrased, is finished
  // by the page once it is open, never by a GET.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current || view.status !== "active") return;
    if (view.grading || view.turns.some((t) => t.role === "interviewer" && isPendingLine(t.meta))) {
      resumed.current = true;
      void send("resume");
    }
  }, [view, send]);

  return { view, setView, error, setError, busy, status, phrasingTurn, streamed, send };
}
