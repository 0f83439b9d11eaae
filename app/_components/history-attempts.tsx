import Link from "next/link";
import { formatTime } from "@/lib/interview/report-fields";
import type { Attempt } from "@/lib/review/attempts";
import { scoreClass, t, type Lang } from "./history-text";

const STATUS = {
  answered: { zh: "已作答", en: "answered" },
  skipped: { zh: "已跳过", en: "skipped" },
  asked: { zh: "未答完", en: "not finished" },
  pending: { zh: "未提问", en: "not reached" },
} as const;

/** Every attempt at one question: when, its score, what it missed, and what the candidate said. */
export function HistoryAttempts({ attempts, lang }: { attempts: Attempt[]; lang: Lang }) {
  if (!attempts.length) {
    return <p className="rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500" data-testid="attempts-empty">{t(lang, { zh: "这道题还没有作答记录。", en: "No attempts at this question yet." })}</p>;
  }
  return (
    <ol className="space-y-3" data-testid="attempts">
      {attempts.map((a, i) => (
        <li key={`${a.sessionId}-${i}`} className="rounded border border-slate-200 bg-white p-3" data-testid="attempt" data-status={a.status}>
          <div className="flex flex-wrap items-baseline gap-3 text-sm">
            <span className={`w-12 text-lg font-semibold tabular-nums ${scoreClass(a.score)}`} data-testid="attempt-score">{a.score === null ? "—" : a.score.toFixed(1)}</span>
            <Link href={`/interview/${a.sessionId}`} className="text-blue-700 hover:underline">{formatTime(a.at)}</Link>
            <span className="text-slate-500">
              {t(lang, STATUS[a.status])} · {t(lang, { zh: `追问 ${a.followUps} 次`, en: `${a.followUps} follow-up(s)` })}
            </span>
          </div>
          {a.missed.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm">
              {a.missed.map((m) => (
                <li key={m.pointId} data-testid="attempt-missed-point">
                  <span className={m.status === "partial" ? "text-amber-700" : "text-rose-700"}>
                    {m.status === "partial" ? t(lang, { zh: "部分", en: "Partial" }) : t(lang, { zh: "缺失", en: "Missed" })}
                  </span>{" "}
                  {lang === "en" ? m.en : m.zh}
                </li>
              ))}
            </ul>
          )}
          {a.replies.some((r) => r.kind === "answer") && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-slate-500">{t(lang, { zh: "当时的回答", en: "What was answered" })}</summary>
              {a.replies
                .filter((r) => r.kind === "answer")
                .map((r, j) => (
                  <p key={j} className="mt-1 whitespace-pre-wrap rounded bg-slate-50 p-2" data-testid="attempt-reply">{r.content}</p>
                ))}
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
