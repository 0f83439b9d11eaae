import Link from "next/link";
import { getBanks } from "@/lib/bank/load";
import { getDb } from "@/lib/db/client";
import { bankQuestions } from "@/lib/wiring/interview-deps";
import { isGradable } from "@/lib/interview/plan";
import { appNow } from "@/lib/review/clock";
import { dueQuestions, reviewSettings } from "@/lib/review/service";
import { t, type Lang } from "./history-text";
import { ReviewSettingsForm, ReviewStartButton } from "./review-actions";

/** Home page: how many questions FSRS says are due today, and a button per bank to review them. */
export function ReviewDue({ lang = "zh" }: { lang?: Lang }) {
  const db = getDb();
  const loaded = getBanks();
  const due = dueQuestions(db, bankQuestions(loaded).get, appNow(), isGradable);
  const total = due.reduce((n, b) => n + b.questions.length, 0);
  const title = (bankId: string) => loaded.banks.find((b) => b.id === bankId)?.title ?? bankId;
  const { desiredRetention } = reviewSettings(db);
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" data-testid="review-due" data-due-count={total}>
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 className="font-medium" data-testid="review-due-count">
          {total === 0
            ? t(lang, { zh: "今天没有到期的复习题", en: "No questions due today" })
            : t(lang, { zh: `今天有 ${total} 道题到期复习`, en: `${total} question${total > 1 ? "s" : ""} due today` })}
        </h2>
        <Link href="/history" className="ml-auto text-sm text-blue-700 hover:underline" data-testid="history-link">
          {t(lang, { zh: "历史记录 →", en: "History →" })}
        </Link>
      </div>
      {due.length > 0 && (
        <ul className="space-y-2">
          {due.map((b) => (
            <li key={b.bankId} className="flex flex-wrap items-center gap-3 text-sm" data-testid="review-due-bank" data-bank-id={b.bankId}>
              <span>
                {title(b.bankId)} · {b.questions.length}
              </span>
              <ReviewStartButton bankId={b.bankId} count={b.questions.length} lang={lang} />
              <span className="w-full text-xs text-slate-500" data-testid="review-due-questions">
                {b.questions
                  .slice(0, 5)
                  .map((q) => (lang === "en" && q.titleEn ? q.titleEn : q.title))
                  .join(" · ")}
                {b.questions.length > 5 ? " …" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-slate-500">
        {t(lang, {
          zh: "复习间隔由 FSRS 根据每题得分安排：答得越好，下次越晚。",
          en: "FSRS spaces reviews by each question's score: the better the answer, the later it returns.",
        })}
      </p>
      <ReviewSettingsForm desiredRetention={desiredRetention} lang={lang} />
    </section>
  );
}
