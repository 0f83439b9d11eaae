"use client";

import { useEffect, useRef, useState } from "react";

const MAX_CHARS = 20_000;

/** Drafts are kept per prompt (question or follow-up), so one never drifts onto the next. */
export const draftKey = (sessionId: string, promptTurnId: number) => `draft:${sessionId}:${promptTurnId}`;

export function clearDrafts(sessionId: string): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith(`draft:${sessionId}:`)) localStorage.removeItem(k);
}

/** The candidate's reply. The draft survives a reload (localStorage) until the server has it. */
export function AnswerBox({
  sessionId,
  promptTurnId,
  busy,
  locked,
  lang,
  onSend,
  onClarify,
  onHint,
  onDontKnow,
  onSkip,
  onFinish,
}: {
  sessionId: string;
  /** The interviewer turn this reply answers. */
  promptTurnId: number;
  /** A request is in flight: nothing can be sent, the text cannot change under it. */
  busy: boolean;
  /** The previous reply is not graded yet: only ending the interview is possible. */
  locked: boolean;
  lang: "zh" | "en";
  onSend: (text: string) => Promise<boolean>;
  /** The text is a question back to the interviewer, not an answer: it is answered, not graded. */
  onClarify: (text: string) => Promise<boolean>;
  onHint: () => void;
  onDontKnow: () => void;
  onSkip: () => void;
  onFinish: () => void;
}) {
  const key = draftKey(sessionId, promptTurnId);
  const [text, setText] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setText(localStorage.getItem(key) ?? "");
    box.current?.focus();
  }, [key]);
  const update = (v: string) => {
    setText(v);
    if (v) localStorage.setItem(key, v);
    else localStorage.removeItem(key);
  };
  const send = async (how: (t: string) => Promise<boolean> = onSend) => {
    if (busy || locked || !text.trim()) return;
    const sent = text;
    if (await how(sent)) {
      localStorage.removeItem(key);
      setText((now) => (now === sent ? "" : now));
    }
  };
  const en = lang === "en";
  const blocked = busy || locked;
  return (
    <div className="space-y-2">
      <label htmlFor="answer-input" className="sr-only">
        {en ? "Your answer" : "你的回答"}
      </label>
      <textarea
        id="answer-input"
        ref={box}
        data-testid="answer-input"
        className="h-40 w-full rounded-lg border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 p-3 text-sm read-only:bg-slate-100 dark:read-only:bg-slate-800 focus:border-blue-500 focus:outline-none"
        placeholder={en ? "Your answer… (Ctrl/Cmd+Enter to send; a short question ending in “?” is asked back)" : "输入你的回答…（Ctrl/Cmd+Enter 发送；以“？”结尾的简短反问不计分）"}
        value={text}
        readOnly={busy}
        maxLength={MAX_CHARS}
        onChange={(e) => update(e.target.value)}
        onKeyDown={(e) => {
          const mod = e.ctrlKey || e.metaKey;
          if (e.key === "Enter" && mod) {
            e.preventDefault();
            void send();
          } else if (mod && e.shiftKey && !blocked) {
            // Ctrl/Cmd+Shift+K skip, +D don't know, +H hint: the mouse is not needed.
            const k = e.key.toLowerCase();
            const act = k === "k" ? onSkip : k === "d" ? onDontKnow : k === "h" ? onHint : null;
            if (act) {
              e.preventDefault();
              act();
            }
          }
        }}
      />
      {text.length > MAX_CHARS * 0.8 && (
        <p className="text-right text-xs text-amber-700 dark:text-amber-400">
          {text.length} / {MAX_CHARS}
        </p>
      )}
      <div className="flex flex-wrap gap-2 text-sm">
        <button
          data-testid="send-button"
          className="rounded bg-blue-600 px-4 py-1.5 font-medium text-white disabled:opacity-50"
          disabled={blocked || !text.trim()}
          onClick={() => void send()}
        >
          {en ? "Send" : "发送"}
        </button>
        <button
          data-testid="clarify-button"
          title={en ? "Ask the interviewer a question back (not graded)" : "向面试官反问（不计分）"}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800"
          disabled={blocked || !text.trim()}
          onClick={() => void send(onClarify)}
        >
          {en ? "Ask back" : "反问"}
        </button>
        <button
          data-testid="hint-button"
          title="Ctrl/Cmd+Shift+H"
          className="rounded border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800"
          disabled={blocked}
          onClick={onHint}
        >
          {en ? "Hint" : "给个提示"}
        </button>
        <button data-testid="dont-know-button" title="Ctrl/Cmd+Shift+D" className="rounded border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 px-3 py-1.5 disabled:opacity-50" disabled={blocked} onClick={onDontKnow}>
          {en ? "I don't know" : "我不知道"}
        </button>
        <button data-testid="skip-button" title="Ctrl/Cmd+Shift+K" className="rounded border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 px-3 py-1.5 disabled:opacity-50" disabled={blocked} onClick={onSkip}>
          {en ? "Skip" : "跳过"}
        </button>
        <button data-testid="finish-button" className="ml-auto rounded border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 px-3 py-1.5 text-slate-600 dark:text-slate-400 disabled:opacity-50" disabled={busy} onClick={onFinish}>
          {en ? "End interview" : "结束面试"}
        </button>
      </div>
    </div>
  );
}
