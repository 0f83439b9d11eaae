/**
 * Time per graded answer, warm (banks loaded, rubrics compiled, embedder resolved):
 *   npm run -s bench:grading [-- --lexical] [-- --rounds 3] [-- --file content/dev/grading-dev.jsonl]
 * Grades every dev-set answer once to warm up, then `rounds` more times, timing each call.
 */
import { findQuestionByTitle, getBanks } from "../lib/bank/load";
import { DEV_SET_PATH, readDevSet } from "../lib/grading/dev-set";
import { gradeAnswer } from "../lib/grading";
import { getEmbedder } from "../lib/retrieval/embedder";
import { percentile } from "../lib/retrieval/metrics";
import { gradeContext } from "../lib/wiring/grade-context";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = opt("--file") ?? DEV_SET_PATH;
const rounds = Math.max(1, Number(opt("--rounds") ?? 3));
// The grader only uses a model that is already loaded; a batch run loads it first (null when unavailable).
const ctxReady = args.includes("--lexical") ? Promise.resolve({ embedder: null }) : getEmbedder().then((embedder) => ({ embedder }));

async function main() {
  const ctx = await ctxReady;
  const loaded = getBanks();
  const items = readDevSet(file).map((r) => {
    const question = findQuestionByTitle(r.question, loaded);
    if (!question) throw new Error(`unknown question: ${r.question}`);
    return { question, answer: r.answer };
  });
  let mode = "";
  for (const it of items) mode = (await gradeAnswer(it, gradeContext(it.question, ctx.embedder))).mode; // warm-up: caches, jieba, embedder

  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const it of items) {
      const t0 = performance.now();
      await gradeAnswer(it, gradeContext(it.question, ctx.embedder));
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, x) => s + x, 0) / times.length;
  const f = (x: number) => x.toFixed(2);
  console.log(`grading bench: ${items.length} answers x ${rounds} rounds, mode ${mode}, warm`);
  console.log(`p50_ms ${f(percentile(times, 50))}`);
  console.log(`p95_ms ${f(percentile(times, 95))}`);
  console.log(`mean_ms ${f(mean)}`);
  console.log(`max_ms ${f(times.at(-1) ?? 0)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
