import type { Card } from "ts-fsrs";
import { formatTime } from "@/lib/interview/report-fields";
import type { ReviewLogRow } from "@/lib/db/review-queries";
import { RATING_NAMES } from "@/lib/review/rating";
import { t, type Lang } from "./history-text";

const RATING_TEXT = {
  again: { zh: "重来", en: "Again" },
  hard: { zh: "困难", en: "Hard" },
  good: { zh: "良好", en: "Good" },
  easy: { zh: "简单", en: "Easy" },
} as const;

/** A question's FSRS card: when it is due, how stable it is, and how each review rated it. */
export function ReviewCardState({ card, logs, dueToday, lang }: { card: Card | null; logs: ReviewLogRow[]; dueToday: boolean; lang: Lang }) {
  if (!card) return <p className="text-sm text-slate-500" data-testid="review-card-none">{t(lang, { zh: "尚未进入复习计划（完成一次作答后加入）。", en: "Not scheduled yet: it joins spaced review once answered." })}</p>;
  return (
    <div className="space-y-1 text-sm" data-testid="review-card" data-due-today={dueToday}>
      <p>
        {t(lang, { zh: "下次复习", en: "Next review" })}: <span className="font-medium" data-testid="review-card-due">{formatTime(card.due.toISOString())}</span>
        {dueToday && <span className="ml-2 rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">{t(lang, { zh: "今天到期", en: "due today" })}</span>}
        {" · "}
        {t(lang, { zh: "稳定度", en: "Stability" })} {card.stability.toFixed(1)} {t(lang, { zh: "天", en: "d" })} · {t(lang, { zh: "复习", en: "Reviews" })} {card.reps} · {t(lang, { zh: "遗忘", en: "Lapses" })} {card.lapses}
      </p>
      {logs.length > 0 && (
        <p className="text-xs text-slate-500" data-testid="review-log">
          {logs
            .map((l) => `${l.review.slice(0, 10)} ${t(lang, RATING_TEXT[RATING_NAMES[l.rating as 1 | 2 | 3 | 4]])}${l.score === null ? "" : ` (${l.score.toFixed(1)})`}`)
            .join(" → ")}
        </p>
      )}
    </div>
  );
}
