"use client";

import clsx from "clsx";
import { useEffect, useRef, useState } from "react";
import { AnswerBox } from "./answer-box";
import { FeedbackCard } from "./feedback-card";
import { sessionApi, type View } from "./session-api";
import { SessionReport } from "./session-report";

export function InterviewRoom({ initial }: { initial: View }) {
  const [view, setView] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const lang = view.config.lang;
  const en = lang === "en";

  // Block body on purpose: newer Chromium returns a Promise from scrollIntoView, and React
  // would take a returned value for a clean-up function.
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
  }, [view.turns.length, pending]);

  async function run(action: () => Promise<View>, shown: string | null = null): Promise<boolean> {
    setBusy(true);
    setError(null);
    setPending(shown);
    try {
      setView(await action());
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      // The server may have saved the reply before failing: show what it holds now.
      sessionApi.get(view.id).then(setView, () => undefined);
      return false;
    } finally {
      setBusy(false);
      setPending(null);
    }
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
        <div className="h-2 flex-1 rounded bg-slate-200">
          <div className="h-2 rounded bg-blue-500" style={{ width: `${(100 * view.progress.done) / Math.max(1, view.progress.total)}%` }} />
        </div>
        <span className="text-xs text-slate-500">
          {view.plan.length} {en ? "questions" : "题"} · {en ? "follow-ups ≤" : "追问上限"} {view.config.maxFollowUps}
        </span>
      </div>

      <ol className="space-y-3" data-testid="chat">
        {view.turns.map((t) => {
          const interviewer = t.role === "interviewer";
          const q = view.questions[view.plan[t.position] ?? ""];
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
                  <FeedbackCard grade={t.grade} question={q} lang={lang} bankId={view.config.bankId} followUpPointId={followUpPoint(view, t.id)} />
                </div>
              )}
            </li>
          );
        })}
        {pending !== null && (
          <li className="flex flex-col items-end gap-2">
            {pending && <div className="max-w-[85%] rounded-2xl bg-blue-600/70 px-4 py-2 text-sm whitespace-pre-wrap text-white">{pending}</div>}
            <span className="text-xs text-slate-500" data-testid="grading-indicator">
              {en ? "Grading…" : "评分中…"}
            </span>
          </li>
        )}
      </ol>
      <div ref={bottom} />

      {view.grading && !busy && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="grading-pending">
          {en ? "Your last answer is saved and waits to be graded. " : "上一条回答已保存，尚未评分。"}
          <button className="underline" onClick={() => void run(() => sessionApi.get(view.id))}>
            {en ? "Grade it now" : "重新评分"}
          </button>
        </p>
      )}
      {error && (
        <p className="rounded border border-rose-300 bg-rose-50 p-2 text-sm text-rose-800" data-testid="error-banner">
          {error}
        </p>
      )}

      {view.status === "active" ? (
        <AnswerBox
          sessionId={view.id}
          busy={busy || view.grading}
          lang={lang}
          onSend={(text) => run(() => sessionApi.answer(view.id, text), text)}
          onDontKnow={() => void run(() => sessionApi.dontKnow(view.id), en ? "I don't know" : "不知道")}
          onSkip={() => void run(() => sessionApi.skip(view.id), "")}
          onFinish={() => void run(() => sessionApi.finish(view.id))}
        />
      ) : (
        view.report && <SessionReport report={view.report} lang={lang} bankId={view.config.bankId} />
      )}
    </div>
  );
}

/** The key point a candidate turn answered, if it replied to a follow-up. */
function followUpPoint(view: View, turnId: number): string | null {
  const i = view.turns.findIndex((t) => t.id === turnId);
  const prev = i > 0 ? view.turns[i - 1] : undefined;
  return prev?.kind === "follow-up" ? prev.pointId : null;
}
