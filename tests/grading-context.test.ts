import { describe, expect, it, vi } from "vitest";

// The model is still loading (a download that never ends): the grader must not wait for it.
const fake = { model: "fake", embed: async (texts: string[]) => texts.map(() => new Float32Array([1, 0])) };
let loaded: typeof fake | null = null;
vi.mock("@/lib/retrieval/embedder", () => ({
  getEmbedder: () => new Promise(() => {}),
  peekEmbedder: () => loaded,
}));

const { resolveContext } = await import("@/lib/grading/context");
const { gradeAnswer } = await import("@/lib/grading");
const { question, questions, DDPM } = await import("./grading-helpers");

describe("the grader's embedder", () => {
  it("is not awaited while loading: the first grade is lexical, at once", async () => {
    const q = question(DDPM);
    const ctx = await Promise.race([resolveContext(q, { questions }), new Promise((r) => setTimeout(() => r("waited"), 500))]);
    expect(ctx).not.toBe("waited");
    const g = await gradeAnswer({ question: q, answer: "DDPM 前向过程逐步加噪，反向过程逐步去噪。" }, { questions });
    expect(g.mode).toBe("lexical");
  });

  it("is used once it is loaded", async () => {
    loaded = fake;
    const { embedder } = await resolveContext(question(DDPM), { questions });
    expect(embedder).toBe(fake);
    loaded = null;
  });
});
