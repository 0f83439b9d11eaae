"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ChatStatus, UIMessage } from "ai";
import type { ChatOptions, EngineChat } from "./chat-engine";

let engine: Promise<typeof import("./chat-engine")> | null = null;

/** Fetches the chat engine (once; again after a failed fetch). */
export function loadChatEngine(): Promise<typeof import("./chat-engine")> {
  engine ??= import("./chat-engine").catch((e: unknown) => {
    engine = null;
    throw e;
  });
  return engine;
}

type SendArgs = Parameters<EngineChat["sendMessage"]>;

/**
 * useChat's part that the interview uses (messages, status, sendMessage, setMessages), with the
 * AI SDK fetched only when needed: at the first key press, click or touch on the page (so it is
 * there before a reply is sent), or when a message is sent. Until it has arrived, sending
 * already reports "submitted", so a second press cannot send twice.
 */
export function useLazyChat(options: ChatOptions) {
  const [messages, setMessageList] = useState<UIMessage[]>([]);
  const [status, setStatus] = useState<ChatStatus>("ready");
  const latest = useRef(options);
  latest.current = options;
  const chat = useRef<Promise<EngineChat> | null>(null);

  useEffect(() => {
    const warm = () => void loadChatEngine().catch(() => undefined);
    const events = ["keydown", "pointerdown"] as const;
    for (const e of events) window.addEventListener(e, warm, { once: true, passive: true, capture: true });
    return () => events.forEach((e) => window.removeEventListener(e, warm, { capture: true }));
  }, []);

  const getChat = useCallback((): Promise<EngineChat> => {
    chat.current ??= loadChatEngine().then((m) =>
      m.createChat(
        {
          id: latest.current.id,
          api: latest.current.api,
          prepareSendMessagesRequest: (o) => latest.current.prepareSendMessagesRequest?.(o) ?? { body: o.body ?? {} },
          onData: (part) => latest.current.onData?.(part),
          onError: (err) => latest.current.onError?.(err),
          onFinish: (done) => latest.current.onFinish?.(done),
        },
        (s) => {
          setMessageList(s.messages);
          setStatus(s.status);
        },
      ),
    );
    return chat.current;
  }, []);

  const sendMessage = useCallback(
    async (...args: SendArgs): Promise<void> => {
      setStatus((s) => (s === "ready" || s === "error" ? "submitted" : s));
      let c: EngineChat;
      try {
        c = await getChat();
      } catch {
        chat.current = null;
        setStatus("error");
        // No message of ours: the caller says the server cannot be reached, which is what happened.
        latest.current.onError?.(new Error(""));
        return;
      }
      await c.sendMessage(...args);
    },
    [getChat],
  );

  const setMessages = useCallback((m: UIMessage[]) => {
    setMessageList(m);
    void chat.current?.then((c) => (c.messages = m)).catch(() => undefined);
  }, []);

  return { messages, status, sendMessage, setMessages };
}
