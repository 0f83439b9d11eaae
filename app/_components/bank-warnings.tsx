import type { BankWarning } from "@/lib/bank/types";

/** Problems found while loading, collapsed by default: for whoever maintains the content. */
export function BankWarnings({ warnings }: { warnings: BankWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="rounded-lg border border-amber-200 bg-amber-50 text-sm" data-testid="bank-warnings">
      <summary className="cursor-pointer px-3 py-2 text-amber-900">
        题库加载警告 Bank warnings ({warnings.length})
      </summary>
      <ul className="space-y-1 border-t border-amber-200 px-3 py-2 font-mono text-xs text-amber-900">
        {warnings.map((w, i) => (
          <li key={i} className="break-all">
            {w.file}:{w.line}: {w.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
