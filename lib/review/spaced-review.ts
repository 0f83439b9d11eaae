import type { QuestionHistory } from "@/lib/db/session-rows";
import type { SpacedReview } from "@/lib/interview/types";
import { appNow } from "./clock";
import { isDueBy } from "./due";
import { ratingFor } from "./rating";
import { reviewFinished } from "./record";
import { review } from "./scheduler";
import { DEFAULT_SETTINGS } from "./settings";

/**
 * When the question is due for review: its FSRS card's due date. A question answered before
 * cards existed (no card yet) is scheduled as if its last attempt had been its first review.
 */
export function dueAt(h: QuestionHistory): number {
  if (h.due) return Date.parse(h.due);
  const at = Date.parse(h.lastAt);
  return review(null, ratingFor({ status: "answered", score: h.lastScore }), at, DEFAULT_SETTINGS.desiredRetention).card.due.getTime();
}

/** Spaced review as the interview engine gets it in its deps (InterviewDeps.review). */
export const spacedReview: SpacedReview = {
  finished: reviewFinished,
  schedule: { dueAt, isDue: isDueBy },
  now: appNow,
};
