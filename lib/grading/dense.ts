import { isE5Model } from "@/lib/retrieval/config";
import type { Embedder } from "@/lib/retrieval/embedder";
import type { CompiledPoint } from "./compile";

export type { Embedder };

/**
 * Dense similarity between each key point and the answer's best sentence, rescaled to 0..1.
 * Sentence-embedding cosines are compressed into a narrow band (e5: ~0.75 unrelated, ~0.92
 * paraphrase), so the raw cosine is stretched over that band before it is mixed with the
 * lexical score. The band is a prior, not fitted here: no model was available when this was
 * written (see the report), so hybrid weights stay conservative.
 */
function band(model: string): [number, number] {
  return isE5Model(model) ? [0.8, 0.92] : [0.5, 0.9];
}

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
  const [lo, hi] = band(embedder.model);
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
