import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { loadBanks } from "../../lib/bank/load";
import type { Bank } from "../../lib/bank/types";
import { DenseIndex } from "../../lib/retrieval/dense-index";
import { DEV_SET_PATH, loadDevSet } from "../../lib/retrieval/dev-set";
import { LexicalIndex } from "../../lib/retrieval/lexical";
import { percentile, rankMetrics } from "../../lib/retrieval/metrics";
import type { QuestionHit, RetrievalUnit } from "../../lib/retrieval/types";
import { buildUnits } from "../../lib/retrieval/units";
import { cliRetriever } from "../lib/cli-retriever";
import { miniSearchEngine } from "../lib/minisearch-engine";
import { syntheticBank } from "../lib/synthetic-bank";

type Search = (query: string) => Promise<QuestionHit[]> | QuestionHit[];
export const SCALE_ENGINES = ["ours-lexical", "minisearch-default", "minisearch-jieba", "dense-384"] as const;
export type ScaleEngine = (typeof SCALE_ENGINES)[number];

/**
 * The public dev sets retrieval is measured on: every content/dev/retrieval-dev*.jsonl, the
 * first one first. content/eval is never read by a benchmark.
 */
export function devSets(dir = "content/dev"): string[] {
  const first = "retrieval-dev.jsonl";
  const names = readdirSync(dir).filter((f) => /^retrieval-dev.*\.jsonl$/.test(f));
  return names.sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b))).map((f) => `${dir}/${f}`);
}

export function titlesOf(banks: Bank[]): Map<string, string> {
  return new Map(banks.flatMap((b) => b.chapters.flatMap((c) => c.questions.map((q) => [q.id, q.title] as const))));
}

function build(engine: ScaleEngine, units: RetrievalUnit[], titles: Map<string, string>): Search {
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

export interface DevRow {
  engine: string;
  buildMs: number;
  r1: number;
  r5: number;
  mrr: number;
  p50: number;
  p95: number;
}

export interface DevSetResult {
  file: string;
  queries: number;
  questions: number;
  units: number;
  rows: DevRow[];
  /** Why the dense and hybrid rows are missing, when they are. */
  denseSkipped: string | null;
}

/**
 * One dev set: ours lexical (and dense and hybrid with whatever embedding model the environment
 * names) against MiniSearch with its default tokenizer and with our jieba tokenizer, on the same
 * queries and units: recall@1/@5, MRR, index build time, per-query latency.
 */
export async function devSetBench(file: string = DEV_SET_PATH): Promise<DevSetResult> {
  if (!file.replace(/\\/g, "/").includes("content/dev/")) throw new Error(`benchmarks measure on content/dev only, not ${file}`);
  const { banks } = loadBanks();
  const titles = titlesOf(banks);
  const units = buildUnits(banks);
  const dev = loadDevSet(banks, file);
  const queries = dev.map((d) => d.query);
  const rows: DevRow[] = [];
  const add = async (engine: string, buildMs: number, search: Search) => {
    await timeQueries(search, queries.slice(0, 5)); // warm-up: jieba, JIT
    const { lat, results } = await timeQueries(search, [...queries, ...queries]);
    const ranks = results.slice(0, queries.length).map((hits, i) => {
      const r = hits.findIndex((h) => h.questionId === dev[i]?.expectedId);
      return r < 0 ? null : r + 1;
    });
    const m = rankMetrics(ranks);
    rows.push({ engine, buildMs, r1: m.recallAt1, r5: m.recallAt5, mrr: m.mrr, p50: percentile(lat, 50), p95: percentile(lat, 95) });
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
  return { file, queries: dev.length, questions: titles.size, units: units.length, rows, denseSkipped: st.mode === "hybrid" ? null : st.reason };
}

export interface ScaleRow {
  engine: ScaleEngine;
  units: number;
  buildMs: number;
  heapMB: number;
  rssMB: number;
  p50: number;
  p95: number;
}

export interface ScaleResult {
  n: number;
  /** Each engine's bound: past it the child is stopped and the engine reported as not done. */
  timeoutSeconds: number;
  rows: ScaleRow[];
  failed: Array<{ engine: ScaleEngine; error: string }>;
}

/** In a child process (scale-child.ts): build one engine over the synthetic bank, measure, return. */
export async function scaleChild(engine: ScaleEngine, n: number): Promise<ScaleRow> {
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
  return {
    engine,
    units: units.length,
    buildMs,
    heapMB: (after.heapUsed - before.heapUsed) / 2 ** 20,
    rssMB: (after.rss - before.rss) / 2 ** 20,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
  };
}

/**
 * Scaling on a generated bank of `n` questions: each engine in a child process of its own, so
 * memory figures do not mix. The dense row times exact search over random 384-d vectors (the
 * size of multilingual-e5-small's), embedding excluded. Latency over the dev queries, twice.
 */
export async function scaleBench(n: number, opts: { timeoutSeconds?: number; onEngine?: (e: ScaleEngine) => void } = {}): Promise<ScaleResult> {
  const run = promisify(execFile);
  const timeoutSeconds = opts.timeoutSeconds ?? 150;
  const rows: ScaleRow[] = [];
  const failed: ScaleResult["failed"] = [];
  for (const engine of SCALE_ENGINES) {
    opts.onEngine?.(engine);
    try {
      const { stdout } = await run(join("node_modules", ".bin", "tsx"), ["scripts/bench/scale-child.ts", engine, String(n)], { maxBuffer: 1 << 20, timeout: timeoutSeconds * 1000 });
      rows.push(JSON.parse(stdout) as ScaleRow);
    } catch (e) {
      const err = e as { killed?: boolean; stderr?: string; message?: string };
      failed.push({ engine, error: err.killed ? `not done within ${timeoutSeconds} s` : (err.stderr || err.message || "failed").split("\n")[0]!.slice(0, 200) });
    }
  }
  return { n, timeoutSeconds, rows, failed };
}
