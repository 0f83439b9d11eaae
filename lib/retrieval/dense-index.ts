import type { QuestionHit, RetrievalUnit } from "./types";

/**
 * Exact cosine search over unit vectors held in one contiguous Float32Array. Vectors are
 * normalised, so cosine is a dot product; a few thousand units take well under a millisecond,
 * and even 150k units (a 10k-question bank) a few tens of milliseconds: no ANN structure needed.
 */
export class DenseIndex {
  /** Per unit, the index of its question: question-level search aggregates on arrays. */
  private readonly questionOf: Int32Array;
  private readonly questionCount: number;

  private constructor(
    private readonly units: RetrievalUnit[],
    private readonly matrix: Float32Array,
    readonly dim: number,
    readonly model: string,
  ) {
    const index = new Map<string, number>();
    this.questionOf = Int32Array.from(units, (u) => {
      let i = index.get(u.questionId);
      if (i === undefined) index.set(u.questionId, (i = index.size));
      return i;
    });
    this.questionCount = index.size;
  }

  /** Units without a vector are left out (they are still found lexically). */
  static build(units: RetrievalUnit[], vectors: Map<string, Float32Array>, model: string): DenseIndex {
    const kept = units.filter((u) => vectors.has(u.id));
    const dim = kept.length ? (vectors.get(kept[0]!.id) as Float32Array).length : 0;
    const matrix = new Float32Array(kept.length * dim);
    kept.forEach((u, i) => matrix.set(vectors.get(u.id) as Float32Array, i * dim));
    return new DenseIndex(kept, matrix, dim, model);
  }

  get size(): number {
    return this.units.length;
  }

  /** Cosine of every unit with the query (NaN for units outside `bank`). */
  private scores(query: Float32Array, bank?: string): Float32Array {
    const { dim, matrix } = this;
    if (query.length !== dim) throw new Error(`query vector has ${query.length} dimensions, index has ${dim}`);
    const out = new Float32Array(this.units.length);
    for (let i = 0; i < this.units.length; i++) {
      if (bank && (this.units[i] as RetrievalUnit).bankId !== bank) {
        out[i] = Number.NaN;
        continue;
      }
      let s = 0;
      const off = i * dim;
      for (let d = 0; d < dim; d++) s += (matrix[off + d] as number) * (query[d] as number);
      out[i] = s;
    }
    return out;
  }

  /** One hit per question, its best unit's cosine, best first; objects only for those returned. */
  searchQuestions(query: Float32Array, titles: Map<string, string>, opts: { bank?: string; limit?: number } = {}): QuestionHit[] {
    const scores = this.scores(query, opts.bank);
    const bestDoc = new Int32Array(this.questionCount).fill(-1);
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i] as number;
      if (Number.isNaN(s)) continue;
      const q = this.questionOf[i] as number;
      const b = bestDoc[q] as number;
      if (b === -1 || s > (scores[b] as number)) bestDoc[q] = i;
    }
    const docs = [...bestDoc].filter((d) => d >= 0).sort((a, b) => (scores[b] as number) - (scores[a] as number));
    return (opts.limit ? docs.slice(0, opts.limit) : docs).map((i) => {
      const u = this.units[i] as RetrievalUnit;
      return { bankId: u.bankId, questionId: u.questionId, unit: u.kind, unitId: u.id, text: u.text, score: scores[i] as number, title: titles.get(u.questionId) ?? "" };
    });
  }
}
