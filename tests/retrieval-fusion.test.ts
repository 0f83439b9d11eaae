import { describe, expect, it } from "vitest";
import { bestPerQuestion, reciprocalRankFusion } from "@/lib/retrieval/fusion";
import type { QuestionHit, UnitHit } from "@/lib/retrieval/types";

const hit = (questionId: string, unit: UnitHit["unit"] = "question", score = 1): QuestionHit => ({
  bankId: "b",
  questionId,
  unit,
  unitId: `${questionId}#${unit}`,
  text: `${questionId} ${unit}`,
  score,
  title: questionId,
});

describe("fusion", () => {
  it("keeps one hit per question, the best unit, in ranking order", () => {
    const units = [hit("a", "passage", 9), hit("b", "question", 8), hit("a", "question", 7)];
    expect(bestPerQuestion(units, new Map([["a", "A"]])).map((h) => [h.questionId, h.unit, h.title])).toEqual([
      ["a", "passage", "A"],
      ["b", "question", ""],
    ]);
  });

  it("ranks by summed reciprocal rank and keeps the unit from the side that ranked it higher", () => {
    const lexical = [hit("a", "question"), hit("b", "question"), hit("c", "question")];
    const dense = [hit("b", "passage"), hit("c", "point"), hit("a", "passage")];
    const fused = reciprocalRankFusion([lexical, dense], 60);
    expect(fused.map((h) => h.questionId)).toEqual(["b", "a", "c"]);
    expect(fused[0]?.unit).toBe("passage"); // b: dense placed it first
    expect(fused[1]?.unit).toBe("question"); // a: lexical placed it first
    expect(fused[0]?.score).toBeCloseTo(1 / 62 + 1 / 61);
  });

  it("lets a weight favour one side", () => {
    const lexical = [hit("a"), hit("b")];
    const dense = [hit("b"), hit("a")];
    expect(reciprocalRankFusion([lexical, dense], 60, [2, 1])[0]?.questionId).toBe("a");
    expect(reciprocalRankFusion([lexical, dense], 60, [1, 2])[0]?.questionId).toBe("b");
  });
});
