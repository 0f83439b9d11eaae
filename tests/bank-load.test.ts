import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findQuestion, findQuestionByTitle, getBanks, loadBanks } from "@/lib/bank/load";
import { openDb } from "@/lib/db/client";
import { latestBankImport } from "@/lib/db/queries";
import { appBanks, recordImports } from "@/lib/interview/bank-imports";

const fixture = "tests/fixtures/content";
const tmp = mkdtempSync(join(tmpdir(), "mi-load-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("loadBanks", () => {
  const loaded = loadBanks({ contentDir: fixture });

  it("loads every bank, ids from file names, title from bank.yaml else the id", () => {
    expect(loaded.banks.map((b) => [b.id, b.title])).toEqual([
      ["alpha", "Alpha 测试题库"],
      ["broken", "broken"],
      ["latin1", "latin1"],
    ]);
    expect(loaded.banks[0]?.file).toBe("tests/fixtures/content/banks/alpha.md");
    expect(loaded.banks[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("one broken bank does not hide the others, and each problem is a warning", () => {
    const alpha = loaded.banks[0]!;
    expect(alpha.chapters.flatMap((c) => c.questions).map((q) => q.answerSource)).toEqual(["seed", "authored", null]);
    expect(loaded.warnings).toContainEqual({ file: `${fixture}/banks/broken.md`, line: 0, message: "file is empty" });
    expect(loaded.warnings).toContainEqual({ file: `${fixture}/banks/latin1.md`, line: 7, message: expect.stringMatching(/UTF-8/) });
    expect(loaded.warnings.some((w) => w.file.endsWith("ch02-beta.yaml"))).toBe(true);
  });

  it("reads CONTENT_DIR when no folder is given, and survives unreadable or missing folders", () => {
    const before = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = fixture;
    try {
      expect(loadBanks().banks.map((b) => b.id)).toEqual(["alpha", "broken", "latin1"]);
    } finally {
      process.env.CONTENT_DIR = before;
    }
    const none = loadBanks({ contentDir: join(tmp, "absent") });
    expect(none.banks).toEqual([]);
    expect(none.warnings[0]?.message).toMatch(/cannot list banks/);

    const odd = join(tmp, "odd");
    mkdirSync(join(odd, "banks", "dir.md"), { recursive: true });
    cpSync(`${fixture}/banks/alpha.md`, join(odd, "banks", "ok.md"));
    const r = loadBanks({ contentDir: odd });
    expect(r.banks.map((b) => b.id)).toEqual(["ok"]);
    expect(r.warnings).toContainEqual({ file: join(odd, "banks", "dir.md"), line: 0, message: expect.stringMatching(/cannot read/) });
  });

  it("finds questions by id and by normalised title", () => {
    const q = loaded.banks[0]!.chapters[0]!.questions[1]!;
    expect(findQuestion(q.id, loaded)).toBe(q);
    expect(findQuestion("nope-00000000", loaded)).toBeNull();
    expect(findQuestionByTitle(" alpha 的公式是什么？ ", loaded)).toBe(q);
    expect(findQuestionByTitle("2.Alpha的公式是什么?", loaded)).toBe(q);
    expect(findQuestionByTitle("Alpha的公式", loaded)).toBeNull();
  });
});

describe("getBanks", () => {
  const dir = join(tmp, "live");
  cpSync(fixture, dir, { recursive: true });
  process.env.DATABASE_PATH = join(tmp, "db", "app.db");

  it("memoises until a content file changes; the app records each bank's import, the loader none", () => {
    const a = getBanks({ contentDir: dir });
    expect(getBanks({ contentDir: dir })).toBe(a);
    const db = openDb(process.env.DATABASE_PATH!);
    expect(latestBankImport(db, "alpha")).toBeNull();
    expect(appBanks({ contentDir: dir })).toBe(a);
    const first = latestBankImport(db, "alpha");
    expect(first).toMatchObject({ bankId: "alpha", questionCount: 3, answerCount: 2, contentHash: a.banks[0]?.contentHash });

    const yaml = join(dir, "authored", "alpha", "bank.yaml");
    writeFileSync(yaml, "title: 改名后的题库\ntitleEn: Renamed bank\n");
    utimesSync(yaml, new Date(), new Date(Date.now() + 5000));
    const b = appBanks({ contentDir: dir });
    expect(b).not.toBe(a);
    expect(b.banks[0]?.title).toBe("改名后的题库");
    expect(latestBankImport(db, "alpha")?.contentHash).toBe(b.banks[0]?.contentHash);
    expect(b.banks[0]?.contentHash).not.toBe(first?.contentHash);

    writeFileSync(join(dir, "banks", "new.md"), "# 目录\n## 第一章 【N：新】\n- [1.新问题？](#1)\n");
    expect(getBanks({ contentDir: dir }).banks.map((x) => x.id)).toContain("new");
    db.close();
  });

  it("turns a database failure into a warning", () => {
    const broken = { prepare: () => { throw new Error("disk full"); } } as unknown as Parameters<typeof recordImports>[1];
    const ws = recordImports(loadBanks({ contentDir: fixture }), broken);
    expect(ws).toEqual([{ file: expect.any(String), line: 0, message: "could not record bank imports: disk full" }]);
  });
});
