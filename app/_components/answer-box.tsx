"use client";

import { useEffect, useState } from "react";

/** The candidate's reply. The draft survives a reload (localStorage) until the server has it. */
export function AnswerBox({
  sessionId,
  busy,
  lang,
  onSend,
  onDontKnow,
  onSkip,
  onFinish,
}: {
  sessionId: string;
  busy: boolean;
  lang: "zh" | "en";
  onSend: (text: string) => Promise<boolean>;
  onDontKnow: () => void;
  onSkip: () => void;
  onFinish: () => void;
}) {
  const key = `draft:${sessionId}`;
  const [text, setText] = useState("");
  useEffect(() => {
    setText(localStorage.getItem(key) ?? "");
  }, [key]);
  const update = (v: string) => {
    setText(v);
    localStorage.setItem(key, v);
  };
  const send = async () => {
    if (busy || !text.trim()) return;
    if (await onSend(text)) {
      setText("");
      localStorage.removeItem(key);
    }
  };
  const en = lang === "en";
  return (
    <div className="space-y-2">
      <textarea
        data-testid="answer-input"
        className="h-40 w-full rounded-lg border border-slate-300 bg-white p-3 text-sm focus:border-blue-500 focus:outline-none"
        placeholder={en ? "Your answer… (Ctrl/Cmd+Enter to send)" : "输入你的回答…（Ctrl/Cmd+Enter 发送）"}
        value={text}
        onChange={(e) => update(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
        }}
      />
      <div className="flex flex-wrap gap-2 text-sm">
        <button
          data-testid="send-button"
          className="rounded bg-blue-600 px-4 py-1.5 font-medium text-white disabled:opacity-50"
          disabled={busy || !text.trim()}
          onClick={() => void send()}
        >
          {en ? "Send" : "发送"}
        </button>
        <button data-testid="dont-know-button" className="rounded border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-50" disabled={busy} onClick={onDontKnow}>
          {en ? "I don't know" : "我不知道"}
        </button>
        <button data-testid="skip-button" className="rounded border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-50" disabled={busy} onClick={onSkip}>
          {en ? "Skip" : "跳过"}
        </button>
        <button data-testid="finish-button" className="ml-auto rounded border border-slate-300 bg-white px-3 py-1.5 text-slate-600 disabled:opacity-50" disabled={busy} onClick={onFinish}>
          {en ? "End interview" : "结束面试"}
        </button>
      </div>
    </div>
  );
}
