import type { Db } from "./client";

export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
    key,
    value,
  );
}

export interface BankImport {
  bankId: string;
  file: string;
  contentHash: string;
  questionCount: number;
  answerCount: number;
  warningCount: number;
}

/** Records an import once per distinct content; re-importing unchanged content is a no-op. */
export function recordBankImport(db: Db, imp: BankImport): void {
  db.prepare(
    `INSERT OR IGNORE INTO bank_imports (bank_id, file, content_hash, question_count, answer_count, warning_count)
     VALUES (@bankId, @file, @contentHash, @questionCount, @answerCount, @warningCount)`,
  ).run(imp);
}

export function latestBankImport(db: Db, bankId: string): (BankImport & { importedAt: string }) | null {
  const row = db
    .prepare(
      `SELECT bank_id AS bankId, file, content_hash AS contentHash, question_count AS questionCount,
              answer_count AS answerCount, warning_count AS warningCount, imported_at AS importedAt
       FROM bank_imports WHERE bank_id = ? ORDER BY imported_at DESC, rowid DESC LIMIT 1`,
    )
    .get(bankId) as (BankImport & { importedAt: string }) | undefined;
  return row ?? null;
}
