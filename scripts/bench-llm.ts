/**
 * What the app adds to the model's own time, against an instant fake OpenAI-compatible server
 * (real HTTP on 127.0.0.1): npm run -s bench:llm [-- --rounds 100]
 * - first token: from a chat action ("resume" on a freshly planned session) to the first streamed
 *   delta, minus a bare streamChat's own time to first token against the same server;
 * - grading: judgeAnswer (offline guard grader + references + verify + combine) minus a bare
 *   verdict request with the same prompt.
 * Prints p50/p95 of each overhead. Target: ≤ 30 ms p95.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getBanks } from "../lib/bank/load";
import { openDb } from "../lib/db/client";
import { gradeAnswer } from "../lib/grading";
import { judgeAnswer } from "../lib/grading/judge";
import { mergeJudged } from "../lib/grading/judged-merge";
import { runChat } from "../lib/interview/chat";
import { spacedReview } from "../lib/review/spaced-review";
import { gradeContext } from "../lib/wiring/grade-context";
import { bankQuestions } from "../lib/wiring/interview-deps";
import { createSession } from "../lib/interview/service";
import { getLlm } from "../lib/llm/client";
import { streamChat } from "../lib/llm/stream";
import { requestVerdict } from "../lib/llm/verdict";
import { percentile } from "../lib/retrieval/metrics";
import { startFakeLlm } from "./fake-llm/server";

const rounds = Math.max(5, Number(process.argv[process.argv.indexOf("--rounds") + 1] || 100));
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function main() {
  const fake = await startFakeLlm({ chunks: 8 });
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
  const row = (name: string, xs: number[]) => `${name.padEnd(34)} p50 ${percentile(xs, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(xs, 95).toFixed(2).padStart(7)} ms`;
  console.log(`LLM overhead against an instant fake, ${rounds} rounds (node ${process.version})`);
  console.log(row("first token: app overhead", firstToken));
  console.log(row("first token: fake's own (bare)", bareFirst));
  console.log(row("grading: app overhead", grading));
  console.log(row("grading: fake's own (bare)", bareGrade));
  await fake.close();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
