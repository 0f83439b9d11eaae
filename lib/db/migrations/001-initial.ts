export const migration001 = {
  id: 1,
  name: "initial",
  sql: `
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    -- One row per bank file each time its content changes: what was imported, with what warnings.
    CREATE TABLE bank_imports (
      bank_id        TEXT NOT NULL,
      file           TEXT NOT NULL,
      content_hash   TEXT NOT NULL,
      question_count INTEGER NOT NULL,
      answer_count   INTEGER NOT NULL,
      warning_count  INTEGER NOT NULL,
      imported_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      PRIMARY KEY (bank_id, content_hash)
    );
  `,
};
