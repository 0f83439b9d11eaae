import type { SentenceFeatures } from "./point-match";

/**
 * Answer-level signals for depth and clarity. They never create coverage: the score formula
 * gates both by how much of the rubric was covered, so a long, well-punctuated answer about
 * nothing stays low.
 */

const MARKERS = [
  /因为|由于|所以|因此|从而|使得|导致|这样|于是|以便|否则|because|so that|therefore|thus|hence|which means|in order to|otherwise/i,
  /相比|相较|而不是|而非|区别|不同于|优于|劣于|compared|whereas|instead of|rather than|unlike|versus|\bvs\b/i,
  /\d+(?:\.\d+)?\s*(?:%|倍|步|维|层|个|亿|万|m\b|b\b|k\b|x\b|×)|\d+\s*[x×]\s*\d+/i,
  /[=√∑∏∇]|\b(?:softmax|log|exp|argmax)\b|[a-zα-ω]_\{?[a-z0-9]/i,
  /例如|比如|举例|for example|e\.g\.|such as/i,
  /首先|其次|第一|第二|最后|另外|一方面|另一方面|first(?:ly)?,|second(?:ly)?,|finally|moreover|in addition/i,
];

/** 0..1: how many kinds of explanation the answer uses (causal, contrast, numbers, formulas, examples, structure). */
export function explanationMarkers(text: string): number {
  return Math.min(1, MARKERS.filter((re) => re.test(text)).length / 4);
}

/** 0..1: sentences of readable length, not bare lists, not repeating themselves. */
export function claritySignal(feats: SentenceFeatures[]): number {
  if (!feats.length) return 0;
  const lengthOk = feats.filter((f) => f.words >= 4 && f.words <= 70).length / feats.length;
  const listy = feats.filter((f) => f.listy).length / feats.length;
  const all: string[] = feats.flatMap((f) => [...f.tokens]);
  const tokensPerSentence = feats.reduce((n, f) => n + f.tokens.size, 0);
  const repetition = tokensPerSentence ? 1 - new Set(all).size / tokensPerSentence : 0;
  const s = 0.5 * lengthOk + 0.25 * (1 - listy) + 0.25 * (1 - Math.max(0, repetition - 0.3) / 0.7);
  return Math.max(0, Math.min(1, s));
}
