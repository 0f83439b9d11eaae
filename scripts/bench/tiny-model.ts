import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeTinyModel } from "../../lib/retrieval/tiny-model";

export const TINY_MODEL = "tiny/bert";

/**
 * Points this process's embedding configuration at a freshly generated tiny model (see
 * lib/retrieval/tiny-model.ts) and its index at a temp database, so the real Transformers.js +
 * onnxruntime path runs with no download and data/app.db is never touched. The model captures
 * only which characters texts share: its speed is the plumbing's, its quality means nothing.
 */
export function useTinyModel(): { model: string; hidden: number; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "mi-bench-models-"));
  const { hidden } = makeTinyModel(join(dir, TINY_MODEL));
  process.env.MODELS_DIR = dir;
  process.env.EMBEDDING_MODEL = TINY_MODEL;
  delete process.env.EMBEDDING_DTYPE;
  delete process.env.OFFLINE;
  process.env.DATABASE_PATH = join(dir, "bench.db");
  return { model: TINY_MODEL, hidden, dir };
}
