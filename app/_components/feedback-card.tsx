import clsx from "clsx";
import type { QuestionSummary } from "@/lib/interview/view";
import { LazyBankMarkdown as BankMarkdown } from "./lazy-markdown";
import { DISAGREEMENT_POINTS } from "@/lib/grading/judged";
import { failureText } from "@/lib/llm/failure-text";
import type { DisplayGrade } from "./grade-types";

const STATUS_LABEL = {
  covered: { zh: "已覆盖", en: "covered", cls: "border-emerald-300 dark:border-emerald-800 bg-emerald-50 dark:bg-emerald-950" },
  partial: { zh: "部分", en: "partial", cls: "border-amber-300 dark:border-amber-800 bg-amber-50 dark:bg-amber-950" },
  missing: { zh: "缺失", en: "missed", cls: "border-rose-300 dark:border-rose-800 bg-rose-50 dark:bg-rose-950" },
} as const;

const FLAG_LABEL: Record<string, string> = {
  empty: "未作答 empty",
  "dont-know": "不知道 don't know",
  injection: "含操纵评分的指令 grader instructions removed",
  "term-list": "只罗列关键词 bare list of terms",
  "repeats-question": "复述题目 restates the question",
  filler: "套话过多 mostly filler",
  "off-topic": "答非所问 off-topic",
};

const DIMENSIONS = [
  ["correctness", "正确性"],
  ["completeness", "完整性"],
  ["depth", "深度"],
  ["clarity", "清晰度"],
] as const;

