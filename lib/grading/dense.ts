/**
 * What the grader needs of an embedding model; lib/retrieval's Embedder is one. Declared here so
 * that grading does not depend on retrieval: the model is handed in (GradeContext.embedder).
 */
export interface Embedder {
  model: string;
  embed(texts: string[], kind: "query" | "passage"): Promise<Float32Array[]>;
}
import type { CompiledPoint } from "./compile";


/** The fitted constants dense grading needs (npm run calibrate; stored per model, lib/wiring/dense-calibration.ts). */
export interface DenseConstants {
  /** Cosine mapped to 0 (unrelated) and to 1 (paraphrase). */
  lo: number;
  hi: number;
  /** Share of the gap between lexical and dense similarity that dense may lift a point. */
  pull: number;
}

/**
 * Dense similarity between each key point and the answer's best sentence, rescaled to 0..1 over
 * the model's calibrated band: sentence-embedding cosines are compressed into a narrow band that
 * differs per model, so the band is fitted per model on the dev sets, never assumed.
 */
const pointCache = new Map<string, Float32Array>();

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

export interface DenseMatch {
  /** 0..1 after rescaling. */
  sim: number;
  sentence: number;
}

export async function densePointMatches(
  embedder: Embedder,
  questionId: string,
  points: CompiledPoint[],
  sentences: string[],
  constants: DenseConstants,
): Promise<DenseMatch[]> {
  if (!sentences.length) return points.map(() => ({ sim: 0, sentence: -1 }));
  const keys = points.map((p) => `${embedder.model}\0${questionId}\0${p.point.id}\0${p.point.zh}`);
  const todo = points.filter((_, i) => !pointCache.has(keys[i] ?? ""));
  if (todo.length) {
    const vecs = await embedder.embed(
      todo.map((p) => `${p.point.zh}\n${p.point.en}`),
      "passage",
    );
    todo.forEach((p, i) => {
      const v = vecs[i];
      if (v) pointCache.set(keys[points.indexOf(p)] ?? "", v);
    });
  }
  const sv = await embedder.embed(sentences, "query");
  const { lo, hi } = constants;
  return points.map((_, i) => {
    const pv = pointCache.get(keys[i] ?? "");
    let best = { sim: 0, sentence: -1 };
    if (!pv) return best;
    sv.forEach((v, j) => {
      const s = Math.min(1, Math.max(0, (dot(pv, v) - lo) / (hi - lo)));
      if (s > best.sim) best = { sim: s, sentence: j };
    });
    return best;
  });
}
