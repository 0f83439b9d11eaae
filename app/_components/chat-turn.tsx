"use client";

import clsx from "clsx";
import { failureText } from "@/lib/llm/failure-text";
import type { Turn } from "@/lib/interview/types";
import { LazyFeedbackCard as FeedbackCard } from "./lazy-room-parts";
import type { DisplayGrade } from "./grade-types";
import type { View } from "./session-api";
import { TurnText } from "./turn-text";

const ASIDE_LABEL: Partial<Record<Turn["kind"], { zh: string; en: string }>> = {
  clarify: { zh: "反问", en: "question back" },
  clarification: { zh: "澄清", en: "clarification" },
  "hint-request": { zh: "求提示", en: "hint request" },
  hint: { zh: "提示", en: "hint" },
};

/**
 * One message of the interview. `streaming` is the text arriving for this line right now
 * ("" while waiting for the first token), or null when the saved text stands.
 */
export function ChatTurn({ turn: t, prev, view, streaming }: { turn: Turn<DisplayGrade>; prev?: Turn<DisplayGrade>; view: View; streaming: string | null }) {
  const lang = view.config.lang;
  const en = lang === "en";
  const interviewer = t.role === "interviewer";
  const followUpPointId = prev?.kind === "follow-up" ? prev.pointId : null;
  const label = ASIDE_LABEL[t.kind];
  const graded = !interviewer && t.grade && t.kind !== "skip" && !label;
  return (
    <li className={clsx("flex flex-col gap-2", interviewer ? "items-start" : "items-end")}>
      <div
        data-testid={interviewer ? "interviewer-message" : "candidate-message"}
        data-kind={t.kind}
        data-turn-id={t.id}
        data-streaming={streaming !== null ? "true" : undefined}
        className={clsx(
          "max-w-[92%] rounded-2xl px-4 py-2 text-sm sm:max-w-[85%]",
          interviewer ? "bg-white shadow-sm ring-1 ring-slate-200 dark:bg-slate-800 dark:ring-slate-700" : "bg-blue-600 text-white [&_*]:text-inherit",
        )}
      >
        {label && <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600 dark:bg-slate-700 dark:text-slate-300">{label[lang]}</span>}
        {t.kind === "skip" ? (
          en ? "(skipped)" : "（跳过）"
        ) : streaming === "" ? (
          <span className="animate-pulse text-slate-400 dark:text-slate-500" data-testid="typing-indicator" aria-label={en ? "the interviewer is typing" : "面试官正在输入"}>
            ●●●
          </span>
        ) : (
          <TurnText text={streaming ?? t.content} bankId={view.config.bankId} streaming={streaming !== null} />
        )}
      </div>
      {interviewer && t.meta?.fallback && streaming === null && (
        <p className="text-xs text-amber-700 dark:text-amber-400" data-testid="phrase-fallback" role="status">
          {en ? "Offline interviewer line used: " : "已改用离线面试官的话术："}
          {failureText(t.meta.fallback, lang)}
        </p>
      )}
      {graded && t.grade && (
        <div className="w-full">
          <FeedbackCard
            grade={t.grade}
            question={view.questions[view.plan[t.position] ?? ""]}
            lang={lang}
            bankId={view.config.bankId}
            followUpPointId={followUpPointId}
            questionScore={followUpPointId ? (view.grades[t.position]?.score ?? null) : null}
          />
        </div>
      )}
    </li>
  );
}
