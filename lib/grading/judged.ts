import type { TokenUsage } from "@/lib/llm/types";
import type { Grade, PointGrade } from "./types";

/** Who decided a grade: the configured LLM (bounded by the offline guards) or the offline grader alone. */
export type GraderKind = "llm" | "offline";

/** A reference passage a verdict was judged against: the question's own, or one retrieved from the bank. */
export interface ReferencePassage {
  id: string;
  /** The question it belongs to (title), for the card's citation. */
  source: string;
  text: string;
  own: boolean;
}

export interface JudgedPoint extends PointGrade {
  /** Reference ids the verdict cites (the point's own passage when the offline grader decided). */
  refs?: string[];
  /** Set when the LLM's status was not accepted, e.g. its quote is not in the reply. */
  overruled?: string;
}

/**
 * The grade the interview stores: the offline grade's fields, decided by the LLM when one
 * judged, plus the facts a candidate needs to trust it (which grader, why a fallback, what the
 * offline grader thought, the passages cited).
 */
export interface JudgedGrade extends Grade {
  points: JudgedPoint[];
  grader: GraderKind;
  /** Why the offline grade stands although an LLM was configured for the session. */
  fallback: string | null;
  model?: string;
  /** The offline grader's own score, kept when the LLM decided. */
  offlineScore?: number;
  /** The LLM's score before the guards capped it (only when they did). */
  uncapped?: number;
  usage?: TokenUsage;
  references?: ReferencePassage[];
}

/** Where LLM and offline grades differ by more than this, the card says so. */
export const DISAGREEMENT_POINTS = 3;
