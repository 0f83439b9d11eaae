import Link from "next/link";
import { textIn } from "@/lib/interview/report-fields";
import type { MissedPoint, PassageSource, QuestionReport } from "@/lib/interview/report";
import { LazyBankMarkdown as BankMarkdown } from "./lazy-markdown";
import { questionHref, scoreClass, t, type Lang } from "./history-text";

/** Never reached, or shown but not answered before the interview ended: not scored. */
export const unscored = (status: string) => status === "pending" || status === "asked";

function Source({ source, lang }: { source: PassageSource; lang: Lang }) {
  if (source.kind === "seed") {
    return (
      <p className="mt-1 text-xs text-slate-500" data-testid="report-citation" data-kind="seed">
        {t(lang, { zh: "题库原文", en: "Bank text" })} · {source.file}
        {source.line ? `:${source.line}` : ""}
      </p>
    );
  }
  return (
    <p className="mt-1 text-xs text-amber-800" data-testid="report-citation" data-kind="authored">
      {t(lang, { zh: "本项目撰写 · 非原题库内容（参考文献见本题末尾）", en: "Authored by this project, not from the bank (papers below)" })}
    </p>
  );
}

function Missed({ m, lang, bankId }: { m: MissedPoint; lang: Lang; bankId: string }) {
  return (
    <li className="report-keep rounded bg-slate-50 p-2" data-testid="report-missed-point">
      <span className={m.status === "partial" ? "text-amber-700" : "text-rose-700"}>
        {m.status === "partial" ? t(lang, { zh: "部分", en: "Partial" }) : t(lang, { zh: "缺失", en: "Missed" })}
      </span>{" "}
      {lang === "en" ? m.en : m.zh}
      {m.passage && (
        <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-600" data-testid="report-passage">
          <BankMarkdown markdown={m.passage.text} bankId={bankId} />
        </blockquote>
      )}
      {m.source && <Source source={m.source} lang={lang} />}
    </li>
  );
}

export function ReportQuestion({ q, lang, bankId }: { q: QuestionReport; lang: Lang; bankId: string }) {
  const status = unscored(q.status)
    ? t(lang, { zh: "未作答（面试提前结束）", en: "not answered (the interview ended first)" })
    : q.status === "skipped"
      ? t(lang, { zh: "已跳过", en: "skipped" })
      : t(lang, {
          zh: `覆盖 ${q.covered} · 部分 ${q.partial} · 缺失 ${q.missed.length - q.partial}`,
          en: `${q.covered} covered · ${q.partial} partial · ${q.missed.length - q.partial} missed`,
        });
  return (
    <li className="report-question rounded border border-slate-200 p-3" data-testid="report-question" data-status={q.status} data-question-id={q.questionId}>
      <div className="flex items-baseline gap-3">
        <span className={`w-12 shrink-0 text-lg font-semibold ${scoreClass(q.score)}`} data-testid="report-question-score">
          {unscored(q.status) ? "—" : (q.score ?? 0).toFixed(1)}
        </span>
        <span className="font-medium">{lang === "en" && q.titleEn ? q.titleEn : q.title}</span>
        {q.chapter > 0 && (
          <Link href={questionHref(q.questionId)} className="ml-auto shrink-0 text-xs text-blue-700 hover:underline" data-testid="report-question-history" data-print-hide>
            {t(lang, { zh: "历次作答", en: "All attempts" })}
          </Link>
        )}
      </div>
      <p className="mt-1 text-xs text-slate-500">
        {status}
        {q.facts.map((f) => (
          <span key={f.key} data-testid={`report-question-${f.key}`}>
            {" · "}
            {f.label[lang]} {textIn(f.value, lang)}
          </span>
        ))}
      </p>
      {!unscored(q.status) && q.missed.length > 0 && (
        <ul className="mt-2 space-y-2 text-sm">
          {q.missed.map((m) => (
            <Missed key={m.pointId} m={m} lang={lang} bankId={bankId} />
          ))}
        </ul>
      )}
      {!unscored(q.status) && q.citations.length > 0 && (
        <div className="mt-2 text-xs text-slate-600" data-testid="report-question-citations">
          <p className="font-medium text-amber-900">{t(lang, { zh: "参考文献", en: "Citations" })}</p>
          <ul className="list-disc pl-5">
            {q.citations.map((c) => (
              <li key={`${c.title}-${c.year}`}>
                {c.title} — {c.authors}, {c.year}
                {c.arxiv && (
                  <>
                    {" · "}
                    <a className="text-blue-700 underline" href={`https://arxiv.org/abs/${c.arxiv}`} target="_blank" rel="noopener noreferrer">arXiv:{c.arxiv}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
