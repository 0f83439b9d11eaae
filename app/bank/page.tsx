import type { Metadata } from "next";
import { BankChapterList } from "@/app/_components/bank-chapter-list";
import { BankQuestion } from "@/app/_components/bank-question";
import { BankImportSummary, BankStats, BankTabs } from "@/app/_components/bank-summary";
import { BankWarnings } from "@/app/_components/bank-warnings";
import { TopicSearch } from "@/app/_components/topic-search";
import { appBanks } from "@/lib/interview/bank-imports";
import { warningsFor } from "@/lib/bank/bank-warnings";
import type { Bank, LoadedBanks } from "@/lib/bank/types";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function select(loaded: LoadedBanks, params: Record<string, string | string[] | undefined>) {
  const bankId = one(params.bank);
  const qId = one(params.q);
  const bank = loaded.banks.find((b) => b.id === bankId) ?? loaded.banks[0] ?? null;
  const flat = bank ? bank.chapters.flatMap((c) => c.questions) : [];
  const index = qId ? flat.findIndex((q) => q.id === qId) : -1;
  return { bank, bankId, qId, flat, index, question: flat[index] ?? null };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { bank, question } = select(appBanks(), await searchParams);
  const t = await getT();
  const title = question ? `${question.chapter}.${question.number} ${question.title}` : (bank?.title ?? t("bank.title"));
  return { title: `${title} · ${t("bank.title")}` };
}

/** Warnings of this bank plus those that belong to no bank (e.g. an unreadable folder). */
function relevantWarnings(loaded: LoadedBanks, bank: Bank) {
  const mine = new Set(warningsFor(bank, loaded.warnings));
  const others = new Set(loaded.banks.filter((b) => b !== bank).flatMap((b) => warningsFor(b, loaded.warnings)));
  return loaded.warnings.filter((w) => mine.has(w) || !others.has(w));
}

export default async function BankPage({ searchParams }: { searchParams: SearchParams }) {
  const loaded = appBanks();
  const { bank, bankId, qId, flat, index, question } = select(loaded, await searchParams);
  const t = await getT();

  if (!bank) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("bank.title")}</h1>
        <p className="text-rose-700 dark:text-rose-300">{t("bank.none")}</p>
        <BankWarnings warnings={loaded.warnings} />
      </section>
    );
  }
  const chapter = question ? bank.chapters.find((c) => c.number === question.chapter) : undefined;
  const notices = [
    bankId && bankId !== bank.id ? t("bank.notFound", { id: bankId }) : null,
    qId && !question ? t("bank.questionNotFound", { id: qId }) : null,
  ].filter(Boolean);

  return (
    <div className="space-y-5">
      <BankTabs banks={loaded.banks} currentId={bank.id} />
      {notices.map((n) => (
        <p key={n} className="rounded border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-200" data-testid="bank-notice">
          {n}
        </p>
      ))}
      {question && chapter ? (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-6 md:grid-cols-[17rem_minmax(0,1fr)]">
          <div className="order-1 md:order-2">
            <BankQuestion bank={bank} chapter={chapter} question={question} prev={flat[index - 1] ?? null} next={flat[index + 1] ?? null} />
          </div>
          <aside className="order-2 md:order-1 md:max-h-[calc(100vh-6rem)] md:overflow-y-auto md:sticky md:top-4">
            <BankChapterList bank={bank} currentId={question.id} />
          </aside>
        </div>
      ) : (
        <section className="space-y-5">
          <header className="space-y-1">
            <h1 className="text-2xl font-semibold" data-testid="bank-title">{bank.title}</h1>
            {bank.titleEn && <p className="text-sm text-slate-500 dark:text-slate-400">{bank.titleEn}</p>}
            <BankImportSummary bank={bank} warnings={warningsFor(bank, loaded.warnings)} />
          </header>
          <TopicSearch />
          <BankStats bank={bank} />
          <BankChapterList bank={bank} expandAll />
        </section>
      )}
      <BankWarnings warnings={relevantWarnings(loaded, bank)} open={!question} />
    </div>
  );
}
