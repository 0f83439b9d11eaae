import type { Citation } from "@/lib/bank/types";

/** Sources of authored text: title, authors, year and the arXiv page. */
export function BankCitations({ citations, label = "参考文献" }: { citations: Citation[]; label?: string }) {
  if (citations.length === 0) return null;
  return (
    <div className="mt-3 border-t border-amber-200 pt-2 dark:border-amber-900">
      <p className="text-xs font-medium text-amber-900 dark:text-amber-200">{label}</p>
      <ul className="mt-1 space-y-0.5 text-xs text-slate-700 dark:text-slate-300">
        {citations.map((c) => (
          <li key={`${c.title}-${c.year}`} data-testid="citation">
            <span className="font-medium">{c.title}</span> — {c.authors}, {c.year}
            {c.arxiv && (
              <>
                {" · "}
                <a href={`https://arxiv.org/abs/${c.arxiv}`} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline dark:text-blue-400">
                  arXiv:{c.arxiv}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The mark on everything this project wrote rather than the bank's author. */
export function AuthoredBadge({ label = "本项目编写 · 非原题库内容" }: { label?: string }) {
  return (
    <span data-testid="authored-badge" className="inline-flex items-center rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
      {label}
    </span>
  );
}
