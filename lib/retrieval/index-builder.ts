import type { Db } from "@/lib/db/client";
import { saveVectors, staleUnitIds, syncUnits } from "@/lib/db/retrieval-queries";
import type { Embedder } from "./embedder";
import type { RetrievalUnit } from "./types";

export interface IndexProgress {
  done: number;
  total: number;
}

export interface IndexBuildStats {
  model: string;
  units: number;
  /** Units embedded in this build (new or changed content, or a model not seen before). */
  embedded: number;
  /** Units whose stored vector was still valid. */
  reused: number;
  removed: number;
  seconds: number;
  /** Embedding throughput of this build; null when nothing needed embedding. */
  unitsPerSecond: number | null;
}

/**
 * Brings the stored index up to date with `units` for the embedder's model, embedding only
 * units without a current vector. Each batch is saved as it completes, so an interrupted
 * build resumes where it stopped; between batches the event loop runs, so a server keeps answering.
 */
export async function buildVectorIndex(opts: {
  db: Db;
  units: RetrievalUnit[];
  embedder: Embedder;
  batchSize?: number;
  onProgress?: (p: IndexProgress) => void;
}): Promise<IndexBuildStats> {
  const { db, units, embedder } = opts;
  const started = performance.now();
  const sync = syncUnits(db, units);
  const stale = staleUnitIds(db, embedder.model);
  const todo = units.filter((u) => stale.has(u.id));
  const batchSize = opts.batchSize ?? 32;
  opts.onProgress?.({ done: 0, total: todo.length });
  const embedStart = performance.now();
  for (let i = 0; i < todo.length; i += batchSize) {
    const batch = todo.slice(i, i + batchSize);
    const vectors = await embedder.embed(
      batch.map((u) => u.embedText),
      "passage",
    );
    saveVectors(
      db,
      embedder.model,
      batch.map((u, j) => ({ unitId: u.id, hash: u.hash, vector: vectors[j] as Float32Array })),
    );
    opts.onProgress?.({ done: Math.min(i + batchSize, todo.length), total: todo.length });
    await new Promise((r) => setImmediate(r));
  }
  const embedSeconds = (performance.now() - embedStart) / 1000;
  return {
    model: embedder.model,
    units: units.length,
    embedded: todo.length,
    reused: units.length - todo.length,
    removed: sync.removed,
    seconds: (performance.now() - started) / 1000,
    unitsPerSecond: todo.length ? todo.length / Math.max(embedSeconds, 1e-6) : null,
  };
}
