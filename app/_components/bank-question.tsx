import Link from "next/link";
import type { Bank, Chapter, Question } from "@/lib/bank/types";
import { getLang } from "@/lib/i18n/server";
import { translator } from "@/lib/i18n";
import { AuthoredBadge, BankCitations } from "./bank-citations";
import { bankHref } from "./bank-href";
import { BankMarkdown } from "./bank-markdown";
import { BankRubric } from "./bank-rubric";

interface Props {
  bank: Bank;
  chapter: Chapter;
  question: Question;
  prev: Question | null;
  next: Question | null;
}

/** One question: its reference answer (marked by source), authored supplement, citations and rubric. */
export async function BankQuestion({ bank, chapter, question: q, prev, next }: Props) {
  const lang = await getLang();
  const t = translator(lang);
  const authored = q.answerSource === "authored";
  return (
    <article className="space-y-6" data-testid="question" data-question-id={q.id}>
      <header className="space-y-2">
        <p className="text-xs text-slate-500 dark:text-slate-400">
          <Link href={bankHref(bank.id)} className="hover:underline">{bank.title}</Link> › {t("bank.chapter", { n: chapter.number, topic: chapter.topic })}
        </p>
        <h1 className="text-xl font-semibold leading-snug text-slate-900 dark:text-slate-100" data-testid="question-title">
          {q.number}. {q.title}
        </h1>
        {q.titleEn && <p className="text-sm text-slate-500 dark:text-slate-400">{q.titleEn}</p>}
        <Link href={`/questions/${encodeURIComponent(q.id)}`} className="text-xs text-blue-700 hover:underline" data-testid="question-attempts-link">作答记录 Attempts</Link>
        {(q.difficulty || q.tags.length > 0) && (
          <div className="flex flex-wrap items-center gap-1.5 text-xs">
            {q.difficulty && <span className="rounded bg-violet-50 px-1.5 py-0.5 text-violet-800 dark:bg-violet-950 dark:text-violet-200">
                {t("bank.difficulty")} {t(`bank.difficulty.${q.difficulty}` as const)}
              </span>}
            {q.tags.map((tag) => (
              <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-600 dark:bg-slate-800 dark:text-slate-300">#{tag}</span>
            ))}
          </div>
        )}
      </header>

      <section className="space-y-2">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t("bank.reference")}</h2>
          {authored && <AuthoredBadge label={t("bank.authored")} />}
          {q.answerSource === "seed" && q.answerLine && (
            <span className="break-all text-xs text-slate-400 dark:text-slate-500">{t("bank.seedSource", { file: bank.file, line: q.answerLine })}</span>
          )}
        </div>
        {q.answer === null ? (
          <p data-testid="no-answer" className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400">
            {t("bank.noAnswer")}
          </p>
        ) : (
          <div
            className={
              authored
                ? "rounded-lg border border-amber-200 bg-amber-50/40 p-4 dark:border-amber-900 dark:bg-amber-950/20"
                : "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            }
          >
            <BankMarkdown markdown={q.answer} bankId={bank.id} images={q.images} testId="answer" lang={lang} />
            {authored && <BankCitations citations={q.citations} label={t("bank.citations")} />}
          </div>
        )}
      </section>

      {q.supplement && (
        <section className="space-y-2" data-testid="supplement">
          <div className="flex items-center gap-2">
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t("bank.supplement")}</h2>
            <AuthoredBadge label={t("bank.authored")} />
          </div>
          <div className="rounded-lg border border-amber-200 bg-amber-50/40 p-4 dark:border-amber-900 dark:bg-amber-950/20">
            <BankMarkdown markdown={q.supplement} bankId={bank.id} lang={lang} />
            {!authored && <BankCitations citations={q.citations} label={t("bank.citations")} />}
          </div>
        </section>
      )}

      <section className="space-y-2">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{t("bank.rubric")}</h2>
        <BankRubric rubric={q.rubric} lang={lang} />
      </section>

      <nav className="flex justify-between gap-4 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
        {prev ? (
          <Link href={bankHref(bank.id, prev.id)} className="text-blue-700 hover:underline dark:text-blue-400" data-testid="prev-question">
            ← {prev.chapter}.{prev.number} {prev.title}
          </Link>
        ) : <span />}
        {next && (
          <Link href={bankHref(bank.id, next.id)} className="text-right text-blue-700 hover:underline dark:text-blue-400" data-testid="next-question">
            {next.chapter}.{next.number} {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}
