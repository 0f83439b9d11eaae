import type { Dimensions, PointGrade, PointStatus } from "./types";

/**
 * From point statuses and answer-level signals to dimensions and a 0-10 score. Pure, so that a
 * follow-up merge recomputes exactly as a first grade does.
 */

// Thresholds on the 0..1 point similarity (lexical, or lexical lifted by dense).
export const COVERED_AT = 0.5;
export const PARTIAL_AT = 0.25;

/**
 * Credit for a point: 1 covered, 0 missing; a partial point earns 0.25 at the partial threshold
 * rising to 0.75 just below "covered", so a bare mention counts less than a near miss.
 */
export function credit(status: PointStatus, similarity: number): number {
  if (status === "covered") return 1;
  if (status === "missing") return 0;
  const t = (similarity - PARTIAL_AT) / (COVERED_AT - PARTIAL_AT);
  return 0.25 + 0.5 * Math.min(1, Math.max(0, t));
}

export const STATUS_RANK: Record<PointStatus, number> = { missing: 0, partial: 1, covered: 2 };

export interface ScoreBasis {
  /** 0..1: explanation markers in the answer (causal links, comparisons, numbers, formulas). */
  markers: number;
  /** 0..1: on-topic density of the answer's own words (see off-topic.ts). */
  topicality: number;
  /** 0..1: readable sentences, no bare lists, little repetition or stock phrasing. */
  clarity: number;
  /** Highest score the guards allow. */
  cap: number;
}

const MISCONCEPTION_CORRECTNESS = 2.5;
// A wrong claim asserted of its subject (precision first: see assertion.ts) costs a point and a half.
const MISCONCEPTION_SCORE = 1.5;

/**
 * The curve, in one sentence: score = 10 · (raw / 10)^0.7, a fixed concave power of the raw
 * content score, so that partial coverage of a demanding 3–7 point rubric is not crushed
 * (covering 80% of the weight reads as about 8.5) while ranks stay those of the raw score.
 * The exponent is a round choice, not a fit to any labelled row.
 */
export const CURVE_EXPONENT = 0.7;

export function calibrate(raw: number): number {
  return 10 * Math.pow(Math.min(10, Math.max(0, raw)) / 10, CURVE_EXPONENT);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function weighted(points: PointGrade[], f: (p: PointGrade) => number): number {
  const total = points.reduce((s, p) => s + p.weight, 0);
  return total ? points.reduce((s, p) => s + p.weight * f(p), 0) / total : 0;
}

/** Dimensions describe the content as graded; only the score is capped by the guards. */
export function computeScore(
  points: PointGrade[],
  misconceptions: number,
  basis: ScoreBasis,
): { score: number; dimensions: Dimensions } {
  const coverage = weighted(points, (p) => credit(p.status, p.similarity));
  // Match strength of every point, not only its status: separates a thin "partial" from a near miss.
  const strength = weighted(points, (p) => p.similarity);
  const completeness = 10 * coverage;
  const correctness = clamp(10 * Math.min(1, coverage * 1.5) - MISCONCEPTION_CORRECTNESS * misconceptions, 0, 10);
  const depth = 10 * clamp(0.7 * strength + 0.3 * basis.markers * Math.min(1, coverage * 2), 0, 1);
  const clarity = 10 * basis.clarity * Math.min(1, 0.25 + 1.5 * coverage);
  // Coverage of the rubric dominates; topicality (on-topic words beyond the question's own) keeps
  // a vague but relevant answer above one about something else; clarity alone is worth little.
  const raw = 0.45 * completeness + 0.2 * correctness + 0.15 * depth + 0.05 * clarity + 0.15 * 10 * basis.topicality;
  const curved = calibrate(raw) - MISCONCEPTION_SCORE * misconceptions;
  return {
    score: round1(clamp(curved, 0, basis.cap)),
    dimensions: {
      correctness: round1(correctness),
      completeness: round1(completeness),
      depth: round1(depth),
      clarity: round1(clarity),
    },
  };
}
