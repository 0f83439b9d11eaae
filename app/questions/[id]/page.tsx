import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { bankHref } from "@/app/_components/bank-href";
import { HistoryAttempts } from "@/app/_components/history-attempts";
import { t, type Lang } from "@/app/_components/history-text";
import { ReviewCardState } from "@/app/_components/review-card-state";
import { findQuestion, getBanks } from "@/lib/bank/load";
import { getDb } from "@/lib/db/client";
import { listAttempts } from "@/lib/db/history-queries";
import { getCard, listReviewLogs } from "@/lib/db/review-queries";
import { questionAttempts } from "@/lib/review/attempts";
import { appNow } from "@/lib/review/clock";
import { isDueBy } from "@/lib/review/due";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const q = findQuestion(decodeURIComponent((await params).id));
  return { title: `${q ? q.title : "题目"} · 作答记录 Attempts` };
}

/** Every attempt at one question, its scores and misses, and its spaced-review card. */
export default async function QuestionHistoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const id = decodeURIComponent((await params).id);
  const lang: Lang = (await searchParams).lang === "en" ? "en" : "zh";
  const loaded = getBanks();
  const q = findQuestion(id, loaded);
  if (!q) notFound();
  const bank = loaded.banks.find((b) => b.id === q.bankId);
  const db = getDb();
  const attempts = questionAttempts(listAttempts(db, q.id), q);
  const card = getCard(db, q.id);
  return (
    <div className="space-y-5" data-testid="question-history" data-question-id={q.id}>
      <header className="space-y-1">
        <p className="text-xs text-slate-500">
          <Link href="/history" className="hover:underline">{t(lang, { zh: "历史记录", en: "History" })}</Link> › {bank?.title ?? q.bankId} › {t(lang, { zh: `第 ${q.chapter} 章`, en: `Chapter ${q.chapter}` })}
        </p>
        <h1 className="text-xl font-semibold" data-testid="question-history-title">{lang === "en" && q.titleEn ? q.titleEn : q.title}</h1>
        <Link href={bankHref(q.bankId, q.id)} className="text-sm text-blue-700 hover:underline" data-testid="question-history-bank-link">
          {t(lang, { zh: "查看参考答案与评分要点", en: "Reference answer and rubric" })}
        </Link>
      </header>
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-medium">{t(lang, { zh: "间隔复习", en: "Spaced review" })}</h2>
        <ReviewCardState card={card} logs={listReviewLogs(db, q.id)} dueToday={!!card && isDueBy(card.due.getTime(), appNow())} lang={lang} />
      </section>
      <section className="space-y-2">
        <h2 className="font-medium">{t(lang, { zh: `作答记录（${attempts.length}）`, en: `Attempts (${attempts.length})` })}</h2>
        <HistoryAttempts attempts={attempts} lang={lang} />
      </section>
    </div>
  );
}
