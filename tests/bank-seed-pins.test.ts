import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBank } from "@/lib/bank/parse";

// Written from the parser as it was before the layouts of issue 12 were added (commit 3b1822c):
// every seed question's id, place and a hash of its exact answer. Authored content, stored
// progress and review cards are all keyed by these ids, so no parser change may move one.
const file = "content/banks/aigc-video-generation.md";
const pins = JSON.parse(readFileSync("tests/fixtures/banks/pins/aigc-video-generation.json", "utf8")) as Array<{
  id: string;
  chapter: number;
  number: number;
  topic: string;
  title: string;
  answerLine: number | null;
  answerSha256: string | null;
}>;
const sha = (s: string | null) => (s === null ? null : createHash("sha256").update(s).digest("hex"));

describe("the seed bank parses exactly as before", () => {
  const { bank } = parseBank(readFileSync(file, "utf8"), { file, bankId: "aigc-video-generation" });
  const now = bank.chapters.flatMap((c) =>
    c.questions.map((q) => ({
      id: q.id,
      chapter: q.chapter,
      number: q.number,
      topic: c.topic,
      title: q.title,
      answerLine: q.answerLine,
      answerSha256: sha(q.answer),
    })),
  );

  it("pins 55 questions, 19 with a seed answer", () => {
    expect(pins).toHaveLength(55);
    expect(pins.filter((p) => p.answerSha256 !== null)).toHaveLength(19);
  });

  it("keeps every id, title, place and answer byte for byte", () => {
    expect(now).toEqual(pins);
  });

  it("sets no difficulty from the seed text (the seed has no 难度评分 line)", () => {
    expect(bank.chapters.flatMap((c) => c.questions).every((q) => q.difficulty === null)).toBe(true);
  });
});
