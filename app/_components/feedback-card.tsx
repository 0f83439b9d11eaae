import clsx from "clsx";
import type { QuestionSummary } from "@/lib/interview/view";
import { BankMarkdown } from "./bank-markdown";
import type { DisplayGrade } from "./grade-types";

const STATUS_LABEL = {
  covered: { zh: "已覆盖", en: "covered", cls: "border-emerald-300 bg-emerald-50" },
  partial: { zh: "部分", en: "partial", cls: "border-amber-300 bg-amber-50" },
  missing: { zh: "缺失", en: "missed", cls: "border-rose-300 bg-rose-50" },
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
    <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" data-testid="feedback-card">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <span className="text-lg font-semibold" data-testid="feedback-score">
          {grade.score.toFixed(1)} <span className="text-sm font-normal text-slate-500">/ 10</span>
        </span>
        {followUpPointId && <span className="text-xs text-slate-500">追问回答 · follow-up reply</span>}
        {questionScore != null && (
          <span className="text-xs font-medium text-slate-700" data-testid="question-score">
            {lang === "en" ? "question score now" : "本题得分更新为"} {questionScore.toFixed(1)}
          </span>
        )}
        {grade.dimensions &&
          DIMENSIONS.map(([key, zh]) => (
            <span key={key} className="text-xs text-slate-600">
              {lang === "en" ? key : zh} {grade.dimensions?.[key].toFixed(1)}
            </span>
          ))}
        <span className="ml-auto text-xs text-slate-400">离线评分 offline grader{grade.mode ? ` · ${grade.mode}` : ""}</span>
      </div>
      {grade.flags.length > 0 && (
        <p className="mt-2 flex flex-wrap gap-1 text-xs" data-testid="feedback-flags">
          {grade.flags.map((f) => (
            <span key={f} className="rounded bg-rose-100 px-1.5 py-0.5 text-rose-800">
              {FLAG_LABEL[f] ?? f}
            </span>
          ))}
        </p>
      )}
      {grade.feedback && (
        <details className="mt-2 text-slate-700" open={grade.flags.length > 0}>
          <summary className="cursor-pointer text-xs text-slate-500">点评 Feedback</summary>
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
                <p className="mt-1 text-xs text-slate-600">
                  你的原话 evidence：“{p.evidence}”
                </p>
              )}
              {p.status !== "covered" && p.passage && (
                <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-600" data-testid="reference-passage">
                  <span className="text-xs text-slate-500">参考 reference</span>
                  <BankMarkdown markdown={p.passage.text} bankId={bankId} />
                </blockquote>
              )}
            </li>
          );
        })}
      </ul>
      {grade.misconceptions && grade.misconceptions.length > 0 && (
        <ul className="mt-3 space-y-1 text-xs text-rose-800" data-testid="misconceptions">
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
