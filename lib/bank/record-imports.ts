import { getDb, databasePath, type Db } from "@/lib/db/client";
import { recordBankImport } from "@/lib/db/queries";
import { displayPath } from "./content-files";
import { warningsFor } from "./bank-warnings";
import type { BankWarning, LoadedBanks } from "./types";

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
