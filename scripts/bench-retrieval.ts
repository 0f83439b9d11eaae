/**
 * Retrieval benchmark, one run, printed as tables (not a test):
 *   npm run bench:retrieval [-- --n 10000] [-- --skip-scale]
 * 1. Dev set (content/dev/retrieval-dev.jsonl): ours lexical (and hybrid when the embedding model
 *    loads) against MiniSearch with its default tokenizer and with our jieba tokenizer:
 *    recall@1/@5, MRR, index build time, per-query latency p50/p95.
 * 2. Scaling on a generated bank of N questions (default 10,000): index build time, memory
 *    (heap and RSS growth) and query latency, each engine measured in its own child process so
 *    memory figures do not mix. The dense row times exact search over random 384-d vectors
 *    (the size of multilingual-e5-small's), embedding excluded.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { loadBanks } from "../lib/bank/load";
import type { Bank } from "../lib/bank/types";
import { DenseIndex } from "../lib/retrieval/dense-index";
import { loadDevSet } from "../lib/retrieval/dev-set";
import { LexicalIndex } from "../lib/retrieval/lexical";
import { percentile, rankMetrics } from "../lib/retrieval/metrics";
import type { QuestionHit, RetrievalUnit } from "../lib/retrieval/types";
import { buildUnits } from "../lib/retrieval/units";
import { miniSearchEngine } from "./lib/minisearch-engine";
import { syntheticBank } from "./lib/synthetic-bank";
import { cliRetriever } from "./lib/cli-retriever";
import { renderTable } from "./lib/table";

type Search = (query: string) => Promise<QuestionHit[]> | QuestionHit[];
const ENGINES = ["ours-lexical", "minisearch-default", "minisearch-jieba", "dense-384"] as const;
type Engine = (typeof ENGINES)[number];

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

function titlesOf(banks: Bank[]): Map<string, string> {
  return new Map(banks.flatMap((b) => b.chapters.flatMap((c) => c.questions.map((q) => [q.id, q.title] as const))));
}

function build(engine: Engine, units: RetrievalUnit[], titles: Map<string, string>): Search {
  if (engine === "ours-lexical") {
    const idx = LexicalIndex.build(units);
    return (q) => idx.searchQuestions(q, titles, { limit: 50 });
  }
  if (engine === "dense-384") {
    let seed = 1;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const unitVector = () => {
      const v = Float32Array.from({ length: 384 }, rand);
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    };
    const idx = DenseIndex.build(units, new Map(units.map((u) => [u.id, unitVector()])), "random-384");
    return () => idx.searchQuestions(unitVector(), titles, { limit: 50 });
  }
  const ms = miniSearchEngine(units, titles, engine === "minisearch-default" ? "default" : "jieba");
  return (q) => ms.search(q);
}

async function timeQueries(search: Search, queries: string[]): Promise<{ lat: number[]; results: QuestionHit[][] }> {
  const lat: number[] = [];
  const results: QuestionHit[][] = [];
  for (const q of queries) {
    const t = performance.now();
    results.push(await search(q));
    lat.push(performance.now() - t);
  }
  return { lat, results };
}

async function devSetTable(): Promise<void> {
  const { banks } = loadBanks();
  const titles = titlesOf(banks);
  const units = buildUnits(banks);
  const dev = loadDevSet(banks);
  const queries = dev.map((d) => d.query);
  const rows: string[][] = [];
  const add = async (name: string, buildMs: number, search: Search) => {
    await timeQueries(search, queries.slice(0, 5)); // warm-up: jieba, JIT
    const { lat, results } = await timeQueries(search, queries);
    const ranks = results.map((hits, i) => {
      const r = hits.findIndex((h) => h.questionId === dev[i]?.expectedId);
      return r < 0 ? null : r + 1;
    });
    const m = rankMetrics(ranks);
    rows.push([name, buildMs.toFixed(0), m.recallAt1.toFixed(3), m.recallAt5.toFixed(3), m.mrr.toFixed(3), percentile(lat, 50).toFixed(2), percentile(lat, 95).toFixed(2)]);
  };
  for (const engine of ["ours-lexical", "minisearch-default", "minisearch-jieba"] as const) {
    const t = performance.now();
    const search = build(engine, units, titles);
    await add(engine, performance.now() - t, search);
  }
  const retriever = cliRetriever(banks);
  const t = performance.now();
  await retriever.startIndexing();
  const st = retriever.status();
  if (st.mode === "hybrid") {
    const ms = performance.now() - t;
    await add(`ours-dense (${st.model})`, ms, (q) => retriever.retrieve(q, { k: 50, mode: "dense" }).then((r) => r.hits));
    await add(`ours-hybrid (${st.model})`, ms, (q) => retriever.retrieve(q, { k: 50, mode: "hybrid" }).then((r) => r.hits));
  }
  console.log(`\nDev set: ${dev.length} queries over ${titles.size} questions (${units.length} units); question-level ranks`);
  if (st.mode !== "hybrid") console.log(`(hybrid not measured: ${st.reason})`);
  console.log(renderTable(["engine", "build ms", "R@1", "R@5", "MRR", "p50 ms", "p95 ms"], rows));
}

/** In a child process: build one engine over the synthetic bank and report JSON on stdout. */
async function scaleChild(engine: Engine, n: number): Promise<void> {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const { banks } = loadBanks();
  const bank = syntheticBank(banks, n);
  const titles = titlesOf([bank]);
  const dev = loadDevSet(banks).map((d) => d.query);
  gc();
  const before = process.memoryUsage();
  const t = performance.now();
  const units = buildUnits([bank]);
  const search = build(engine, units, titles);
  const buildMs = performance.now() - t;
  gc();
  const after = process.memoryUsage();
  await timeQueries(search, dev.slice(0, 5));
  const { lat } = await timeQueries(search, [...dev, ...dev]);
  process.stdout.write(
    JSON.stringify({
      engine,
      units: units.length,
      buildMs,
      heapMB: (after.heapUsed - before.heapUsed) / 2 ** 20,
      rssMB: (after.rss - before.rss) / 2 ** 20,
      p50: percentile(lat, 50),
      p95: percentile(lat, 95),
    }),
  );
}

async function scaleTable(n: number): Promise<void> {
  const run = promisify(execFile);
  const rows: string[][] = [];
  for (const engine of ENGINES) {
    console.error(`scaling: ${engine} on ${n} questions…`);
    const { stdout } = await run(join("node_modules", ".bin", "tsx"), ["scripts/bench-retrieval.ts", "--child", engine, "--n", String(n)], {
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(stdout) as { units: number; buildMs: number; heapMB: number; rssMB: number; p50: number; p95: number };
    rows.push([engine, String(r.units), (r.buildMs / 1000).toFixed(2), r.heapMB.toFixed(0), r.rssMB.toFixed(0), r.p50.toFixed(2), r.p95.toFixed(2)]);
  }
  console.log(`\nScaling: generated bank of ${n} questions (${rows[0]?.[1]} units); latency over the dev queries, twice`);
  console.log(renderTable(["engine", "units", "build s", "heap +MB", "RSS +MB", "p50 ms", "p95 ms"], rows));
}

async function main(): Promise<void> {
  const n = Number(flag("--n") ?? 10_000);
  const child = flag("--child");
  if (child) return scaleChild(child as Engine, n);
  console.log(`Retrieval benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
  await devSetTable();
  if (!args.includes("--skip-scale")) await scaleTable(n);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
