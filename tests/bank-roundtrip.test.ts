import { describe, expect, it } from "vitest";
import { parseBank } from "@/lib/bank/parse";
import type { Bank } from "@/lib/bank/types";
import { generateBank, LAYOUTS, type ExpectedQuestion } from "./bank-generated";

// Property: a bank written in any supported layout, with random headings, separators,
// references sections, difficulty lines, code samples and shared titles, imports to exactly the
// questions and answers it was written with.
const SEEDS = Array.from({ length: 240 }, (_, i) => i + 1);

const parse = (text: string, bankId: string) => parseBank(text, { file: `${bankId}.md`, bankId, imageExists: () => true });
const imported = (bank: Bank): ExpectedQuestion[] =>
  bank.chapters.flatMap((c) =>
    c.questions.map((q) => ({ chapter: c.title, number: q.number, title: q.title, answer: q.answer, difficulty: q.difficulty })),
  );

describe("generated banks round-trip", () => {
  it("cover every layout", () => {
    const seen = new Set(SEEDS.map((s) => generateBank(s).layout));
    expect([...seen].sort()).toEqual([...LAYOUTS].sort());
  });

  it.each(SEEDS)("seed %i: same questions, answers and difficulties", (seed) => {
    const g = generateBank(seed);
    const { bank, warnings } = parse(g.text, g.bankId);
    expect(imported(bank), `${g.layout}\n${g.text}`).toEqual(g.expected);
    const ids = bank.chapters.flatMap((c) => c.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const w of warnings) expect(w.line, w.message).toBeGreaterThan(0);
  });

  it.each(LAYOUTS)("%s: ids stay when another question is listed", (layout) => {
    for (const seed of [3, 17, 29]) {
      const g = generateBank(seed, layout);
      const before = parse(g.text, g.bankId).bank;
      // A new last entry in the first chapter's TOC, with no answer.
      const lines = g.text.split("\n");
      const first = before.chapters[0]!.questions.at(-1)!;
      const at = lines.findIndex((l) => l.includes(first.title) && !/^(<h|#)/.test(l.trim())) + 1;
      const entry = layout === "plain" ? `99、新加的问题？` : `${layout === "nested-h2-h3" ? "  " : ""}- [99.新加的问题？](#99)`;
      lines.splice(at, 0, entry);
      const after = parse(lines.join("\n"), g.bankId).bank;
      const ids = (b: Bank) => new Map(b.chapters.flatMap((c) => c.questions.map((q) => [`${c.title}\n${q.title}`, q.id])));
      const now = ids(after);
      expect(now.size).toBe(ids(before).size + 1);
      for (const [key, id] of ids(before)) expect(now.get(key), key).toBe(id);
    }
  });
});
