import type { Metadata } from "next";
import { HistoryFilters } from "@/app/_components/history-filters";
import { HistoryMasteryChart } from "@/app/_components/history-mastery-chart";
import { HistorySessions } from "@/app/_components/history-sessions";
import { t, type Lang } from "@/app/_components/history-text";
import { getBanks } from "@/lib/bank/load";
import type { Chapter } from "@/lib/bank/types";
import { getDb } from "@/lib/db/client";
import { listHistorySessions } from "@/lib/db/history-queries";
import { bankQuestions } from "@/lib/wiring/interview-deps";
import { masteryOverTime, sessionHistory, type HistoryFilter } from "@/lib/review/history";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "历史记录 History · Mock Interviewer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function HistoryPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const lang: Lang = one(params.lang) === "en" ? "en" : "zh";
  const loaded = getBanks();
  const chapterLabel = (c: Chapter) => `${c.number}. ${lang === "en" && c.titleEn ? c.titleEn : c.topic || c.title}`;
  const chapterParam = Number(one(params.chapter));
  const filter: HistoryFilter = {
    bankId: loaded.banks.some((b) => b.id === one(params.bank)) ? one(params.bank) : undefined,
    chapter: Number.isInteger(chapterParam) && chapterParam > 0 ? chapterParam : undefined,
  };
  const rows = listHistorySessions(getDb());
  const lookup = bankQuestions(loaded).get;
  const sessions = sessionHistory(rows, lookup, filter);
  // Chapter numbers are per bank: the chart shows one bank, the filtered one or the latest practised.
  const bank = loaded.banks.find((b) => b.id === (filter.bankId ?? rows[0]?.bankId)) ?? loaded.banks[0];
  const mastery = masteryOverTime(rows, lookup, { ...filter, bankId: bank?.id });
  const names = Object.fromEntries((bank?.chapters ?? []).map((c) => [c.number, chapterLabel(c)]));
  const filterBanks = loaded.banks.map((b) => ({ id: b.id, title: b.title, chapters: b.chapters.map((c) => ({ number: c.number, label: chapterLabel(c) })) }));
  const bankTitle = (id: string) => loaded.banks.find((b) => b.id === id)?.title ?? id;
  return (
    <div className="space-y-5" data-testid="history-page">
      <h1 className="text-2xl font-semibold">{t(lang, { zh: "历史记录", en: "History" })}</h1>
      <HistoryFilters banks={filterBanks} bankId={filter.bankId} chapter={filter.chapter} lang={lang} />
      {bank && mastery.points.length > 0 && <p className="text-sm text-slate-600">{bank.title}</p>}
      <HistoryMasteryChart chapters={mastery.chapters} points={mastery.points} names={names} lang={lang} />
      <HistorySessions rows={sessions} bankTitle={bankTitle} lang={lang} />
    </div>
  );
}
