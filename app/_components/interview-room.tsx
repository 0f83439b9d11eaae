"use client";

import clsx from "clsx";
import { useEffect, useRef, useState } from "react";
import { AnswerBox, clearDrafts } from "./answer-box";
import { FeedbackCard } from "./feedback-card";
import { ApiError, sessionApi, type View } from "./session-api";
import { SessionReport } from "./session-report";

export function InterviewRoom({ initial }: { initial: View }) {
  const [view, setView] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(initial.gradingError);
  const bottom = useRef<HTMLDivElement>(null);
  const lang = view.config.lang;
  const en = lang === "en";
  const lastTurnId = view.turns.at(-1)?.id;
  const promptTurnId = view.turns.findLast((t) => t.role === "interviewer" && t.kind !== "note")?.id ?? 0;

  // Block body on purpose: newer Chromium returns a Promise from scrollIntoView, and React
  // would take a returned value for a clean-up function.
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
  }, [view.turns.length, pending]);
  useEffect(() => {
    if (view.status === "finished") clearDrafts(view.id);
  }, [view.status, view.id]);

  /** Runs an action; on failure shows why, and what the server holds now (it may have saved the reply). */
  async function run(action: () => Promise<View>, shown: string | null = null): Promise<View | null> {
    setBusy(true);
    setError(null);
    setPending(shown);
    try {
      const next = await action();
      setView(next);
      setError(next.gradingError);
      return next;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      // A conflict (this page is stale) keeps the screen and the unsent text as they are;
      // any other failure shows what the server holds now: it may have saved the reply.
      if (!(e instanceof ApiError && e.status === 409)) {
        const now = await sessionApi.get(view.id).catch(() => null);
        if (now) setView(now);
      }
      return null;
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  async function send(text: string): Promise<boolean> {
    const before = lastTurnId ?? 0;
    if (await run(() => sessionApi.answer(view.id, text, lastTurnId), text)) return true;
    // The request failed, but the server may have saved the reply before it did.
    const now = await sessionApi.get(view.id).catch(() => null);
    return !!now?.turns.some((t) => t.id > before && t.role === "candidate" && t.content === text);
  }

  function finish() {
    const left = view.progress.total - view.progress.done;
    const ask = en ? `End the interview now? ${left} question(s) not yet answered.` : `确定现在结束面试吗？还有 ${left} 题未答完。`;
    if (left > 0 && !window.confirm(ask)) return;
    void run(() => sessionApi.finish(view.id));
  }

  const questionScore = (position: number) => view.grades[position]?.score ?? null;

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
          className="h-2 flex-1 rounded bg-slate-200"
          role="progressbar"
          aria-label={en ? "questions done" : "已完成题数"}
          aria-valuemin={0}
          aria-valuemax={view.progress.total}
          aria-valuenow={view.progress.done}
        >
          <div className="h-2 rounded bg-blue-500" style={{ width: `${(100 * view.progress.done) / Math.max(1, view.progress.total)}%` }} />
        </div>
        <span className="text-xs text-slate-500">
          {view.plan.length} {en ? "questions" : "题"} · {en ? "follow-ups ≤" : "追问上限"} {view.config.maxFollowUps}
        </span>
      </div>

      <ol className="space-y-3" data-testid="chat" role="log" aria-live="polite">
        {view.turns.map((t, i) => {
          const interviewer = t.role === "interviewer";
          const prev = view.turns[i - 1];
          const followUpPointId = prev?.kind === "follow-up" ? prev.pointId : null;
          return (
            <li key={t.id} className={clsx("flex flex-col gap-2", interviewer ? "items-start" : "items-end")}>
              <div
                data-testid={interviewer ? "interviewer-message" : "candidate-message"}
                data-kind={t.kind}
                className={clsx(
                  "max-w-[85%] rounded-2xl px-4 py-2 text-sm whitespace-pre-wrap",
                  interviewer ? "bg-white shadow-sm ring-1 ring-slate-200" : "bg-blue-600 text-white",
                )}
              >
                {t.kind === "skip" ? (en ? "(skipped)" : "（跳过）") : t.content}
              </div>
              {!interviewer && t.grade && t.kind !== "skip" && (
                <div className="w-full">
                  <FeedbackCard
                    grade={t.grade}
                    question={view.questions[view.plan[t.position] ?? ""]}
                    lang={lang}
                    bankId={view.config.bankId}
                    followUpPointId={followUpPointId}
                    questionScore={followUpPointId ? questionScore(t.position) : null}
                  />
                </div>
              )}
            </li>
          );
        })}
        {pending !== null && (
          <li className="flex flex-col items-end gap-2">
            {pending && <div className="max-w-[85%] rounded-2xl bg-blue-600/70 px-4 py-2 text-sm whitespace-pre-wrap text-white">{pending}</div>}
            <span className="text-xs text-slate-500" data-testid="grading-indicator" role="status">
              {en ? "Grading…" : "评分中…"}
            </span>
          </li>
        )}
      </ol>
      <div ref={bottom} />

      {view.grading && !busy && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="grading-pending" role="status">
          {en ? "Your last answer is saved but not graded yet. " : "上一条回答已保存，尚未评分。"}
          <button className="underline" onClick={() => void run(() => sessionApi.get(view.id))}>
            {en ? "Grade it now" : "重新评分"}
          </button>
        </p>
      )}
      {error && (
        <p className="rounded border border-rose-300 bg-rose-50 p-2 text-sm text-rose-800" data-testid="error-banner" role="alert">
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
          onSend={send}
          onDontKnow={() => void run(() => sessionApi.dontKnow(view.id, lastTurnId), en ? "I don't know" : "不知道")}
          onSkip={() => void run(() => sessionApi.skip(view.id, lastTurnId), "")}
          onFinish={finish}
        />
      ) : (
        view.report && <SessionReport report={view.report} lang={lang} bankId={view.config.bankId} />
      )}
    </div>
  );
}
