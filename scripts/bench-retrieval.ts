/**
 * Retrieval benchmark, one run, printed as tables (not a test):
 *   npm run bench:retrieval [-- --n 10000] [-- --skip-scale]
 * 1. Dev sets (content/dev/retrieval-dev*.jsonl): ours lexical (and dense and hybrid when the
 *    embedding model loads) against MiniSearch with its default tokenizer and with our jieba
 *    tokenizer: recall@1/@5, MRR, index build time, per-query latency p50/p95.
 * 2. Scaling on a generated bank of N questions (default 10,000): index build time, memory
 *    (heap and RSS growth) and query latency, each engine in its own child process.
 * The code lives in scripts/bench/retrieval.ts, shared with `npm run bench`.
 */
import { renderTable } from "./lib/table";
import { devSets, devSetBench, scaleBench } from "./bench/retrieval";

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

async function main(): Promise<void> {
  console.log(`Retrieval benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
  for (const file of devSets()) {
    const r = await devSetBench(file);
    console.log(`\n${file}: ${r.queries} queries over ${r.questions} questions (${r.units} units); question-level ranks`);
    if (r.denseSkipped) console.log(`(dense and hybrid not measured: ${r.denseSkipped})`);
    const f = (x: number, d = 2) => x.toFixed(d);
    console.log(renderTable(["engine", "build ms", "R@1", "R@5", "MRR", "p50 ms", "p95 ms"], r.rows.map((x) => [x.engine, f(x.buildMs, 0), f(x.r1, 3), f(x.r5, 3), f(x.mrr, 3), f(x.p50), f(x.p95)])));
  }
  if (args.includes("--skip-scale")) return;
  const n = Number(flag("--n") ?? 10_000);
  const s = await scaleBench(n, { onEngine: (e) => console.error(`scaling: ${e} on ${n} questions…`) });
  console.log(`\nScaling: generated bank of ${n} questions (${s.rows[0]?.units} units); latency over the dev queries, twice`);
  console.log(renderTable(["engine", "units", "build s", "heap +MB", "RSS +MB", "p50 ms", "p95 ms"], s.rows.map((r) => [r.engine, String(r.units), (r.buildMs / 1000).toFixed(2), r.heapMB.toFixed(0), r.rssMB.toFixed(0), r.p50.toFixed(2), r.p95.toFixed(2)])));
  for (const f of s.failed) console.log(`${f.engine}: ${f.error}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
