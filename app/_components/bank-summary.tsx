import Link from "next/link";
import clsx from "clsx";
import { importSummary } from "@/lib/bank/summary";
import type { Bank, BankWarning } from "@/lib/bank/types";
import { getT } from "@/lib/i18n/server";
import { bankHref } from "./bank-href";

/** Bank switcher, shown only when there is more than one bank. */
export function BankTabs({ banks, currentId }: { banks: Bank[]; currentId: string }) {
  if (banks.length < 2) return null;
  return (
    <nav className="flex flex-wrap gap-2" data-testid="bank-tabs">
      {banks.map((b) => (
        <Link
          key={b.id}
          href={bankHref(b.id)}
          className={clsx(
            "rounded-full border px-3 py-1 text-sm",
            b.id === currentId ? "border-blue-600 bg-blue-600 text-white" : "border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 text-slate-700 dark:text-slate-300 hover:bg-slate-50 dark:hover:bg-slate-800/60",
          )}
        >
          {b.title}
        </Link>
      ))}
    </nav>
  );
}

/** What the import read, in one line ("52 questions in 4 chapters, 51 answered; 3 warnings"): `warnings` are the bank's own. */
export async function BankImportSummary({ bank, warnings }: { bank: Bank; warnings: BankWarning[] }) {
  const t = await getT();
  const s = importSummary(bank, warnings);
  return (
    <p
      className={clsx("text-sm", s.warnings > 0 ? "text-amber-800 dark:text-amber-200" : "text-slate-600 dark:text-slate-400")}
      data-testid="bank-import-summary"
      data-questions={s.questions}
      data-answered={s.answered}
      data-warnings={s.warnings}
    >
      {t("bank.imported")} {bank.file}: {s.text}
    </p>
  );
}

/** Counts at the top of a bank: questions, and where their answers come from. */
export async function BankStats({ bank }: { bank: Bank }) {
  const t = await getT();
  const qs = bank.chapters.flatMap((c) => c.questions);
  const seed = qs.filter((q) => q.answerSource === "seed").length;
  const authored = qs.filter((q) => q.answerSource === "authored").length;
  const rubric = qs.filter((q) => q.rubric.length > 0).length;
  const stats = [
    [t("bank.stats.chapters"), bank.chapters.length],
    [t("bank.stats.questions"), qs.length],
    [t("bank.stats.seed"), seed],
    [t("bank.stats.authored"), authored],
    [t("bank.stats.none"), qs.length - seed - authored],
    [t("bank.stats.rubric"), rubric],
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="bank-stats">
      {stats.map(([label, n]) => (
        <div key={label} className="rounded-lg border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 px-3 py-2">
          <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{n}</dd>
        </div>
      ))}
    </dl>
  );
}
