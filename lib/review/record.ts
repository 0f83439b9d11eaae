import type { Db } from "@/lib/db/client";
import { getCard, insertReviewLog, readSettings, reviewedPositions, saveCard } from "@/lib/db/review-queries";
import { listPlan } from "@/lib/db/session-queries";
import type { QuestionSource } from "@/lib/interview/types";
import { clockOf } from "./clock";
import { ratingFor } from "./rating";
import { review } from "./scheduler";
import { parseStoredSettings } from "./settings";

interface ReviewDeps {
  db: Db;
  questions: QuestionSource;
  now?: () => number;
}

/**
 * Reviews the card of every question of the session that is finished (answered or skipped) and
 * not reviewed yet. Called inside the interview's write transactions: idempotent (one log row per
 * session and position), so calling it after every state change reviews each question once, at
 * the moment it finished. Questions since removed from their bank get no card.
 */
export function reviewFinished(deps: ReviewDeps, sessionId: string): void {
  const now = clockOf(deps);
  const { desiredRetention } = parseStoredSettings(readSettings(deps.db));
  const done = reviewedPositions(deps.db, sessionId);
  for (const p of listPlan(deps.db, sessionId)) {
    if ((p.status !== "answered" && p.status !== "skipped") || done.has(p.position)) continue;
    if (!deps.questions.get(p.questionId)) continue;
    const outcome = { status: p.status, score: p.status === "skipped" ? 0 : p.score };
    const before = getCard(deps.db, p.questionId);
    const next = review(before, ratingFor(outcome), now, desiredRetention);
    const logged = insertReviewLog(deps.db, {
      questionId: p.questionId,
      sessionId,
      position: p.position,
      outcome: outcome.status,
      score: outcome.score,
      rating: next.log.rating,
      state: next.log.state,
      due: next.log.due.toISOString(),
      stability: next.log.stability,
      difficulty: next.log.difficulty,
      scheduledDays: next.log.scheduled_days,
      retention: desiredRetention,
      nextDue: next.card.due.toISOString(),
      review: next.log.review.toISOString(),
    });
    if (logged) saveCard(deps.db, p.questionId, next.card);
  }
}
