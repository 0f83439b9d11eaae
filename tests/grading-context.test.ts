import { describe, expect, it } from "vitest";
import { resolveContext } from "@/lib/grading/context";
import { gradeAnswer } from "@/lib/grading";
import { DDPM, question, questions } from "./grading-helpers";

// The grader reaches for no model itself: it uses the one it is handed (lib/wiring/interview-deps.ts
// hands in the loaded model for a session that started dense), and grades lexically without.
const fake = { model: "fake", embed: async (texts: string[]) => texts.map(() => new Float32Array([1, 0])) };

describe("the grader's embedder", () => {
  it("is none unless handed in: the grade is lexical, at once", async () => {
    const q = question(DDPM);
    expect((await resolveContext(q, { questions })).embedder).toBeNull();
    const g = await gradeAnswer({ question: q, answer: "DDPM 前向过程逐步加噪，反向过程逐步去噪。" }, { questions });
    expect(g.mode).toBe("lexical");
  });

  it("is the one handed in", async () => {
    const { embedder } = await resolveContext(question(DDPM), { questions, embedder: fake });
    expect(embedder).toBe(fake);
  });
});
