import { describe, expect, it } from "vitest";
import { pairwiseAccuracy, ranks, spearman } from "@/lib/grading/eval-metrics";
import { readDevSet } from "@/lib/grading/dev-set";

describe("evaluation metrics", () => {
  it("ranks ties by their average rank", () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });

  it("spearman is 1 for any monotone map and -1 for a reversal", () => {
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 16])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
  });

  it("pairwise accuracy counts same-group pairs with a label gap, ties as half", () => {
    const rows = [
      { group: "a", label: 9, score: 8 },
      { group: "a", label: 5, score: 8 },
      { group: "a", label: 1, score: 2 },
      { group: "b", label: 0, score: 9 },
    ];
    expect(pairwiseAccuracy(rows)).toEqual({ accuracy: 2.5 / 3, pairs: 3 });
  });
});

describe("the public dev set", () => {
  it("has at least 72 labelled answers over at least 12 questions, ceilings on adversarial kinds", () => {
    const rows = readDevSet();
    expect(rows.length).toBeGreaterThanOrEqual(72);
    expect(new Set(rows.map((r) => r.question)).size).toBeGreaterThanOrEqual(12);
    for (const r of rows.filter((x) => ["term-list", "injection", "empty", "dont-know", "repeat-question", "filler"].includes(x.kind))) {
      expect(r.ceiling, `${r.kind}: ${r.answer.slice(0, 20)}`).toBeDefined();
    }
  });
});
