import { getDb, databasePath, type Db } from "@/lib/db/client";
import { recordBankImport } from "@/lib/db/queries";
import { warningsFor } from "@/lib/bank/bank-warnings";
import { displayPath } from "@/lib/content/content-files";
import { getBanks, type LoadOptions } from "@/lib/bank/load";
import type { BankWarning, LoadedBanks } from "@/lib/bank/types";

/**
 * Records each bank's content in bank_imports (a no-op for content already recorded). A
 * database problem is returned as a warning: it must never stop the banks from loading.
 */
export function recordImports(loaded: LoadedBanks, db?: Db): BankWarning[] {
  try {
    const conn = db ?? getDb();
    for (const bank of loaded.banks) {
      const questions = bank.chapters.flatMap((c) => c.questions);
      recordBankImport(conn, {
        bankId: bank.id,
        file: bank.file,
        contentHash: bank.contentHash ?? "",
        questionCount: questions.length,
        answerCount: questions.filter((q) => q.answer !== null).length,
        warningCount: warningsFor(bank, loaded.warnings).length,
      });
    }
    return [];
  } catch (err) {
    return [{ file: displayPath(databasePath()), line: 0, message: `could not record bank imports: ${(err as Error).message}` }];
  }
}

// Content already recorded by this process: a reload of unchanged content records nothing.
const holder = globalThis as unknown as { __recordedBankHashes?: Set<string> };
const recorded = (holder.__recordedBankHashes ??= new Set());

/**
 * The banks as the app's pages show them: parsed by lib/bank (pure), and each new content
 * version recorded in bank_imports, whichever page or route saw it first. A database problem
 * becomes a warning beside the bank's own.
 */
export function appBanks(opts: LoadOptions = {}): LoadedBanks {
  const loaded = getBanks(opts);
  const fresh = loaded.banks.filter((b) => !recorded.has(b.contentHash ?? ""));
  if (!fresh.length) return loaded;
  const problems = recordImports({ ...loaded, banks: fresh });
  if (problems.length) return { ...loaded, warnings: [...loaded.warnings, ...problems] };
  for (const b of fresh) recorded.add(b.contentHash ?? "");
  return loaded;
}
