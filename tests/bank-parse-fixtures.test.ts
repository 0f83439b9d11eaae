import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "@/lib/content/decode";
import { parseNumeral } from "@/lib/bank/numerals";
import { parseBank } from "@/lib/bank/parse";
import type { Bank } from "@/lib/bank/types";

const dir = "tests/fixtures/banks";
function load(name: string) {
  const file = `${dir}/${name}`;
  const decoded = decodeUtf8(readFileSync(file), file);
  const parsed = parseBank(decoded.text, { file, bankId: name.replace(/\.md$/, "") });
  return { ...parsed, warnings: [...decoded.warnings, ...parsed.warnings], file };
}
const questions = (bank: Bank) => bank.chapters.flatMap((c) => c.questions);
const warningAt = (ws: Array<{ line: number; message: string }>, line: number, re: RegExp) =>
  ws.some((w) => w.line === line && re.test(w.message));

describe("Chinese chapter numerals", () => {
  it.each([
    ["一", 1], ["九", 9], ["十", 10], ["十二", 12], ["二十", 20], ["二十一", 21], ["九十九", 99],
    ["一百零五", 105], ["两", 2], ["12", 12], ["１２", 12],
  ])("%s -> %i", (raw, n) => expect(parseNumeral(raw)).toBe(n));
  it("rejects what is not a numeral", () => expect(parseNumeral("甲")).toBeNull());
});

describe("irregular but valid bank", () => {
  const { bank, warnings, file } = load("irregular.md");
  const ch = (n: number) => bank.chapters.find((c) => c.number === n)!;

  it("reads chapters 一, 十二 and 二十一 with numbering restarting in each", () => {
    expect(bank.chapters.map((c) => c.number)).toEqual([1, 12, 21]);
    expect(bank.chapters.map((c) => c.questions.map((q) => q.number))).toEqual([[1, 2, 3], [1, 2], [1]]);
    expect(ch(12).topic).toBe("Beta(Long)：第二个主题");
  });

  it("attaches answers: link without '#', normalised title, number fallback, retitled chapter", () => {
    const [a1, a2, a3] = ch(1).questions;
    expect(a1?.answer).toMatch(/^Alpha 是第一个主题，\*\*加粗\*\*保留。/);
    expect(a1?.answerLine).toBe(20);
    expect(a2?.answer).toBe("$$\na = b^2\n$$");
    expect(warningAt(warnings, 28, /matched by chapter 1 number 2/)).toBe(true);
    expect(a3?.answer).toBeNull(); // heading with an empty body
    expect(warningAt(warnings, 34, /no answer text/)).toBe(true);
    expect(ch(12).questions[0]?.answer).toBe("Beta 的答案，$x_i$ 是行内公式。");
    expect(warningAt(warnings, 37, /chapter 12 is titled .* matched by number/)).toBe(true);
    expect(ch(12).questions[1]?.answer).toBeNull();
    expect(ch(21).questions[0]?.answer).toBeNull(); // chapter with no body at all
    expect(questions(bank).filter((q) => q.answerSource === "seed")).toHaveLength(3);
  });

  it("turns HTML image blocks into markdown and records which images exist", () => {
    const a1 = ch(1).questions[0]!;
    expect(a1.answer).toContain("![示意图](imgs/ok.png)");
    expect(a1.answer).not.toMatch(/<div|<img/);
    expect(a1.images).toEqual([
      { src: "imgs/ok.png", alt: "示意图", line: 23, exists: true },
      { src: "imgs/missing.png", alt: "", line: 26, exists: false },
    ]);
    expect(warningAt(warnings, 26, /image not found: imgs\/missing\.png/)).toBe(true);
    expect(warnings.every((w) => w.file === file)).toBe(true);
  });

  it("never treats a path outside the bank's folder as an existing image", () => {
    const text = readFileSync(`${dir}/irregular.md`, "utf8").replace("imgs/ok.png", "../banks/imgs/../../../package.json");
    const { bank: b } = parseBank(text, { file: `${dir}/irregular.md`, bankId: "x" });
    expect(b.chapters[0]?.questions[0]?.images?.[0]?.exists).toBe(false);
  });
});

describe("malformed banks give warnings with file and line, never a throw", () => {
  it("empty file", () => {
    const { bank, warnings, file } = load("empty.md");
    expect(bank.chapters).toEqual([]);
    expect(warnings).toEqual([{ file, line: 0, message: "file is empty" }]);
  });

  it("no table of contents: questions come from the body headings", () => {
    const { bank, warnings, file } = load("no-toc.md");
    expect(warnings[0]).toMatchObject({ file, line: 1 });
    expect(warnings[0]?.message).toMatch(/no table of contents/);
    expect(questions(bank).map((q) => [q.title, q.answer])).toEqual([
      ["只有正文的问题？", "只有正文的答案。"],
      ["第二个问题？", "第二个答案。"],
    ]);
  });

  it("duplicate questions in the TOC and a question answered twice", () => {
    const { bank, warnings } = load("duplicates.md");
    expect(questions(bank).map((q) => q.title)).toEqual(["重复的问题？", "另一个问题？"]);
    expect(warningAt(warnings, 4, /duplicate question \(same title as line 3\)/)).toBe(true);
    expect(warningAt(warnings, 13, /answered twice .*first at line 10/)).toBe(true);
    expect(questions(bank)[1]?.answer).toBe("第一次回答。");
  });

  it("a body heading or chapter with no TOC entry", () => {
    const { bank, warnings } = load("orphan-heading.md");
    expect(questions(bank).map((q) => q.answer)).toEqual(["答案。"]);
    expect(warningAt(warnings, 11, /no table-of-contents entry .*目录里没有的问题/)).toBe(true);
    expect(warningAt(warnings, 14, /matches no chapter of the TOC/)).toBe(true);
  });

  it("TOC entries above the first chapter: kept in a chapter named after the file, with a warning", () => {
    const { bank, warnings } = load("entry-without-chapter.md");
    expect(warningAt(warnings, 2, /entries come before the first chapter heading; read as chapter 0 "entry-without-chapter"/)).toBe(true);
    expect(bank.chapters.map((c) => [c.number, c.title])).toEqual([[0, "entry-without-chapter"], [1, "第一章 【Ok：正常】"]]);
    expect(questions(bank).map((q) => [q.title, q.answer])).toEqual([["没有章节的条目？", null], ["正常的问题？", "正常的答案。"]]);
  });

  it("a file that is not valid UTF-8 is decoded leniently and flagged at its line", () => {
    const bytes = readFileSync(`${dir}/not-utf8.md`);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const { bank, warnings, file } = load("not-utf8.md");
    expect(warnings).toContainEqual({ file, line: 7, message: expect.stringMatching(/not valid UTF-8/) });
    expect(questions(bank)[0]?.answer).toContain("\uFFFD");
  });

  it("garbage of every kind parses without throwing", () => {
    for (const text of ["\u0000\u0001", "---\n---", "<h2>1.x</h2>", "## 第章\n- [](", "- [1.a](#a)\n<h2>2.b</h2>\nb", "# 目录\n".repeat(50)]) {
      expect(() => parseBank(text, { file: "g.md", bankId: "g" })).not.toThrow();
    }
  });
});
