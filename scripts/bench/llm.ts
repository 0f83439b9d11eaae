import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getBanks } from "../../lib/bank/load";
import { openDb } from "../../lib/db/client";
import { gradeAnswer } from "../../lib/grading";
import { judgeAnswer } from "../../lib/grading/judge";
import { mergeJudged } from "../../lib/grading/judged-merge";
import { runChat } from "../../lib/interview/chat";
import { spacedReview } from "../../lib/review/spaced-review";
import { gradeContext } from "../../lib/wiring/grade-context";
import { bankQuestions } from "../../lib/wiring/interview-deps";
import { createSession } from "../../lib/interview/service";
import { getLlm } from "../../lib/llm/client";
import { streamChat } from "../../lib/llm/stream";
import { requestVerdict } from "../../lib/llm/verdict";
import { percentile } from "../../lib/retrieval/metrics";
import { startFakeLlm } from "../fake-llm/server";

export interface Spread {
  p50: number;
  p95: number;
}

export interface LlmOverheadResult {
  rounds: number;
  /** From a chat action to the first streamed delta, minus the bare stream's own time to first token. */
  firstTokenOverhead: Spread;
  firstTokenBare: Spread;
  /** judgeAnswer minus a bare verdict request with the same prompt. */
  gradingOverhead: Spread;
  gradingBare: Spread;
}

const spread = (xs: number[]): Spread => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * What the app adds to the model's own time, against an instant fake OpenAI-compatible server
 * (real HTTP on 127.0.0.1): to the first streamed token of a chat action, and for grading.
 */
export async function llmOverheadBench(opts: { rounds?: number } = {}): Promise<LlmOverheadResult> {
  const rounds = Math.max(5, opts.rounds ?? 100);
  const fake = await startFakeLlm({ chunks: 8 });
  try {
    const llm = getLlm({ OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "fake-model", OPENAI_API_KEY: "sk-bench-not-a-key", LLM_TIMEOUT_MS: "10000", LLM_MAX_RETRIES: "0" });
    if (!llm) throw new Error("no llm");
    const questions = bankQuestions(getBanks());
    const bankId = getBanks().banks[0]!.id;
    const db = openDb(join(mkdtempSync(join(tmpdir(), "mi-bench-llm-")), "app.db"));
    const offline = (q: Parameters<typeof gradeAnswer>[0]["question"], a: string, o: { pointIds?: string[]; lang?: "zh" | "en" }) => gradeAnswer({ question: q, answer: a, ...o }, gradeContext(q, null));
    const deps = {
      db,
      questions,
      currentMode: () => ({ llm: true, dense: false, model: "fake-model" }),
      review: spacedReview,
      grader: { grade: (q: never, a: string) => judgeAnswer({ llm, wantsLlm: true, offline }, q, a, { lang: "zh" }), merge: mergeJudged },
    };
    const all = questions.list(bankId)!.filter((q) => q.answer && q.rubric.length);

    // Warm: every question's rubric compiled once, as on a server that has graded before.
    for (const q of all) await offline(q, q.answer!.slice(0, 600), { lang: "zh" });
    const firstToken: number[] = [];
    const bareFirst: number[] = [];
    const grading: number[] = [];
    const bareGrade: number[] = [];
    for (let i = 0; i < rounds + 5; i++) {
      const warm = i < 5;
      // Bare stream: the fake's own time to first token, through the same client.
      let t0 = process.hrtime.bigint();
      const s = streamChat(llm, { model: "fake-model", messages: [{ role: "user", content: "「题目」" }] });
      await s.next();
      const bare = ms(t0);
      for await (const _ of { [Symbol.asyncIterator]: () => s }) void _;
      const id = createSession(deps as never, { bankId, count: 1 });
      t0 = process.hrtime.bigint();
      for await (const ev of runChat(deps as never, { llm }, id, { action: "resume" }, {})) {
        if (ev.type === "delta") {
          if (!warm) (firstToken.push(ms(t0) - bare), bareFirst.push(bare));
          break;
        }
      }

      const q = all[i % all.length]!;
      const answer = q.answer!.slice(0, 600);
      t0 = process.hrtime.bigint();
      await requestVerdict(llm, { lang: "zh", question: q.title, points: q.rubric.map((p) => ({ id: p.id, statement: p.zh })), references: [], answer });
      const bareG = ms(t0);
      t0 = process.hrtime.bigint();
      await judgeAnswer({ llm, wantsLlm: true, offline }, q, answer, { lang: "zh" });
      if (!warm) (grading.push(ms(t0) - bareG), bareGrade.push(bareG));
    }
    db.close();
    return { rounds, firstTokenOverhead: spread(firstToken), firstTokenBare: spread(bareFirst), gradingOverhead: spread(grading), gradingBare: spread(bareGrade) };
  } finally {
    await fake.close();
  }
}
