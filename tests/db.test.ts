import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { migrations } from "@/lib/db/migrations";
import { getMeta, latestBankImport, recordBankImport, setMeta } from "@/lib/db/queries";

const dirs: string[] = [];
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "mi-db-"));
  dirs.push(dir);
  return join(dir, "nested", "app.db");
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("database", () => {
  it("creates the file in WAL mode with every migration applied", () => {
    const db = openDb(tempDbPath());
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(migrations.length);
    db.close();
  });

  it("re-opening applies nothing twice and keeps data", () => {
    const path = tempDbPath();
    const a = openDb(path);
    setMeta(a, "k", "v1");
    a.close();
    const b = openDb(path);
    expect(migrate(b)).toEqual([]);
    expect(getMeta(b, "k")).toBe("v1");
    setMeta(b, "k", "v2");
    expect(getMeta(b, "k")).toBe("v2");
    b.close();
  });

  it("rejects a gap in migration numbers", () => {
    const db = openDb(":memory:");
    expect(() => migrate(db, [{ id: 1, name: "a", sql: "" }, { id: 3, name: "c", sql: "" }])).toThrow(/numbered/);
  });

  it("records a bank import once per content hash", () => {
    const db = openDb(tempDbPath());
    const imp = { bankId: "b", file: "f.md", contentHash: "h1", questionCount: 3, answerCount: 1, warningCount: 0 };
    recordBankImport(db, imp);
    recordBankImport(db, imp);
    expect(db.prepare("SELECT COUNT(*) AS n FROM bank_imports").get()).toEqual({ n: 1 });
    recordBankImport(db, { ...imp, contentHash: "h2", questionCount: 4 });
    expect(latestBankImport(db, "b")?.questionCount).toBe(4);
  });
});
