/**
 * What the app adds to the model's own time, against an instant fake OpenAI-compatible server
 * (real HTTP on 127.0.0.1): npm run -s bench:llm [-- --rounds 100]
 * - first token: from a chat action ("resume" on a freshly planned session) to the first streamed
 *   delta, minus a bare streamChat's own time to first token against the same server;
 * - grading: judgeAnswer (offline guard grader + references + verify + combine) minus a bare
 *   verdict request with the same prompt.
 * Prints p50/p95 of each overhead. Target: ≤ 30 ms p95. Code: scripts/bench/llm.ts.
 */
import { llmOverheadBench, type Spread } from "./bench/llm";

const i = process.argv.indexOf("--rounds");
llmOverheadBench({ rounds: i > 0 ? Number(process.argv[i + 1]) : 100 }).then(
  (r) => {
    const row = (name: string, s: Spread) => `${name.padEnd(34)} p50 ${s.p50.toFixed(2).padStart(7)} ms   p95 ${s.p95.toFixed(2).padStart(7)} ms`;
    console.log(`LLM overhead against an instant fake, ${r.rounds} rounds (node ${process.version})`);
    console.log(row("first token: app overhead", r.firstTokenOverhead));
    console.log(row("first token: fake's own (bare)", r.firstTokenBare));
    console.log(row("grading: app overhead", r.gradingOverhead));
    console.log(row("grading: fake's own (bare)", r.gradingBare));
    process.exit(0);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
