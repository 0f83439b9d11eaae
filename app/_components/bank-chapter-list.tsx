import Link from "next/link";
import clsx from "clsx";
import type { Bank, Question } from "@/lib/bank/types";
import type { Translate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { bankHref } from "./bank-href";

function AnswerMark({ q, t }: { q: Question; t: Translate }) {
  if (q.answerSource === "seed") return null;
  if (q.answerSource === "authored") {
    return <span className="ml-1 shrink-0 rounded bg-amber-100 px-1 text-[11px] text-amber-800 dark:bg-amber-900/60 dark:text-amber-200">{t("bank.authoredMark")}</span>;
  }
  return <span className="ml-1 shrink-0 rounded bg-slate-100 px-1 text-[11px] text-slate-500 dark:bg-slate-800 dark:text-slate-400">{t("bank.noAnswerMark")}</span>;
}

interface Props {
  bank: Bank;
  /** The question on screen: its chapter is open and it is highlighted. */
  currentId?: string;
  /** The overview: every chapter open, with English titles and answer counts. Otherwise a compact sidebar. */
  expandAll?: boolean;
}

/** Chapters with their question counts; each opens to its questions. Plain <details>, no client JS. */
export async function BankChapterList({ bank, currentId, expandAll = false }: Props) {
  const t = await getT();
  const compact = !expandAll;
  return (
    <ol className="space-y-2" data-testid="chapter-list">
      {bank.chapters.map((c) => {
        const answered = c.questions.filter((q) => q.answer !== null).length;
        const open = expandAll || c.questions.some((q) => q.id === currentId);
        return (
          <li key={c.number} data-testid="chapter" data-chapter={c.number} className="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
            <details open={open} className="group">
              <summary className="flex cursor-pointer list-none items-start gap-2 px-3 py-2 hover:bg-slate-50 dark:hover:bg-slate-800/60">
                <span className="mt-0.5 text-xs text-slate-400 transition group-open:rotate-90">▶</span>
                <span className="min-w-0 flex-1">
                  <span className="block text-sm font-medium text-slate-900 dark:text-slate-100">
                    {t("bank.chapter", { n: c.number, topic: c.topic })}
                  </span>
                  {c.titleEn && !compact && <span className="block text-xs text-slate-500 dark:text-slate-400">{c.titleEn}</span>}
                </span>
                <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400" data-testid="chapter-count" title={`${c.questions.length} questions, ${answered} answered`}>
                  {compact ? t("bank.chapterCount", { n: c.questions.length }) : t("bank.chapterCountAnswered", { n: c.questions.length, answered })}
                </span>
              </summary>
              <ul className="border-t border-slate-100 px-2 py-1 dark:border-slate-800">
                {c.questions.map((q) => (
                  <li key={q.id}>
                    <Link
                      href={bankHref(bank.id, q.id)}
                      data-testid="question-link"
                      data-question-id={q.id}
                      aria-current={q.id === currentId ? "page" : undefined}
                      className={clsx(
                        "flex items-baseline gap-1 rounded px-2 py-1 text-sm",
                        q.id === currentId
                          ? "bg-blue-50 font-medium text-blue-800 dark:bg-blue-950 dark:text-blue-200"
                          : "text-slate-700 hover:bg-slate-50 dark:text-slate-300 dark:hover:bg-slate-800/60",
                      )}
                    >
                      <span className="shrink-0 tabular-nums text-slate-400 dark:text-slate-500">{q.number}.</span>
                      <span className="min-w-0 flex-1">{q.title}</span>
                      <AnswerMark q={q} t={t} />
                    </Link>
                  </li>
                ))}
                {c.questions.length === 0 && <li className="px-2 py-1 text-sm text-slate-500 dark:text-slate-400">{t("bank.chapterEmpty")}</li>}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
