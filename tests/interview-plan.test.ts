import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/bank/types";
import { planQuestions, type QuestionHistory } from "@/lib/interview/plan";
import { sessionConfigSchema } from "@/lib/interview/types";
import { spacedReview } from "@/lib/review/spaced-review";

const q = (id: string, chapter: number, difficulty: 1 | 2 | 3 | null = 2, rubric = 3, answer: string | null = "a"): Question => ({
  id,
  bankId: "b",
  chapter,
  number: 1,
  title: id,
  titleEn: null,
  answer,
  answerSource: answer ? "seed" : null,
  answerLine: 1,
  supplement: null,
  citations: [],
  rubric: Array.from({ length: rubric }, (_, i) => ({
    id: `p${i}`, weight: 1, zh: "", en: "", terms: [], misconceptions: [], followUps: [], passage: "",
  })),
  difficulty,
  tags: [],
});
// "e" has neither rubric nor answer: nothing to grade against.
const bank = [q("a", 1, 1), q("b", 1, 2), q("c", 2, 3), q("d", 2, 2), q("e", 3, 2, 0, null)];
const cfg = (over: object) => sessionConfigSchema.parse({ bankId: "b", count: 10, ...over });
const NOW = Date.parse("2026-11-29T12:00:00Z");
const hist = (entries: Array<[string, number, string]>) =>
  new Map<string, QuestionHistory>(entries.map(([id, s, at]) => [id, { questionId: id, attempts: 1, lastScore: s, lastAt: at }]));

describe("planQuestions", () => {
  it("filters by chapter and difficulty, and leaves out questions with nothing to grade against", () => {
    expect(planQuestions(bank, cfg({}), new Map(), NOW, spacedReview.schedule)).toEqual(["a", "b", "c", "d"]);
    // A new bank without authored rubrics can still be practised: graded against its answers.
    expect(planQuestions([...bank, q("f", 4, 2, 0)], cfg({ chapters: [4] }), new Map(), NOW, spacedReview.schedule)).toEqual(["f"]);
    expect(planQuestions(bank, cfg({ chapters: [2] }), new Map(), NOW, spacedReview.schedule)).toEqual(["c", "d"]);
    expect(planQuestions(bank, cfg({ difficulty: [2] }), new Map(), NOW, spacedReview.schedule)).toEqual(["b", "d"]);
    expect(planQuestions(bank, cfg({ count: 2 }), new Map(), NOW, spacedReview.schedule)).toEqual(["a", "b"]);
  });

  it("puts never-seen questions first, then the least recently seen", () => {
    const h = hist([["a", 9, "2026-11-20T00:00:00Z"], ["b", 3, "2026-11-10T00:00:00Z"]]);
    expect(planQuestions(bank, cfg({ order: "new-first" }), h, NOW, spacedReview.schedule)).toEqual(["c", "d", "b", "a"]);
  });

  it("puts the weakest last scores first", () => {
    const h = hist([["a", 9, "2026-11-20T00:00:00Z"], ["c", 2, "2026-11-20T00:00:00Z"], ["d", 6, "2026-11-20T00:00:00Z"]]);
    expect(planQuestions(bank, cfg({ order: "weakest-first" }), h, NOW, spacedReview.schedule)).toEqual(["c", "d", "a", "b"]);
  });

  it("puts overdue questions first, then new ones, then those not yet due", () => {
    const h = hist([
      ["a", 9.5, "2026-11-28T00:00:00Z"], // due in weeks
      ["b", 2, "2026-11-20T00:00:00Z"], // overdue by days
      ["c", 5, "2026-11-28T00:00:00Z"], // due tomorrow-ish
    ]);
    expect(planQuestions(bank, cfg({ order: "due" }), h, NOW, spacedReview.schedule)).toEqual(["b", "d", "c", "a"]);
  });

  it("shuffles with the given random source", () => {
    const seq = [0.9, 0.1, 0.5];
    let i = 0;
    const random = () => seq[i++ % seq.length] as number;
    const out = planQuestions(bank, cfg({ order: "random" }), new Map(), NOW, spacedReview.schedule, random);
    expect([...out].sort()).toEqual(["a", "b", "c", "d"]);
    expect(out).not.toEqual(["a", "b", "c", "d"]);
  });
});