export function FeedbackCard({
  grade,
  question,
  lang,
  bankId,
  followUpPointId,
  questionScore,
}: {
  grade: DisplayGrade;
  bankId: string;
  question: QuestionSummary | undefined;
  lang: "zh" | "en";
  /** Set for a follow-up reply: only the probed point is shown. */
  followUpPointId?: string | null;
  /** For a follow-up reply: the question's score with this reply merged in. */
  questionScore?: number | null;
}) {
  const pointText = new Map((question?.rubric ?? []).map((p) => [p.id, lang === "en" ? p.en : p.zh]));
  const points = followUpPointId ? grade.points.filter((p) => p.id === followUpPointId) : grade.points;
  return (
    <div className="rounded-lg border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-4 text-sm shadow-sm" data-testid="feedback-card">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <span className="text-lg font-semibold" data-testid="feedback-score">
          {grade.score.toFixed(1)} <span className="text-sm font-normal text-slate-500 dark:text-slate-400">/ 10</span>
        </span>
        {followUpPointId && <span className="text-xs text-slate-500 dark:text-slate-400">追问回答 · follow-up reply</span>}
        {questionScore != null && (
          <span className="text-xs font-medium text-slate-700 dark:text-slate-300" data-testid="question-score">
            {lang === "en" ? "question score now" : "本题得分更新为"} {questionScore.toFixed(1)}
          </span>
        )}
        {grade.dimensions &&
          DIMENSIONS.map(([key, zh]) => (
            <span key={key} className="text-xs text-slate-600 dark:text-slate-400">
              {lang === "en" ? key : zh} {grade.dimensions?.[key].toFixed(1)}
            </span>
          ))}
        <span className="ml-auto text-xs text-slate-400 dark:text-slate-500" data-testid="grader-label" data-grader={grade.grader ?? "offline"}>
          {grade.grader === "llm"
            ? `${lang === "en" ? "graded by" : "评分"} ${grade.model ?? "LLM"}`
            : `${lang === "en" ? "offline grader" : "离线评分"}${grade.mode ? ` · ${grade.mode}` : ""}`}
        </span>
      </div>
      <GraderNotes grade={grade} lang={lang} />
      {grade.flags.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-1 text-xs" data-testid="feedback-flags">
          {grade.flags.map((f) => (
            <span key={f} className="rounded bg-rose-100 dark:bg-rose-900/60 px-1.5 py-0.5 text-rose-800 dark:text-rose-200">
              {FLAG_LABEL[f] ?? f}
            </span>
          ))}
        </p>
      )}
      {grade.feedback && (
        <details className="mt-2 text-slate-700 dark:text-slate-300" open={grade.flags.length > 0}>
          <summary className="cursor-pointer text-xs text-slate-500 dark:text-slate-400">点评 Feedback</summary>
          <p className="mt-1 whitespace-pre-wrap" data-testid="feedback-text">{grade.feedback}</p>
        </details>
      )}
      <ul className="mt-3 space-y-2">
        {points.map((p) => {
          const s = STATUS_LABEL[p.status];
          return (
            <li key={p.id} className={clsx("rounded border p-2", s.cls)} data-testid={`point-${p.status}`} data-point-id={p.id}>
              <div className="flex gap-2">
                <span className="shrink-0 text-xs font-medium">
                  {lang === "en" ? s.en : s.zh}
                </span>
                <span>{pointText.get(p.id) ?? p.id}</span>
              </div>
              {p.evidence && (
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  你的原话 evidence：“{p.evidence}”
                </p>
              )}
              {p.status !== "covered" && p.passage && !(p as { refs?: string[] }).refs?.some((r) => r !== p.passage?.id) && (
                <blockquote className="mt-1 border-l-2 border-slate-300 dark:border-slate-700 pl-2 text-slate-600 dark:text-slate-400" data-testid="reference-passage">
                  <span className="text-xs text-slate-500 dark:text-slate-400">参考 reference</span>
                  <BankMarkdown markdown={p.passage.text} bankId={bankId} />
                </blockquote>
              )}
              <CitedRefs grade={grade} refs={(p as { refs?: string[] }).refs ?? []} own={p.passage?.id ?? null} bankId={bankId} lang={lang} />
            </li>
          );
        })}
      </ul>
      {grade.misconceptions && grade.misconceptions.length > 0 && (
        <ul className="mt-3 space-y-1 text-xs text-rose-800 dark:text-rose-200" data-testid="misconceptions">
          {grade.misconceptions.map((m) => (
            <li key={`${m.pointId}-${m.zh}`}>
              误区 misconception：{lang === "en" ? m.en : m.zh}（“{m.evidence}”）
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Which grader decided, why a fallback was taken, and where LLM and offline grades part. */
function GraderNotes({ grade, lang }: { grade: DisplayGrade; lang: "zh" | "en" }) {
  const en = lang === "en";
  const notes: string[] = [];
  if (grade.fallback) notes.push(`${en ? "graded offline" : "已改用离线评分"}: ${failureText(grade.fallback, lang)}`);
  if (grade.grader === "llm" && grade.offlineScore !== undefined && Math.abs(grade.offlineScore - grade.score) > DISAGREEMENT_POINTS) {
    notes.push(en ? `The offline grader gave ${grade.offlineScore.toFixed(1)}: the two disagree by more than ${DISAGREEMENT_POINTS} points.` : `离线评分为 ${grade.offlineScore.toFixed(1)}，与模型评分相差超过 ${DISAGREEMENT_POINTS} 分。`);
  }
  if (grade.uncapped !== undefined) {
    notes.push(en ? `The model gave ${grade.uncapped.toFixed(1)}; the offline guards cap this reply at ${grade.score.toFixed(1)}.` : `模型给出 ${grade.uncapped.toFixed(1)} 分，离线规则将此回答封顶为 ${grade.score.toFixed(1)} 分。`);
  }
  if (!notes.length) return null;
  return (
    <ul className="mt-2 space-y-0.5 text-xs text-amber-800 dark:text-amber-300" data-testid="grader-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

/** Passages of other questions the verdict cites (its own passage is shown above). */
function CitedRefs({ grade, refs, own, bankId, lang }: { grade: DisplayGrade; refs: string[]; own: string | null; bankId: string; lang: "zh" | "en" }) {
  const cited = refs.filter((r) => r !== own).map((r) => grade.references?.find((x) => x.id === r)).filter((x) => !!x);
  if (!cited.length) return null;
  return (
    <div className="mt-1 space-y-1" data-testid="cited-references">
      {cited.map((r) => (
        <blockquote key={r.id} className="border-l-2 border-blue-300 pl-2 text-slate-600 dark:text-slate-300">
          <span className="text-xs text-slate-500 dark:text-slate-400">
            {lang === "en" ? "judged against" : "评分依据"}: {r.own ? (lang === "en" ? "this question" : "本题") : r.source}
          </span>
          <BankMarkdown markdown={r.text} bankId={bankId} />
        </blockquote>
      ))}
    </div>
  );
}
