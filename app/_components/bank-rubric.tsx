import type { RubricPoint } from "@/lib/bank/types";
import { translator, type Lang } from "@/lib/i18n";

/** A question's key points as the grader uses them: weight, both languages, terms, follow-ups. */
export function BankRubric({ rubric, lang }: { rubric: RubricPoint[]; lang: Lang }) {
  const t = translator(lang);
  if (rubric.length === 0) {
    return <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="no-rubric">{t("bank.noRubric")}</p>;
  }
  const total = rubric.reduce((s, p) => s + p.weight, 0);
  return (
    <ol className="space-y-3">
      {rubric.map((p, i) => (
        <li key={p.id} data-testid="rubric-point" data-point-id={p.id} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
          <div className="flex items-start gap-3">
            <span className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">
              {i + 1}
            </span>
            <div className="min-w-0 flex-1 space-y-1.5">
              <p className="text-sm font-medium text-slate-900 dark:text-slate-100">{p.zh}</p>
              <p className="text-sm text-slate-500 dark:text-slate-400">{p.en}</p>
              <div className="flex flex-wrap gap-1">
                {p.terms.map((term) => (
                  <span key={term} className="rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-800 dark:bg-blue-950 dark:text-blue-200">
                    {term}
                  </span>
                ))}
              </div>
              {p.misconceptions.length > 0 && (
                <ul className="text-xs text-rose-700 dark:text-rose-300">
                  {p.misconceptions.map((m) => (
                    <li key={m.zh}>✗ {t("bank.misconception")}: {m.zh} <span className="text-rose-500 dark:text-rose-400">({m.en})</span></li>
                  ))}
                </ul>
              )}
              <ul className="text-xs text-slate-600 dark:text-slate-400">
                {p.followUps.map((f) => (
                  <li key={f.zh}>↳ {t("bank.followUp")}: {f.zh} <span className="text-slate-400 dark:text-slate-500">({f.en})</span></li>
                ))}
              </ul>
            </div>
            <span className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300" title={`weight ${p.weight} of ${total}`} data-testid="rubric-weight">
              {t("bank.weight", { n: p.weight })}
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
