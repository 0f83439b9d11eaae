/**
 * Time per graded answer, warm (banks loaded, rubrics compiled, embedder resolved):
 *   npm run -s bench:grading [-- --lexical] [-- --rounds 3] [-- --file content/dev/grading-dev.jsonl]
 * Grades every dev-set answer once to warm up, then `rounds` more times, timing each call.
 * The code lives in scripts/bench/grading.ts, shared with `npm run bench`.
 */
import { gradingBench } from "./bench/grading";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

gradingBench({ file: opt("--file"), rounds: Number(opt("--rounds") ?? 3), lexical: args.includes("--lexical") }).then(
  (r) => {
    const f = (x: number) => x.toFixed(2);
    console.log(`grading bench: ${r.answers} answers x ${r.rounds} rounds, mode ${r.mode}, warm`);
    console.log(`p50_ms ${f(r.p50)}`);
    console.log(`p95_ms ${f(r.p95)}`);
    console.log(`mean_ms ${f(r.mean)}`);
    console.log(`max_ms ${f(r.max)}`);
  },
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
