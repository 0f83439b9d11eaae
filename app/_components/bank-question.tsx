import Link from "next/link";
import type { Bank, Chapter, Question } from "@/lib/bank/types";
import { AuthoredBadge, BankCitations } from "./bank-citations";
import { bankHref } from "./bank-href";
import { BankMarkdown } from "./bank-markdown";
import { BankRubric } from "./bank-rubric";

const DIFFICULTY = { 1: "基础 basic", 2: "标准 standard", 3: "深入 deep" } as const;

interface Props {
  bank: Bank;
  chapter: Chapter;
  question: Question;
  prev: Question | null;
  next: Question | null;
}

/** One question: its reference answer (marked by source), authored supplement, citations and rubric. */
export function BankQuestion({ bank, chapter, question: q, prev, next }: Props) {
  const authored = q.answerSource === "authored";
  return (
    <article className="space-y-6" data-testid="question" data-question-id={q.id}>
      <header className="space-y-2">
        <p className="text-xs text-slate-500">
          <Link href={bankHref(bank.id)} className="hover:underline">{bank.title}</Link> › 第{chapter.number}章 · {chapter.topic}
        </p>
        <h1 className="text-xl font-semibold leading-snug text-slate-900" data-testid="question-title">
          {q.number}. {q.title}
        </h1>
        {q.titleEn && <p className="text-sm text-slate-500">{q.titleEn}</p>}
        <Link href={`/questions/${encodeURIComponent(q.id)}`} className="text-xs text-blue-700 hover:underline" data-testid="question-attempts-link">作答记录 Attempts</Link>
        {(q.difficulty || q.tags.length > 0) && (
          <div className="flex flex-wrap items-center gap-1.5 text-xs">
            {q.difficulty && <span className="rounded bg-violet-50 px-1.5 py-0.5 text-violet-800">难度 {DIFFICULTY[q.difficulty]}</span>}
            {q.tags.map((t) => (
              <span key={t} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-600">#{t}</span>
            ))}
          </div>
        )}
      </header>

      <section className="space-y-2">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">参考答案 Reference answer</h2>
          {authored && <AuthoredBadge />}
          {q.answerSource === "seed" && q.answerLine && (
            <span className="break-all text-xs text-slate-400">题库原文 · {bank.file}:{q.answerLine}</span>
          )}
        </div>
        {q.answer === null ? (
          <p data-testid="no-answer" className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-slate-500">
            无参考答案 · No reference answer yet
          </p>
        ) : (
          <div className={authored ? "rounded-lg border border-amber-200 bg-amber-50/40 p-4" : "rounded-lg border border-slate-200 bg-white p-4"}>
            <BankMarkdown markdown={q.answer} bankId={bank.id} images={q.images} testId="answer" />
            {authored && <BankCitations citations={q.citations} />}
          </div>
        )}
      </section>

      {q.supplement && (
        <section className="space-y-2" data-testid="supplement">
          <div className="flex items-center gap-2">
            <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">补充 Supplement</h2>
            <AuthoredBadge />
          </div>
          <div className="rounded-lg border border-amber-200 bg-amber-50/40 p-4">
            <BankMarkdown markdown={q.supplement} bankId={bank.id} />
            {!authored && <BankCitations citations={q.citations} />}
          </div>
        </section>
      )}

      <section className="space-y-2">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">评分要点 Rubric</h2>
        <BankRubric rubric={q.rubric} />
      </section>

      <nav className="flex justify-between gap-4 border-t border-slate-200 pt-4 text-sm">
        {prev ? (
          <Link href={bankHref(bank.id, prev.id)} className="text-blue-700 hover:underline" data-testid="prev-question">
            ← {prev.chapter}.{prev.number} {prev.title}
          </Link>
        ) : <span />}
        {next && (
          <Link href={bankHref(bank.id, next.id)} className="text-right text-blue-700 hover:underline" data-testid="next-question">
            {next.chapter}.{next.number} {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}
