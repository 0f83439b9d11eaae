import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/bank/types";
import { grade, questions } from "./grading-helpers";

/**
 * A candidate who recites the reference answer has answered completely: every key point
 * covered (so the interviewer asks no follow-up) and a score near 10. The reference is markdown
 * with LaTeX, list items, bold lead-ins and, for seed answers, the authored supplement that
 * corrects them, which is exactly what exercises the grader's normalisation.
 */
function referenceText(q: Question): string {
  return [q.answer, q.supplement].filter((s): s is string => Boolean(s?.trim())).join("\n\n");
}

const graded = questions.filter((q) => q.rubric.length > 0 && referenceText(q));

describe("the reference answer graded as a candidate's reply", () => {
  it("exists for every question of the bank", () => {
    expect(graded.length).toBe(questions.length);
    expect(graded.length).toBeGreaterThanOrEqual(55);
  });

  it.each(graded.map((q) => [`ch${q.chapter} q${q.number} ${q.title.slice(0, 24)}`, q] as const))("%s: complete", async (_, q) => {
    const g = await grade(q, referenceText(q));
    const notCovered = g.points.filter((p) => p.status !== "covered").map((p) => `${p.id} (${p.status}, sim ${p.similarity})`);
    expect(notCovered, "key points not covered").toEqual([]);
    expect(g.misconceptions.map((m) => m.pointId), "misconceptions asserted").toEqual([]);
    expect(g.flags).toEqual([]);
    expect(g.score).toBeGreaterThanOrEqual(9);
  });
});
