import { textIn } from "@/lib/interview/report-fields";
import type { Report } from "@/lib/interview/report";
import { ReportChaptersChart, ReportDimensionsChart } from "./report-charts";
import { ReportExport } from "./report-export";
import { ReportQuestion } from "./report-question";
import { ReportTranscript } from "./report-transcript";
import { scoreClass, t } from "./history-text";
import "./report-print.css";

export function SessionReport({ report, lang, bankId }: { report: Report; lang: "zh" | "en"; bankId: string }) {
  return (
    <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900" data-testid="report" data-print-root>
      <header className="flex flex-wrap items-baseline gap-4">
        <h2 className="text-xl font-semibold">{t(lang, { zh: "面试报告", en: "Interview report" })}</h2>
        <span className={`text-3xl font-bold ${scoreClass(report.overall)}`} data-testid="report-overall">
          {report.overall === null ? "—" : report.overall.toFixed(1)}
        </span>
        <span className="text-sm text-slate-500">
          {t(lang, { zh: `作答 ${report.answered} 题 · 跳过 ${report.skipped} 题`, en: `${report.answered} answered · ${report.skipped} skipped` })}
        </span>
        <span className="ml-auto">
          <ReportExport report={report} lang={lang} />
        </span>
      </header>
      {report.facts.length > 0 && (
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="report-facts">
          {report.facts.map((f) => (
            <div key={f.key} className="flex gap-1" data-testid={`report-fact-${f.key}`}>
              <dt className="text-slate-500">{f.label[lang]}</dt>
              <dd className="font-medium">{textIn(f.value, lang)}</dd>
            </div>
          ))}
        </dl>
      )}
      {(report.dimensions || report.chapters.length > 0) && (
        <div className="flex flex-wrap gap-8">
          {report.dimensions && <ReportDimensionsChart dimensions={report.dimensions} lang={lang} />}
          {report.chapters.length > 0 && <ReportChaptersChart chapters={report.chapters} lang={lang} />}
        </div>
      )}
      <ol className="space-y-4">
        {report.questions.map((q) => (
          <ReportQuestion key={q.position} q={q} lang={lang} bankId={bankId} />
        ))}
      </ol>
      <ReportTranscript turns={report.transcript} lang={lang} />
    </section>
  );
}
