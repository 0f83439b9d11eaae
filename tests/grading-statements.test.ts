import { describe, expect, it } from "vitest";
import { questionsOfBank } from "@/lib/bank/bank-questions";
import { findQuestionByTitle, getBanks } from "@/lib/bank/load";
import { gradeAnswer } from "@/lib/grading";
import { probeStatements, readProbes, PROBES_DEV_PATH, PROBES_EVAL_PATH } from "@/lib/grading/probes";

// Single sentences graded as replies (content/dev: written beside the grader; content/eval:
// written blind by another engineer, never tuned on).
describe("authored cues", () => {
  it("every misconception names the subject it is asserted of", () => {
    const missing = getBanks()
      .banks.flatMap((b) => b.chapters.flatMap((c) => c.questions))
      .flatMap((q) => q.rubric.flatMap((p) => p.misconceptions.filter((m) => !m.subject?.trim()).map((m) => `${q.id} ${p.id}: ${m.zh}`)));
    expect(missing).toEqual([]);
  });
});

describe("statement probes", () => {
  it("dev: no correct statement is flagged and every wrong one is", async () => {
    const results = await probeStatements(readProbes(PROBES_DEV_PATH));
    expect(results.filter((r) => r.correct && r.flagged).map((r) => `${r.line}: ${r.statement} → ${r.findings.join("; ")}`)).toEqual([]);
    expect(results.filter((r) => !r.correct && !r.flagged).map((r) => `${r.line}: ${r.statement}`)).toEqual([]);
  }, 60_000);

  it("eval: no correct statement is flagged as a wrong claim", async () => {
    const results = await probeStatements(readProbes(PROBES_EVAL_PATH));
    expect(results.filter((r) => r.correct).length).toBeGreaterThan(0);
    expect(results.filter((r) => r.correct && r.flagged).map((r) => `${r.line}: ${r.statement} → ${r.findings.join("; ")}`)).toEqual([]);
  }, 60_000);

  it("a wrong number next to a key term is shown with the reference passage it contradicts", async () => {
    const q = findQuestionByTitle("请讲一讲CLIP模型的原理及其应用场景？", getBanks());
    if (!q) throw new Error("CLIP question missing");
    const g = await gradeAnswer({ question: q, answer: "CLIP 在大约 400K 个图文对上训练。" }, { embedder: null, questions: questionsOfBank(getBanks(), q.bankId) });
    expect(g.misconceptions.map((m) => m.kind)).toEqual(["number"]);
    expect(g.misconceptions[0]?.passage).toContain("4 亿");
    expect(g.feedback).toContain("参考答案：「");
    const right = await gradeAnswer({ question: q, answer: "ALIGN 用了 18 亿图文对，CLIP 用了 4 亿图文对。" }, { embedder: null, questions: questionsOfBank(getBanks(), q.bankId) });
    expect(right.misconceptions).toEqual([]);
  }, 60_000);
});
