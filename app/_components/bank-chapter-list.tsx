import Link from "next/link";
import clsx from "clsx";
import type { Bank, Question } from "@/lib/bank/types";
import { bankHref } from "./bank-href";

function AnswerMark({ q }: { q: Question }) {
  if (q.answerSource === "seed") return null;
  if (q.answerSource === "authored") {
    return <span className="ml-1 shrink-0 rounded bg-amber-100 px-1 text-[11px] text-amber-800">authored</span>;
  }
  return <span className="ml-1 shrink-0 rounded bg-slate-100 px-1 text-[11px] text-slate-500">无答案</span>;
}

interface Props {
  bank: Bank;
  /** The question on screen: its chapter is open and it is highlighted. */
  currentId?: string;
  /** The overview: every chapter open, with English titles and answer counts. Otherwise a compact sidebar. */
  expandAll?: boolean;
}

/** Chapters with their question counts; each opens to its questions. Plain <details>, no client JS. */
export function BankChapterList({ bank, currentId, expandAll = false }: Props) {
  const compact = !expandAll;
  return (
    <ol className="space-y-2" data-testid="chapter-list">
      {bank.chapters.map((c) => {
        const answered = c.questions.filter((q) => q.answer !== null).length;
        const open = expandAll || c.questions.some((q) => q.id === currentId);
        return (
          <li key={c.number} data-testid="chapter" data-chapter={c.number} className="rounded-lg border border-slate-200 bg-white">
            <details open={open} className="group">
              <summary className="flex cursor-pointer list-none items-start gap-2 px-3 py-2 hover:bg-slate-50">
                <span className="mt-0.5 text-xs text-slate-400 transition group-open:rotate-90">▶</span>
                <span className="min-w-0 flex-1">
                  <span className="block text-sm font-medium text-slate-900">
                    第{c.number}章 · {c.topic}
                  </span>
                  {c.titleEn && !compact && <span className="block text-xs text-slate-500">{c.titleEn}</span>}
                </span>
                <span className="shrink-0 text-xs text-slate-500" data-testid="chapter-count" title={`${c.questions.length} questions, ${answered} answered`}>
                  {compact ? `${c.questions.length} 题` : `${c.questions.length} 题 · ${answered} 有答案`}
                </span>
              </summary>
              <ul className="border-t border-slate-100 px-2 py-1">
                {c.questions.map((q) => (
                  <li key={q.id}>
                    <Link
                      href={bankHref(bank.id, q.id)}
                      data-testid="question-link"
                      data-question-id={q.id}
                      aria-current={q.id === currentId ? "page" : undefined}
                      className={clsx(
                        "flex items-baseline gap-1 rounded px-2 py-1 text-sm",
                        q.id === currentId ? "bg-blue-50 font-medium text-blue-800" : "text-slate-700 hover:bg-slate-50",
                      )}
                    >
                      <span className="shrink-0 tabular-nums text-slate-400">{q.number}.</span>
                      <span className="min-w-0 flex-1">{q.title}</span>
                      <AnswerMark q={q} />
                    </Link>
                  </li>
                ))}
                {c.questions.length === 0 && <li className="px-2 py-1 text-sm text-slate-500">（本章没有题目）</li>}
              </ul>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
