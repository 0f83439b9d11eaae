import type { BankWarning } from "@/lib/bank/types";
import { getT } from "@/lib/i18n/server";

/**
 * Problems found while loading: what of a bank file was not read, and where. Open on a bank's
 * overview, so that whoever dropped a file in sees at once what was skipped; collapsed elsewhere.
 */
export async function BankWarnings({ warnings, open = false }: { warnings: BankWarning[]; open?: boolean }) {
  if (warnings.length === 0) return null;
  const t = await getT();
  return (
    <details open={open} className="rounded-lg border border-amber-200 bg-amber-50 dark:bg-amber-950 text-sm" data-testid="bank-warnings">
      <summary className="cursor-pointer px-3 py-2 text-amber-900 dark:text-amber-200">
        {t("bank.warnings", { n: warnings.length })}
      </summary>
      <ul className="space-y-1 border-t border-amber-200 px-3 py-2 font-mono text-xs text-amber-900 dark:text-amber-200">
        {warnings.map((w, i) => (
          <li key={i} className="break-all" data-testid="bank-warning">
            {w.file}:{w.line}: {w.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
