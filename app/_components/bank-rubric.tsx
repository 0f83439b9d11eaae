import type { RubricPoint } from "@/lib/bank/types";

/** A question's key points as the grader uses them: weight, both languages, terms, follow-ups. */
export function BankRubric({ rubric }: { rubric: RubricPoint[] }) {
  if (rubric.length === 0) {
    return <p className="text-sm text-slate-500" data-testid="no-rubric">暂无评分要点 · No rubric yet.</p>;
  }
  const total = rubric.reduce((s, p) => s + p.weight, 0);
  return (
    <ol className="space-y-3">
      {rubric.map((p, i) => (
        <li key={p.id} data-testid="rubric-point" data-point-id={p.id} className="rounded-lg border border-slate-200 bg-white p-3">
          <div className="flex items-start gap-3">
            <span className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-xs font-medium text-slate-600">
              {i + 1}
            </span>
            <div className="min-w-0 flex-1 space-y-1.5">
              <p className="text-sm font-medium text-slate-900">{p.zh}</p>
              <p className="text-sm text-slate-500">{p.en}</p>
              <div className="flex flex-wrap gap-1">
                {p.terms.map((t) => (
                  <span key={t} className="rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-800">
                    {t}
                  </span>
                ))}
              </div>
              {p.misconceptions.length > 0 && (
                <ul className="text-xs text-rose-700">
                  {p.misconceptions.map((m) => (
                    <li key={m.zh}>✗ 误区: {m.zh} <span className="text-rose-500">({m.en})</span></li>
                  ))}
                </ul>
              )}
              <ul className="text-xs text-slate-600">
                {p.followUps.map((f) => (
                  <li key={f.zh}>↳ 追问: {f.zh} <span className="text-slate-400">({f.en})</span></li>
                ))}
              </ul>
            </div>
            <span className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600" title={`weight ${p.weight} of ${total}`} data-testid="rubric-weight">
              权重 {p.weight}
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
