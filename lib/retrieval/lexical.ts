import { GLOSSARY } from "@/lib/text/glossary";
import { cjkBigrams, tokenGroups, tokenize } from "@/lib/text/tokenize";
import { AliasTable } from "./aliases";
import { Bm25Index } from "./bm25";
import { type LexicalParams, LEXICAL_PARAMS } from "./lexical-params";
import type { QuestionHit, RetrievalUnit, UnitHit } from "./types";

/** Bigram terms live in their own namespace: "位置" the word and "位置" the bigram differ in idf. */
const BIGRAM = "\u0002";

function unitFields(u: RetrievalUnit): Record<string, string[]> {
  const f = u.fields;
  const tok = (s: string | undefined) => (s ? tokenize(s) : []);
  return {
    title: tok(f.title),
    body: tok(f.body),
    titleEn: tok(f.titleEn),
    terms: tok(f.terms),
    context: tok(f.context),
    bigram: cjkBigrams(`${f.title ?? ""}\n${f.body ?? ""}`).map((b) => BIGRAM + b),
  };
}

/**
 * The lexical side: BM25F over every unit of the banks (rubric terms and their aliases indexed with
 * each question), queried with the candidate's tokens, the aliases of any glossary concept they
 * name (and of rubric concepts with expandRubricTerms), and Chinese bigrams. Built in memory from
 * the banks in a few hundred milliseconds; needs no database and no model.
 */
export class LexicalIndex {
  /** Per unit, the index of its question in `questionIds`: aggregation runs on arrays, not objects. */
  private readonly questionOf: Int32Array;
  private readonly questionIds: string[];

  private constructor(
    private readonly units: RetrievalUnit[],
    private readonly bm25: Bm25Index,
    private readonly aliases: AliasTable,
    readonly params: LexicalParams,
  ) {
    const index = new Map<string, number>();
    this.questionIds = [];
    this.questionOf = Int32Array.from(units, (u) => {
      let i = index.get(u.questionId);
      if (i === undefined) index.set(u.questionId, (i = this.questionIds.push(u.questionId) - 1));
      return i;
    });
  }

  static build(units: RetrievalUnit[], params: LexicalParams = LEXICAL_PARAMS): LexicalIndex {
    const bm25 = new Bm25Index({ k1: params.k1, fields: params.fields });
    for (const u of units) bm25.add(unitFields(u));
    bm25.finalize();
    const terms = params.expandRubricTerms
      ? units.flatMap((u) => (u.kind === "question" && u.fields.terms ? u.fields.terms.split("\n") : []))
      : [];
    const aliases = new AliasTable([...GLOSSARY, ...terms]);
    return new LexicalIndex(units, bm25, aliases, params);
  }

  get size(): number {
    return this.units.length;
  }

  /**
   * The weighted query: each typed word's tokens share its weight (n tokens: 1 / n ** groupExponent
   * each, so a Chinese compound and its sub-words do not outvote a one-token name like "T5"),
   * alias expansions and Chinese bigrams come lower.
   */
  queryTerms(query: string): Map<string, number> {
    const { groupExponent, expansionWeight, bigramQueryWeight } = this.params;
    const typed = new Map<string, number>();
    for (const g of tokenGroups(query)) {
      const w = 1 / g.length ** groupExponent;
      for (const t of g) typed.set(t, Math.max(typed.get(t) ?? 0, w));
    }
    const terms = this.aliases.expand(typed, expansionWeight, groupExponent);
    for (const b of cjkBigrams(query)) terms.set(BIGRAM + b, bigramQueryWeight);
    return terms;
  }

  /** Units ranked best first, their BM25F score scaled by their kind's weight. */
  searchUnits(query: string, opts: { bank?: string; limit?: number } = {}): UnitHit[] {
    const { docs, scores } = this.bm25.score(this.queryTerms(query));
    const { kindWeight } = this.params;
    const hits: UnitHit[] = [];
    for (const doc of docs) {
      const u = this.units[doc] as RetrievalUnit;
      if (opts.bank && u.bankId !== opts.bank) continue;
      const s = (scores[doc] as number) * kindWeight[u.kind];
      hits.push({ bankId: u.bankId, questionId: u.questionId, unit: u.kind, unitId: u.id, text: u.text, score: s });
    }
    hits.sort((a, b) => b.score - a.score);
    return opts.limit ? hits.slice(0, opts.limit) : hits;
  }

  /**
   * One hit per question, represented by its best unit; scored by that unit plus, with
   * `secondUnitWeight`, a share of the runner-up unit of the same question. Works on typed arrays
   * and builds hit objects only for the questions returned: a 10k-question bank touches tens of
   * thousands of units per query.
   */
  searchQuestions(query: string, titles: Map<string, string>, opts: { bank?: string; limit?: number } = {}): QuestionHit[] {
    const { docs, scores } = this.bm25.score(this.queryTerms(query));
    const { kindWeight, secondUnitWeight } = this.params;
    const nq = this.questionIds.length;
    const best = new Float64Array(nq);
    const second = new Float64Array(nq);
    const bestDoc = new Int32Array(nq).fill(-1);
    const touched: number[] = [];
    for (const doc of docs) {
      const u = this.units[doc] as RetrievalUnit;
      if (opts.bank && u.bankId !== opts.bank) continue;
      const sc = (scores[doc] as number) * kindWeight[u.kind];
      const q = this.questionOf[doc] as number;
      if (bestDoc[q] === -1) {
        touched.push(q);
        best[q] = sc;
        bestDoc[q] = doc;
      } else if (sc > (best[q] as number)) {
        second[q] = best[q] as number;
        best[q] = sc;
        bestDoc[q] = doc;
      } else if (sc > (second[q] as number)) second[q] = sc;
    }
    const final = (q: number) => (best[q] as number) + secondUnitWeight * (second[q] as number);
    touched.sort((a, b) => final(b) - final(a));
    return (opts.limit ? touched.slice(0, opts.limit) : touched).map((q) => {
      const u = this.units[bestDoc[q] as number] as RetrievalUnit;
      return { bankId: u.bankId, questionId: u.questionId, unit: u.kind, unitId: u.id, text: u.text, score: final(q), title: titles.get(u.questionId) ?? "" };
    });
  }
}
