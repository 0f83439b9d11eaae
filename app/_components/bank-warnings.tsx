import type { BankWarning } from "@/lib/bank/types";

/**
 * Problems found while loading: what of a bank file was not read, and where. Open on a bank's
 * overview, so that whoever dropped a file in sees at once what was skipped; collapsed elsewhere.
 */
export function BankWarnings({ warnings, open = false }: { warnings: BankWarning[]; open?: boolean }) {
  if (warnings.length === 0) return null;
  return (
    <details open={open} className="rounded-lg border border-amber-200 bg-amber-50 text-sm" data-testid="bank-warnings">
      <summary className="cursor-pointer px-3 py-2 text-amber-900">
        题库加载警告 Bank warnings ({warnings.length}) · 未读入或有疑问的内容 what was not read, or read with a guess
      </summary>
      <ul className="space-y-1 border-t border-amber-200 px-3 py-2 font-mono text-xs text-amber-900">
        {warnings.map((w, i) => (
          <li key={i} className="break-all" data-testid="bank-warning">
            {w.file}:{w.line}: {w.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
