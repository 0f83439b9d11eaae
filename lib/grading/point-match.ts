import type { CompiledPoint, WeightedBag } from "./compile";
import { COVERED_AT, credit, PARTIAL_AT } from "./scoring";
import type { PointStatus } from "./types";
import { contentTokens } from "./compile";
import { isTermNegated } from "./negation";
import { findConcept, type Concept } from "./term-match";
import { shareExplanation } from "./explanation";
import { clauseLengths, wordLength, type Sentence } from "./text";

/** What the matcher needs to know about one candidate sentence, computed once per answer. */
export interface SentenceFeatures {
  sentence: Sentence;
  tokens: Set<string>;
  words: number;
  /** A comma-separated run of bare terms: names concepts without explaining any. */
  listy: boolean;
}

export function sentenceFeatures(sentence: Sentence): SentenceFeatures {
  // Each part between semicolons is judged as it was when semicolons ended sentences; as for a
  // pair of sentences, the whole is a list only when every part is.
  const parts = clauseLengths(sentence.text);
  const isList = (p: number[]) => p.length >= 3 && p.filter((n) => n <= 3.2).length / p.length >= 0.7;
  return {
    sentence,
    tokens: new Set(contentTokens(sentence.plain)),
    words: wordLength(sentence.plain),
    listy: parts.length > 0 && parts.every(isList),
  };
}

// A soft match (the alias's rarer words present, not verbatim: "多个子空间" for "表示子空间")
// needs most of the alias's weight and counts for less than the alias itself.
const SOFT_MIN = 0.6;
const SOFT_VALUE = 0.75;

/**
 * Per concept, 0..1: 1 when an alias occurs verbatim and is not negated; a reduced value when the
 * rarer words of an alias occur; 0 when the only verbatim occurrence is negated ("而不是 X").
 */
export function conceptHits(f: SentenceFeatures, concepts: Concept[], aliasBags: WeightedBag[][]): number[] {
  const norm = f.sentence.norm;
  return concepts.map((c, i) => {
    const found = findConcept(norm, c);
    if (found.some((h) => !isTermNegated(norm, h.start))) return 1;
    if (found.length) return 0;
    // All words of the alias but one must be there, carrying most of its weight.
    const soft = Math.max(0, ...(aliasBags[i] ?? []).filter((b) => missingWords(b, f.tokens) <= 1).map((b) => bagCoverage(b, f.tokens)));
    return soft >= SOFT_MIN ? SOFT_VALUE * soft : 0;
  });
}

function missingWords(bag: WeightedBag, tokens: Set<string>): number {
  let n = 0;
  for (const t of bag.weights.keys()) if (!tokens.has(t)) n++;
  return n;
}

function bagCoverage(bag: WeightedBag, tokens: Set<string>): number {
  let got = 0;
  for (const [t, w] of bag.weights) if (tokens.has(t)) got += w;
  return got / bag.total;
}

export interface PointMatch {
  /** 0..1: how well the best window states the point. */
  sim: number;
  conceptScore: number;
  tokenScore: number;
  /** Indices of the sentences of the best window. */
  sentences: number[];
  listy: boolean;
  /** When the best window is one sentence: the pairs containing it (see explanation.ts). */
  around?: PointMatch[];
}

// A full statement is long; a good candidate sentence shares about half its weighted words.
const TOKEN_SATURATION = 0.5;
const CONCEPT_SHARE = 0.55;
// Two sentences together may state a point, but less convincingly than one.
const PAIR_DISCOUNT = 0.9;

function score(cp: CompiledPoint, hits: number[], tokens: Set<string>): { sim: number; conceptScore: number; tokenScore: number } {
  let num = 0;
  let den = 0;
  cp.conceptWeights.forEach((w, i) => {
    den += w;
    num += w * (hits[i] ?? 0);
  });
  const conceptScore = den ? num / den : 0;
  const raw = Math.max(0, ...cp.bags.map((b) => bagCoverage(b, tokens)));
  const tokenScore = Math.min(1, raw / TOKEN_SATURATION);
  const sim = den ? CONCEPT_SHARE * conceptScore + (1 - CONCEPT_SHARE) * tokenScore : tokenScore;
  return { sim, conceptScore, tokenScore };
}

/** Best single sentence or adjacent pair for a key point. */
export function matchPoint(cp: CompiledPoint, feats: SentenceFeatures[], hitsBySentence: number[][]): PointMatch {
  let best: PointMatch = { sim: 0, conceptScore: 0, tokenScore: 0, sentences: [], listy: false };
  const pairs: PointMatch[] = [];
  feats.forEach((f, i) => {
    const one = score(cp, hitsBySentence[i] ?? [], f.tokens);
    if (one.sim > best.sim) best = { ...one, sentences: [i], listy: f.listy };
    const next = feats[i + 1];
    if (!next) return;
    const hits = cp.concepts.map((_, j) => Math.max(hitsBySentence[i]?.[j] ?? 0, hitsBySentence[i + 1]?.[j] ?? 0));
    const pair = score(cp, hits, new Set([...f.tokens, ...next.tokens]));
    const sim = pair.sim * PAIR_DISCOUNT;
    pairs.push({ ...pair, sim, sentences: [i, i + 1], listy: f.listy && next.listy });
    if (sim > best.sim + 0.02) best = pairs.at(-1) as PointMatch;
  });
  if (best.sentences.length === 1) {
    const at = best.sentences[0] as number;
    best.around = pairs.filter((p) => p.sentences.includes(at));
  }
  return best;
}

export { COVERED_AT, PARTIAL_AT };

export function statusFor(sim: number, m: PointMatch, feats: SentenceFeatures[]): PointStatus {
  if (sim < PARTIAL_AT) return "missing";
  const words = m.sentences.reduce((n, i) => n + (feats[i]?.words ?? 0), 0);
  // Naming a concept in a bare list, or in a three-word fragment, is not explaining it.
  if (sim >= COVERED_AT && !m.listy && words >= 5) return "covered";
  return "partial";
}

/** Lexical matches of every point, and the weighted share of the rubric they cover (0..1). */
export function lexicalMatches(
  points: CompiledPoint[],
  feats: SentenceFeatures[],
  known: Set<string>,
  idf: (t: string) => number,
): { matches: PointMatch[]; coverage: number } {
  const matches = points.map((cp) => matchPoint(cp, feats, feats.map((f) => conceptHits(f, cp.concepts, cp.aliasBags))));
  shareExplanation(matches, feats, known, idf);
  let got = 0;
  let total = 0;
  points.forEach((cp, i) => {
    const m = matches[i] as PointMatch;
    total += cp.point.weight;
    got += cp.point.weight * credit(statusFor(m.sim, m, feats), m.sim);
  });
  return { matches, coverage: total ? got / total : 0 };
}
