import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { migrations } from "@/lib/db/migrations";
import { migration003 } from "@/lib/db/migrations/003-interview";

// 003 as it first shipped: `turns.kind` had no CHECK (it was added to the file afterwards).
const ORIGINAL_003 = { ...migration003, sql: migration003.sql.replace(/kind\s+TEXT NOT NULL CHECK \(kind IN \([^)]*\)\),/, "kind TEXT NOT NULL,") };

describe("migrations", () => {
  it("a database made by the original 003 gets the CHECK on turn kinds, and keeps its turns", () => {
    expect(ORIGINAL_003.sql).not.toEqual(migration003.sql);
    const db = new Database(join(mkdtempSync(join(tmpdir(), "mi-mig-")), "app.db"));
    db.pragma("foreign_keys = ON");
    migrate(db, [migrations[0]!, migrations[1]!, ORIGINAL_003]);
    db.prepare("INSERT INTO sessions (id, bank_id, config, phase, status) VALUES ('s', 'b', '{}', '{}', 'active')").run();
    db.prepare("INSERT INTO turns (session_id, position, role, kind, content, grade) VALUES ('s', 0, 'interviewer', 'question', 'Q?', NULL)").run();
    db.prepare("INSERT INTO turns (session_id, position, role, kind, content, grade) VALUES ('s', 0, 'candidate', 'answer', 'A.', '{\"score\":5}')").run();
    // The original table took any kind:
    expect(() => db.prepare("INSERT INTO turns (session_id, position, role, kind, content) VALUES ('s', 0, 'candidate', 'bogus', 'x')").run()).not.toThrow();
    db.prepare("DELETE FROM turns WHERE kind = 'bogus'").run();

    expect(migrate(db)).toEqual(migrations.slice(3).map((m) => m.id));
    expect(db.prepare("SELECT id, kind, content, grade, meta FROM turns ORDER BY id").all()).toEqual([
      { id: 1, kind: "question", content: "Q?", grade: null, meta: null },
      { id: 2, kind: "answer", content: "A.", grade: '{"score":5}', meta: null },
    ]);
    expect(() => db.prepare("INSERT INTO turns (session_id, position, role, kind, content) VALUES ('s', 0, 'candidate', 'bogus', 'x')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO turns (session_id, position, role, kind, content) VALUES ('s', 0, 'candidate', 'clarify', '是指？')").run();
    // A client key is unique per session: the second identical post cannot be saved.
    const keyed = db.prepare("INSERT INTO turns (session_id, position, role, kind, content, client_key) VALUES ('s', 0, 'candidate', 'answer', 'x', 'k1')");
    keyed.run();
    expect(() => keyed.run()).toThrow(/UNIQUE/);
    // Deleting a session still takes its turns with it.
    db.prepare("DELETE FROM sessions WHERE id = 's'").run();
    expect(db.prepare("SELECT COUNT(*) AS n FROM turns").get()).toEqual({ n: 0 });
  });
});
