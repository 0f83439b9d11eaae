/**
 * Load: simulated candidates against `next start`, with the fake LLM streaming (loopback only,
 * bounded in count and time):
 *   npm run -s load [-- --clients 50] [-- --questions 5] [-- --max-seconds 300] [-- --json]
 * Each candidate starts a session, lets the first question stream, and answers until the
 * interview ends (follow-ups included). Prints requests, errors, p50/p95/p99 per route, time to
 * the first streamed token, and the server's peak RSS. Builds into .next-bench (BENCH_DIST_DIR)
 * when that build is missing or older than the sources. The rate limiter is off for the run:
 * this measures the app, not the limiter. The code lives in scripts/bench/load.ts.
 */
import { runLoad } from "./bench/load";

const argv = process.argv.slice(2);
const opt = (n: string, d: number) => (argv.includes(n) ? Number(argv[argv.indexOf(n) + 1]) : d);

runLoad({ clients: opt("--clients", 50), questions: opt("--questions", 5), maxSeconds: opt("--max-seconds", 300) }).then(
  (r) => {
    if (argv.includes("--json")) console.log(JSON.stringify(r));
    else {
      console.log(`${r.clients} candidates × ${r.questions} questions: ${r.requests} requests in ${r.wallSeconds.toFixed(1)} s, ${r.errors} errors, ${r.finished} of ${r.clients} interviews finished, ${r.llmCalls} LLM calls, server peak RSS ${r.peakRssMb.toFixed(0)} MB`);
      for (const x of r.rows) console.log(`${x.route.padEnd(36)} n=${String(x.n).padStart(4)}  p50 ${x.p50.toFixed(0).padStart(6)} ms  p95 ${x.p95.toFixed(0).padStart(6)} ms  p99 ${x.p99.toFixed(0).padStart(6)} ms`);
      for (const e of r.errorSamples) console.log(`error: ${e}`);
    }
    if (r.errors) process.exitCode = 1;
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
