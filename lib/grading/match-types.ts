import type { Sentence } from "./text";

/**
 * The shapes the lexical matcher (point-match.ts) and the explanation check (explanation.ts)
 * share. They live apart from both so that neither imports the other's module for its types:
 * point-match calls explanation, and explanation depends only on these.
 */

/** What the matcher needs to know about one candidate sentence, computed once per answer. */
export interface SentenceFeatures {
  sentence: Sentence;
  tokens: Set<string>;
  words: number;
  /** A comma-separated run of bare terms: names concepts without explaining any. */
  listy: boolean;
}

export interface PointMatch {
  /** 0..1: how well the best window states the point. */
  sim: number;
  conceptScore: number;
  tokenScore: number;
  /** 0..1: weighted share of the point's own statement words, its terms aside, that the window says. */
  support: number;
  /** support over the window and the sentences either side of it (the covered gate). */
  nearSupport?: number;
  /** Explanation the window carries for this point (see explanation.ts), once computed. */
  explained?: number;
  /** Indices of the sentences of the best window. */
  sentences: number[];
  listy: boolean;
  /** When the best window is one sentence: the pairs containing it (see explanation.ts). */
  around?: PointMatch[];
}
