"use client";

import { reportFileName, reportMarkdown } from "@/lib/interview/report-markdown";
import type { Report } from "@/lib/interview/report";
import { t, type Lang } from "./history-text";

/** Download as Markdown (built in the browser from the report on screen) and print / Save as PDF. */
export function ReportExport({ report, lang }: { report: Report; lang: Lang }) {
  function download() {
    const blob = new Blob([reportMarkdown(report, lang)], { type: "text/markdown;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = reportFileName(report);
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoked later: Chromium reads the blob after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  const button = "rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50";
  return (
    <div className="flex gap-2" data-print-hide>
      <button type="button" className={button} onClick={download} data-testid="report-export-markdown">
        {t(lang, { zh: "导出 Markdown", en: "Export Markdown" })}
      </button>
      <button type="button" className={button} onClick={() => window.print()} data-testid="report-print">
        {t(lang, { zh: "打印 / 存为 PDF", en: "Print / Save as PDF" })}
      </button>
    </div>
  );
}
