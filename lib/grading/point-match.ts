import type { CompiledPoint, WeightedBag } from "./compile";
import { COVERED_AT, credit, PARTIAL_AT } from "./scoring";
import type { PointStatus } from "./types";
import { contentTokens } from "./compile";
import { isTermNegated } from "./negation";
import { findConcept, type Concept } from "./term-match";
import { splitClauses, wordLength, type Sentence } from "./text";

/** What the matcher needs to know about one candidate sentence, computed once per answer. */
export interface SentenceFeatures {
  sentence: Sentence;
  tokens: Set<string>;
  words: number;
  /** A comma-separated run of bare terms: names concepts without explaining any. */
  listy: boolean;
}

export function sentenceFeatures(sentence: Sentence): SentenceFeatures {
  const clauses = splitClauses(sentence.text.replace(/[。.!?！？；;]+$/, ""));
  const short = clauses.filter((c) => wordLength(c) <= 3.2).length;
  return {
    sentence,
    tokens: new Set(contentTokens(sentence.text)),
    words: wordLength(sentence.text),
    listy: clauses.length >= 3 && short / clauses.length >= 0.7,
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
  feats.forEach((f, i) => {
    const one = score(cp, hitsBySentence[i] ?? [], f.tokens);
    if (one.sim > best.sim) best = { ...one, sentences: [i], listy: f.listy };
    const next = feats[i + 1];
    if (!next) return;
    const hits = cp.concepts.map((_, j) => Math.max(hitsBySentence[i]?.[j] ?? 0, hitsBySentence[i + 1]?.[j] ?? 0));
    const pair = score(cp, hits, new Set([...f.tokens, ...next.tokens]));
    const sim = pair.sim * PAIR_DISCOUNT;
    if (sim > best.sim + 0.02) best = { ...pair, sim, sentences: [i, i + 1], listy: f.listy && next.listy };
  });
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

// Explanation a window must carry per point it is evidence for (in rare words beyond the
// rubric's own terms): below it, the window names the points rather than explaining them.
const EXPLAIN_PER_POINT = 2;
const RARE_IDF = 5;

/**
 * One short sentence naming five key terms ("改动包括 Pre-Norm 和 RMSNorm，还有相对位置偏置、
 * 分桶和共享") is evidence for all five but explains none. Each point gets the window's
 * explanation (words that are neither rubric terms nor the question's words, rare ones
 * counting fully) divided among the points it serves; a point short of EXPLAIN_PER_POINT is
 * at most partial (`listy`) and its similarity shrinks towards half.
 */
function shareExplanation(matches: PointMatch[], feats: SentenceFeatures[], known: Set<string>, idf: (t: string) => number): void {
  const key = (m: PointMatch) => m.sentences.join(",");
  const users = new Map<string, number>();
  for (const m of matches) if (m.sim >= PARTIAL_AT) users.set(key(m), (users.get(key(m)) ?? 0) + 1);
  for (const m of matches) {
    if (m.sim < PARTIAL_AT) continue;
    const words = new Set(m.sentences.flatMap((i) => [...(feats[i]?.tokens ?? [])]));
    let explanation = 0;
    for (const t of words) if (!known.has(t)) explanation += Math.min(1, idf(t) / RARE_IDF);
    const perPoint = explanation / (users.get(key(m)) ?? 1);
    if (perPoint >= EXPLAIN_PER_POINT) continue;
    m.sim *= 0.5 + (0.5 * perPoint) / EXPLAIN_PER_POINT;
    m.listy = true;
  }
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
