"use client";

import { useEffect, useRef } from "react";
import { AnswerBox, clearDrafts } from "./answer-box";
import { ChatTurn } from "./chat-turn";
import { LazyLlmUsageSummary as LlmUsageSummary, LazySessionReport as SessionReport } from "./lazy-room-parts";
import type { View } from "./session-api";
import { isPendingLine, useInterviewChat } from "./use-interview-chat";

export function InterviewRoom({ initial }: { initial: View }) {
  const { view, error, busy, phrasingTurn, streamed, send } = useInterviewChat(initial);
  const bottom = useRef<HTMLDivElement>(null);
  const lang = view.config.lang;
  const en = lang === "en";
  const promptTurnId = view.turns.findLast((t) => t.role === "interviewer" && t.kind !== "note")?.id ?? 0;
  const waitingForReply = busy && phrasingTurn === null && !view.turns.some((t) => isPendingLine(t.meta));

  // Block body on purpose: newer Chromium returns a Promise from scrollIntoView, and React
  // would take a returned value for a clean-up function.
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
  }, [view.turns.length, streamed.length]);
  useEffect(() => {
    if (view.status === "finished") clearDrafts(view.id);
  }, [view.status, view.id]);

  function finish() {
    const left = view.progress.total - view.progress.done;
    const ask = en ? `End the interview now? ${left} question(s) not yet answered.` : `确定现在结束面试吗？还有 ${left} 题未答完。`;
    if (left > 0 && !window.confirm(ask)) return;
    void send("finish");
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="font-medium" data-testid="progress">
          {view.status === "finished"
            ? en ? "Finished" : "已结束"
            : en
              ? `Question ${view.progress.current} of ${view.progress.total}`
              : `第 ${view.progress.current} / ${view.progress.total} 题`}
        </span>
        <div
          className="h-2 flex-1 rounded bg-slate-200 dark:bg-slate-700"
          role="progressbar"
          aria-label={en ? "questions done" : "已完成题数"}
          aria-valuemin={0}
          aria-valuemax={view.progress.total}
          aria-valuenow={view.progress.done}
        >
          <div className="h-2 rounded bg-blue-500" style={{ width: `${(100 * view.progress.done) / Math.max(1, view.progress.total)}%` }} />
        </div>
        <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="session-mode">
          {view.config.mode?.llm ? `${en ? "LLM interviewer" : "LLM 面试官"} · ${view.config.mode.model ?? ""}` : en ? "offline interviewer" : "离线面试官"}
          {" · "}
          {en ? "follow-ups ≤" : "追问上限"} {view.config.maxFollowUps}
        </span>
      </div>

      <ol className="space-y-3" data-testid="chat" role="log" aria-live="polite" aria-relevant="additions">
        {view.turns.map((t, i) => (
          <ChatTurn
            key={t.id}
            turn={t}
            prev={view.turns[i - 1]}
            view={view}
            streaming={phrasingTurn === t.id ? streamed : busy && isPendingLine(t.meta) ? "" : null}
          />
        ))}
        {waitingForReply && (
          <li className="flex flex-col items-end gap-2">
            <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="grading-indicator" role="status">
              {en ? "Grading…" : "评分中…"}
            </span>
          </li>
        )}
      </ol>
      <div ref={bottom} />

      {view.grading && !busy && (
        <p className="rounded border border-amber-300 dark:border-amber-800 bg-amber-50 dark:bg-amber-950 p-2 text-sm text-amber-900 dark:text-amber-200" data-testid="grading-pending" role="status">
          {en ? "Your last answer is saved but not graded yet. " : "上一条回答已保存，尚未评分。"}
          <button className="underline" data-testid="grade-now-button" onClick={() => void send("resume")}>
            {en ? "Grade it now" : "重新评分"}
          </button>
        </p>
      )}
      {error && (
        <p className="rounded border border-rose-300 dark:border-rose-800 bg-rose-50 dark:bg-rose-950 p-2 text-sm text-rose-800 dark:text-rose-200" data-testid="error-banner" role="alert">
          {error}
        </p>
      )}

      {view.status === "active" ? (
        <AnswerBox
          sessionId={view.id}
          promptTurnId={promptTurnId}
          busy={busy}
          locked={view.grading}
          lang={lang}
          onSend={(text) => send("answer", text)}
          onClarify={(text) => send("clarify", text)}
          onHint={() => void send("hint")}
          onDontKnow={() => void send("dont-know")}
          onSkip={() => void send("skip")}
          onFinish={finish}
        />
      ) : (
        <>
          {view.report && <SessionReport report={view.report} lang={lang} bankId={view.config.bankId} />}
          <LlmUsageSummary view={view} />
        </>
      )}
    </div>
  );
}
