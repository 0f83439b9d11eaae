import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { questionsOfBank } from "@/lib/bank/bank-questions";
import { findQuestionByTitle, getBanks } from "@/lib/bank/load";
import { gradeAnswer } from "@/lib/grading";
import { judgeAnswer } from "@/lib/grading/judge";
import { startFakeLlm, type FakeLlm, type GraderPersona } from "@/scripts/fake-llm/server";
import { llmFor } from "./support/llm";

// The dev adversarial set, graded through a grader that marks everything covered: the offline
// guards and the evidence rules must hold every answer at its ceiling. (All dev and eval rows
// with a ceiling are measured by scripts/eval-gullible.ts; this test is the dev set's promise.)
const rowSchema = z.object({ question: z.string(), answer: z.string(), kind: z.string(), ceiling: z.number() });
const files = readdirSync("content/dev").filter((f) => f.includes("adversarial") && f.endsWith(".jsonl")).map((f) => join("content/dev", f));
const rows = files.flatMap((f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => rowSchema.safeParse(JSON.parse(l)))
    .filter((r) => r.success)
    .map((r) => ({ ...r.data, file: f })),
);

let fake: FakeLlm;
beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(() => fake.close());

describe.each<GraderPersona>(["gullible-real", "gullible-invented"])("a %s LLM grader", (persona) => {
  it(`cannot lift any of the ${rows.length} junk answers above its ceiling`, async () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    fake.configure({ grader: persona });
    const llm = llmFor(fake.url, { LLM_TIMEOUT_MS: "10000" });
    const loaded = getBanks();
    const over: string[] = [];
    for (const r of rows) {
      const q = findQuestionByTitle(r.question, loaded);
      if (!q) throw new Error(`unknown question in ${r.file}: ${r.question}`);
      const g = await judgeAnswer(
        { llm, wantsLlm: true, offline: (qq, a, o) => gradeAnswer({ question: qq, answer: a, ...o }, { embedder: null, questions: questionsOfBank(loaded, qq.bankId) }) },
        q,
        r.answer,
        {},
      );
      if (g.score > r.ceiling) over.push(`${r.file} ${r.kind} ${g.score} > ${r.ceiling} (${g.grader}): ${r.answer.slice(0, 50)}`);
    }
    expect(over).toEqual([]);
  }, 300_000);
});
