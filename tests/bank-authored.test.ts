import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadAuthored } from "@/lib/content/load-authored";
import { mergeAuthored } from "@/lib/bank/merge-authored";
import { parseBank } from "@/lib/bank/parse";

const dir = "tests/fixtures/content/authored/alpha";
const bankFile = "tests/fixtures/content/banks/alpha.md";
const parsed = parseBank(readFileSync(bankFile, "utf8"), { file: bankFile, bankId: "alpha" });

const tmp = mkdtempSync(join(tmpdir(), "mi-authored-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("loadAuthored", () => {
  const authored = loadAuthored(dir);

  it("reads bank.yaml and the valid chapter files", () => {
    expect(authored.bank?.data).toEqual({ title: "Alpha 测试题库", titleEn: "Alpha test bank" });
    expect(authored.chapters.map((c) => c.data.chapter)).toEqual([1]);
  });

  it("skips a file whose field fails the schema, naming file, line and field path", () => {
    expect(authored.warnings).toContainEqual({
      file: `${dir}/ch02-beta.yaml`,
      line: 12,
      message: expect.stringMatching(/^questions\.0\.rubric\.1\.weight: .*expected number.*; file skipped$/),
    });
  });

  it("skips a file with a YAML syntax error, with its line", () => {
    const w = authored.warnings.find((x) => x.file.endsWith("ch03-syntax.yaml"));
    expect(w?.message).toMatch(/^YAML syntax: .*file skipped$/);
    expect(w?.line).toBeGreaterThan(0);
  });

  it("names a missing required field at its parent's line", () => {
    const sub = join(tmp, "missing");
    const yaml = "chapter: 4\ntitleEn: X\nquestions:\n  - title: 题目？\n    difficulty: 2\n";
    mkdirSync(sub);
    writeFileSync(join(sub, "ch04-x.yaml"), yaml);
    const { chapters, warnings } = loadAuthored(sub);
    expect(chapters).toEqual([]);
    const titleEn = warnings.find((w) => w.message.startsWith("questions.0.titleEn:"));
    expect(titleEn?.line).toBe(4);
  });

  it("warns about unknown (misspelt) fields without rejecting the file", () => {
    const sub = join(tmp, "typo");
    mkdirSync(sub);
    const point = (id: string) => `      - { id: ${id}, weight: 1, zh: 甲, en: A., terms: [甲], followUps: [{ zh: 甲？, en: A? }], passage: 甲 }\n`;
    const yaml = `chapter: 1\ntitleEn: X\nquestions:\n  - title: 什么是Beta？\n    titleEn: B\n    difficulty: 1\n    tags: [b]\n    suplement: 拼错了\n    rubric:\n${point("a")}${point("b")}${point("c")}`;
    writeFileSync(join(sub, "ch01.yaml"), yaml);
    const { chapters, warnings } = loadAuthored(sub);
    expect(chapters).toHaveLength(1);
    expect(warnings).toEqual([{ file: expect.stringContaining("ch01.yaml"), line: 8, message: "questions.0.suplement: unknown field, ignored" }]);
  });

  it("treats a missing folder as no overlay", () => {
    expect(loadAuthored(join(tmp, "nope"))).toEqual({ bank: null, chapters: [], files: [], warnings: [] });
  });
});

describe("mergeAuthored", () => {
  const { bank, warnings } = mergeAuthored(parsed.bank, loadAuthored(dir));
  const [q1, q2] = bank.chapters[0]!.questions;
  const beta = bank.chapters[1]!.questions[0]!;

  it("takes the bank title and chapter titleEn from authored files", () => {
    expect(bank.title).toBe("Alpha 测试题库");
    expect(bank.titleEn).toBe("Alpha test bank");
    expect(bank.chapters[0]?.titleEn).toBe("Alpha: the first topic");
    expect(bank.chapters[1]?.titleEn).toBeNull(); // its file was rejected
  });

  it("keeps the bank's answer and warns when an authored answer competes with it", () => {
    expect(q1?.answerSource).toBe("seed");
    expect(q1?.answer).toBe("Alpha 是种子答案：它把输入映射到 $z$。");
    expect(warnings).toContainEqual({ file: `${dir}/ch01-alpha.yaml`, line: 8, message: expect.stringMatching(/bank's answer wins/) });
  });

  it("adds titleEn, difficulty, tags, citations, rubric and supplement to a seed-answered question", () => {
    expect(q1).toMatchObject({ titleEn: "What is Alpha?", difficulty: 1, tags: ["alpha"], supplement: "补充：Alpha 的编码器是**冻结**的。" });
    expect(q1?.citations).toEqual([{ title: "Alpha Paper", authors: "Doe, Roe", year: 2020, arxiv: "2006.11239" }]);
    expect(q1?.rubric.map((p) => p.id)).toEqual(["maps-input", "frozen", "seed"]);
    expect(q1?.rubric[0]).toEqual({
      id: "maps-input", weight: 3, zh: "把输入映射到 z", en: "Maps the input to z.", terms: ["映射 / map"],
      misconceptions: [], followUps: [{ zh: "映射到哪里？", en: "Mapped where?" }], passage: "它把输入映射到 $z$",
    });
  });

  it("fills an unanswered question with an authored answer", () => {
    expect(q2).toMatchObject({ answerSource: "authored", answerLine: null, difficulty: 2 });
    expect(q2?.answer).toBe("公式为 $$a = b^2$$。"); // the schema trims
    expect(q2?.citations[0]?.arxiv).toBeNull();
  });

  it("warns when an authored entry matches no question", () => {
    expect(warnings).toContainEqual({ file: `${dir}/ch01-alpha.yaml`, line: 47, message: expect.stringMatching(/matches no question of chapter 1: 目录里没有这个问题/) });
  });

  it("leaves questions of a rejected file untouched and does not mutate its input", () => {
    expect(beta).toMatchObject({ answer: null, answerSource: null, rubric: [], titleEn: null });
    expect(parsed.bank.chapters[0]?.questions[1]?.answer).toBeNull();
    expect(parsed.bank.title).toBe("alpha");
  });
});
