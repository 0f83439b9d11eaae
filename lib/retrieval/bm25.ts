/**
 * BM25F over token lists: each document has several fields, each field its own weight and
 * length normalisation; a term's field frequencies are combined before saturation, so a word in
 * the title and again in the aliases counts more than once but never runs away. Postings hold
 * the combined, normalised frequency, so a query costs one pass over each query term's postings.
 */
import { float32s, int32s } from "./growable";

export interface FieldSpec {
  weight: number;
  /** Length normalisation in [0, 1]: 0 ignores length, 1 fully divides by relative length. */
  b: number;
}

export interface Bm25Options {
  k1: number;
  fields: Record<string, FieldSpec>;
}

export class Bm25Index {
  private readonly fieldNames: string[];
  /** Terms are interned while adding: a 10k-question bank has millions of tokens but few distinct terms. */
  private readonly termIds = new Map<string, number>();
  /** Pending (doc, term, field, count) entries, in document order: compact until finalize(). */
  private readonly entries = { doc: int32s(), term: int32s(), field: int32s(), count: int32s() };
  /** Per field, each document's length in tokens. */
  private readonly lengths: number[][];
  private postings = new Map<string, { docs: Int32Array; tf: Float32Array; idf: number }>();
  private docCount = 0;

  constructor(private readonly opts: Bm25Options) {
    this.fieldNames = Object.keys(opts.fields);
    this.lengths = this.fieldNames.map(() => []);
  }

  /** Documents are numbered in the order they are added, from 0. */
  add(fields: Record<string, string[]>): number {
    const doc = this.docCount++;
    this.fieldNames.forEach((f, fi) => {
      const toks = fields[f] ?? [];
      (this.lengths[fi] as number[]).push(toks.length);
      const counts = new Map<number, number>();
      for (const t of toks) {
        let id = this.termIds.get(t);
        if (id === undefined) this.termIds.set(t, (id = this.termIds.size));
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [term, count] of counts) {
        this.entries.doc.push(doc);
        this.entries.term.push(term);
        this.entries.field.push(fi);
        this.entries.count.push(count);
      }
    });
    return doc;
  }

  get size(): number {
    return this.docCount;
  }

  /** Computes field length averages and the postings; call once, after the last add(). */
  finalize(): this {
    // Averaged over the documents that have the field: titles are short next to passages, but a
    // long title should be compared with other titles, not with "no title".
    const avg = this.lengths.map((ls) => {
      const present = ls.filter((n) => n > 0);
      return Math.max(1, present.reduce((a, b) => a + b, 0) / Math.max(1, present.length));
    });
    const specs = this.fieldNames.map((f) => this.opts.fields[f] as FieldSpec);
    const { doc, term, field, count } = this.entries;
    // Combined tf per (doc, term): entries of one document are contiguous.
    const pDoc = int32s();
    const pTerm = int32s();
    const pTf = float32s();
    const df = new Int32Array(this.termIds.size);
    for (let i = 0; i < doc.length; ) {
      const d = doc.at(i);
      const combined = new Map<number, number>();
      for (; i < doc.length && doc.at(i) === d; i++) {
        const fi = field.at(i);
        const spec = specs[fi] as FieldSpec;
        const norm = 1 - spec.b + (spec.b * ((this.lengths[fi] as number[])[d] as number)) / (avg[fi] as number);
        const t = term.at(i);
        combined.set(t, (combined.get(t) ?? 0) + (count.at(i) * spec.weight) / norm);
      }
      for (const [t, tf] of combined) {
        pDoc.push(d);
        pTerm.push(t);
        pTf.push(tf);
        df[t] = (df[t] as number) + 1;
      }
    }
    const names: string[] = new Array(this.termIds.size);
    for (const [t, id] of this.termIds) names[id] = t;
    const lists = names.map((_, id) => ({ docs: new Int32Array(df[id] as number), tf: new Float32Array(df[id] as number), n: 0 }));
    for (let i = 0; i < pDoc.length; i++) {
      const l = lists[pTerm.at(i)] as { docs: Int32Array; tf: Float32Array; n: number };
      l.docs[l.n] = pDoc.at(i);
      l.tf[l.n++] = pTf.at(i);
    }
    const n = this.docCount;
    lists.forEach((l, id) => {
      this.postings.set(names[id] as string, { docs: l.docs, tf: l.tf, idf: Math.log(1 + (n - l.n + 0.5) / (l.n + 0.5)) });
    });
    for (const k of ["doc", "term", "field", "count"] as const) this.entries[k].clear();
    return this;
  }

  /** Scores every document sharing a term with the weighted query: the docs touched, and a score per doc id. */
  score(query: Map<string, number>): { docs: number[]; scores: Float64Array } {
    const k1 = this.opts.k1;
    const scores = new Float64Array(this.docCount);
    const docs: number[] = [];
    for (const [term, qw] of query) {
      const p = this.postings.get(term);
      if (!p) continue;
      const w = qw * p.idf;
      for (let i = 0; i < p.docs.length; i++) {
        const tf = p.tf[i] as number;
        const doc = p.docs[i] as number;
        if (scores[doc] === 0) docs.push(doc);
        scores[doc] = (scores[doc] as number) + (w * tf * (k1 + 1)) / (tf + k1);
      }
    }
    return { docs, scores };
  }
}
