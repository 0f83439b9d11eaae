import type { Card } from "ts-fsrs";
import type { Db } from "./client";

interface CardRow {
  questionId: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: string | null;
}

export interface StoredCard {
  questionId: string;
  card: Card;
}

const CARD_COLUMNS = `question_id AS questionId, due, stability, difficulty, elapsed_days AS elapsedDays,
  scheduled_days AS scheduledDays, learning_steps AS learningSteps, reps, lapses, state, last_review AS lastReview`;

const toCard = (r: CardRow): StoredCard => ({
  questionId: r.questionId,
  card: {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: r.elapsedDays,
    scheduled_days: r.scheduledDays,
    learning_steps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    last_review: r.lastReview ? new Date(r.lastReview) : undefined,
  },
});

export function getCard(db: Db, questionId: string): Card | null {
  const r = db.prepare(`SELECT ${CARD_COLUMNS} FROM review_cards WHERE question_id = ?`).get(questionId) as CardRow | undefined;
  return r ? toCard(r).card : null;
}

export function listCards(db: Db): StoredCard[] {
  return (db.prepare(`SELECT ${CARD_COLUMNS} FROM review_cards ORDER BY due, question_id`).all() as CardRow[]).map(toCard);
}

/** Cards due before `before` (ISO time), soonest first. */
export function listCardsDueBefore(db: Db, before: string): StoredCard[] {
  return (
    db.prepare(`SELECT ${CARD_COLUMNS} FROM review_cards WHERE due < ? ORDER BY due, question_id`).all(before) as CardRow[]
  ).map(toCard);
}

export function saveCard(db: Db, questionId: string, c: Card): void {
  db.prepare(
    `INSERT INTO review_cards (question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
     VALUES (@questionId, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state, @lastReview)
     ON CONFLICT (question_id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
       elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
       reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
  ).run({
    questionId,
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? c.last_review.toISOString() : null,
  });
}

export interface ReviewLogRow {
  questionId: string;
  sessionId: string | null;
  position: number | null;
  outcome: "answered" | "skipped";
  score: number | null;
  rating: number;
  /** The card before the review. */
  state: number;
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  retention: number;
  /** The card's due date after the review. */
  nextDue: string;
  review: string;
}

/** False when this session's question was already logged: a finished question is reviewed once. */
export function insertReviewLog(db: Db, log: ReviewLogRow): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO review_logs (question_id, session_id, position, outcome, score, rating, state, due, stability,
           difficulty, scheduled_days, retention, next_due, review)
         VALUES (@questionId, @sessionId, @position, @outcome, @score, @rating, @state, @due, @stability, @difficulty,
           @scheduledDays, @retention, @nextDue, @review)`,
      )
      .run(log).changes === 1
  );
}

export function listReviewLogs(db: Db, questionId: string): ReviewLogRow[] {
  return db
    .prepare(
      `SELECT question_id AS questionId, session_id AS sessionId, position, outcome, score, rating, state, due, stability,
              difficulty, scheduled_days AS scheduledDays, retention, next_due AS nextDue, review
       FROM review_logs WHERE question_id = ? ORDER BY review, id`,
    )
    .all(questionId) as ReviewLogRow[];
}

export function readSettings(db: Db): Record<string, unknown> {
  const rows = db.prepare("SELECT key, value FROM settings").all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
  ).run(key, JSON.stringify(value));
}

/** Positions of a session whose question has been reviewed already. */
export function reviewedPositions(db: Db, sessionId: string): Set<number> {
  const rows = db.prepare("SELECT position FROM review_logs WHERE session_id = ?").all(sessionId) as Array<{ position: number }>;
  return new Set(rows.map((r) => r.position));
}
