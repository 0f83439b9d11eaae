import Link from "next/link";
import { formatDuration, formatTime, textIn } from "@/lib/interview/report-fields";
import type { SessionHistoryRow } from "@/lib/review/history";
import { scoreClass, t, type Lang } from "./history-text";

/** Every session: date, bank, chapters, score, duration; each row opens the session and its report. */
export function HistorySessions({ rows, bankTitle, lang }: { rows: SessionHistoryRow[]; bankTitle: (id: string) => string; lang: Lang }) {
  if (!rows.length) {
    return <p className="rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500" data-testid="history-empty">{t(lang, { zh: "还没有符合条件的面试记录。", en: "No sessions match yet." })}</p>;
  }
  const th = "px-2 py-1.5 text-left font-medium text-slate-600";
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="history-sessions">
        <thead className="border-b border-slate-200">
          <tr>
            <th className={th}>{t(lang, { zh: "时间", en: "Date" })}</th>
            <th className={th}>{t(lang, { zh: "题库", en: "Bank" })}</th>
            <th className={th}>{t(lang, { zh: "章节", en: "Chapters" })}</th>
            <th className={th}>{t(lang, { zh: "得分", en: "Score" })}</th>
            <th className={th}>{t(lang, { zh: "用时", en: "Duration" })}</th>
            <th className={th}>{t(lang, { zh: "进度", en: "Progress" })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const d = formatDuration(r.durationMs);
            return (
              <tr key={r.id} className="border-b border-slate-100" data-testid="history-session" data-session-id={r.id} data-status={r.status}>
                <td className="px-2 py-1.5 whitespace-nowrap">
                  <Link href={`/interview/${r.id}`} className="text-blue-700 hover:underline">{formatTime(r.createdAt)}</Link>
                </td>
                <td className="px-2 py-1.5">{bankTitle(r.bankId)}</td>
                <td className="px-2 py-1.5" data-testid="history-session-chapters">{r.chapters.join(", ")}</td>
                <td className={`px-2 py-1.5 font-semibold tabular-nums ${scoreClass(r.score)}`} data-testid="history-session-score">{r.score === null ? "—" : r.score.toFixed(1)}</td>
                <td className="px-2 py-1.5 whitespace-nowrap" data-testid="history-session-duration">{d ? textIn(d, lang) : "—"}</td>
                <td className="px-2 py-1.5 whitespace-nowrap text-slate-500">
                  {r.status === "finished" ? t(lang, { zh: "已完成", en: "finished" }) : t(lang, { zh: "进行中", en: "in progress" })} · {r.done}/{r.total}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
