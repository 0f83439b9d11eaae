import type { Report } from "@/lib/interview/report";
import { BankMarkdown } from "./bank-markdown";

function scoreClass(score: number | null): string {
  if (score === null) return "text-slate-400 dark:text-slate-500";
  if (score >= 8) return "text-emerald-700 dark:text-emerald-400";
  if (score >= 5) return "text-amber-700 dark:text-amber-400";
  return "text-rose-700 dark:text-rose-400";
}

/** Never reached, or shown but not answered before the interview ended: not scored. */
const unscored = (status: string) => status === "pending" || status === "asked";

export function SessionReport({ report, lang, bankId }: { report: Report; lang: "zh" | "en"; bankId: string }) {
  const en = lang === "en";
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-5" data-testid="report">
      <header className="flex flex-wrap items-baseline gap-4">
        <h2 className="text-xl font-semibold">{en ? "Interview report" : "面试报告"}</h2>
        <span className={`text-3xl font-bold ${scoreClass(report.overall)}`} data-testid="report-overall">
          {report.overall === null ? "—" : report.overall.toFixed(1)}
        </span>
        <span className="text-sm text-slate-500 dark:text-slate-400">
          {en
            ? `${report.answered} answered · ${report.skipped} skipped`
            : `作答 ${report.answered} 题 · 跳过 ${report.skipped} 题`}
        </span>
      </header>
      <ol className="space-y-4">
        {report.questions.map((q) => (
          <li key={q.position} className="rounded border border-slate-200 dark:border-slate-800 p-3" data-testid="report-question" data-status={q.status}>
            <div className="flex items-baseline gap-3">
              <span className={`w-12 shrink-0 text-lg font-semibold ${scoreClass(q.score)}`} data-testid="report-question-score">
                {unscored(q.status) ? "—" : (q.score ?? 0).toFixed(1)}
              </span>
              <span className="font-medium">{en && q.titleEn ? q.titleEn : q.title}</span>
            </div>
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              {unscored(q.status)
                ? en ? "not answered (the interview ended first)" : "未作答（面试提前结束）"
                : q.status === "skipped"
                  ? en ? "skipped" : "已跳过"
                  : en
                    ? `${q.covered} covered · ${q.partial} partial · ${q.missed.length - q.partial} missed · ${q.followUps} follow-up(s)`
                    : `覆盖 ${q.covered} · 部分 ${q.partial} · 缺失 ${q.missed.length - q.partial} · 追问 ${q.followUps} 次`}
            </p>
            {!unscored(q.status) && q.missed.length > 0 && (
              <ul className="mt-2 space-y-2 text-sm">
                {q.missed.map((m) => (
                  <li key={m.pointId} className="rounded bg-slate-50 dark:bg-slate-800/60 p-2" data-testid="report-missed-point">
                    <span className={m.status === "partial" ? "text-amber-700 dark:text-amber-400" : "text-rose-700 dark:text-rose-400"}>
                      {m.status === "partial" ? (en ? "Partial" : "部分") : en ? "Missed" : "缺失"}
                    </span>{" "}
                    {en ? m.en : m.zh}
                    {m.passage && (
                      <blockquote className="mt-1 border-l-2 border-slate-300 dark:border-slate-700 pl-2 text-slate-600 dark:text-slate-400" data-testid="report-passage">
                        <BankMarkdown markdown={m.passage.text} bankId={bankId} />
                      </blockquote>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
