import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadBanks } from "../../lib/bank/load";
import { openDb } from "../../lib/db/client";
import { getEmbedder } from "../../lib/retrieval/embedder";
import { buildVectorIndex } from "../../lib/retrieval/index-builder";
import { LexicalIndex } from "../../lib/retrieval/lexical";
import { percentile } from "../../lib/retrieval/metrics";
import { buildUnits } from "../../lib/retrieval/units";
import { syntheticBank } from "../lib/synthetic-bank";

export interface IndexBuildResult {
  questions: number;
  units: number;
  lexical: { rounds: number; msPerBuild: number; unitsPerSecond: number };
  /** Embedding every unit with the configured model into a fresh database; null with the reason when no model loads. */
  dense: { model: string; seconds: number; unitsPerSecond: number } | null;
  denseSkipped: string | null;
}

/**
 * Index build throughput over the real banks plus a generated bank of `extraQuestions` (so a
 * lexical build lasts long enough to time): lexical (tokenising and BM25 statistics; median of
 * `rounds` builds) and dense (every unit embedded with the environment's model and stored).
 */
export async function indexBuildBench(opts: { rounds?: number; extraQuestions?: number } = {}): Promise<IndexBuildResult> {
  const rounds = Math.max(1, opts.rounds ?? 5);
  const { banks } = loadBanks();
  const corpus = opts.extraQuestions ? [...banks, syntheticBank(banks, opts.extraQuestions)] : banks;
  const units = buildUnits(corpus);
  const questions = corpus.reduce((n, b) => n + b.chapters.reduce((m, c) => m + c.questions.length, 0), 0);
  LexicalIndex.build(units); // warm-up: jieba's dictionary, JIT
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    LexicalIndex.build(units);
    times.push(performance.now() - t);
  }
  const msPerBuild = percentile(times, 50);
  const lexical = { rounds, msPerBuild, unitsPerSecond: units.length / (msPerBuild / 1000) };

  const embedder = await getEmbedder();
  if (!embedder) return { questions, units: units.length, lexical, dense: null, denseSkipped: "no embedding model loaded" };
  const db = openDb(join(mkdtempSync(join(tmpdir(), "mi-bench-index-")), "index.db"));
  try {
    const stats = await buildVectorIndex({ db, units, embedder });
    return { questions, units: units.length, lexical, dense: { model: embedder.model, seconds: stats.seconds, unitsPerSecond: stats.unitsPerSecond ?? 0 }, denseSkipped: null };
  } finally {
    db.close();
  }
}
