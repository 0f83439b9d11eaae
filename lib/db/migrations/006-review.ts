/**
 * Spaced review (FSRS): one card per question, one log row per finished question, and the
 * candidate's review settings. Number 006 is the one reserved for history.
 */
export const migration006 = {
  id: 6,
  name: "review",
  sql: `
    -- The FSRS memory state of a question, as ts-fsrs's Card. Times are ISO 8601 UTC strings.
    CREATE TABLE review_cards (
      question_id    TEXT PRIMARY KEY,
      due            TEXT NOT NULL,
      stability      REAL NOT NULL,
      difficulty     REAL NOT NULL,
      elapsed_days   INTEGER NOT NULL,
      scheduled_days INTEGER NOT NULL,
      learning_steps INTEGER NOT NULL,
      reps           INTEGER NOT NULL,
      lapses         INTEGER NOT NULL,
      state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
      last_review    TEXT,
      updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    );
    CREATE INDEX review_cards_due ON review_cards (due);
    -- Every review: which finished question produced it, the grade it was rated from, and the
    -- card as it was before (ts-fsrs's ReviewLog), so a schedule can be replayed or explained.
    CREATE TABLE review_logs (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      question_id    TEXT NOT NULL,
      session_id     TEXT REFERENCES sessions(id) ON DELETE SET NULL,
      position       INTEGER,
      outcome        TEXT NOT NULL CHECK (outcome IN ('answered', 'skipped')),
      score          REAL,
      rating         INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
      state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
      due            TEXT NOT NULL,
      stability      REAL NOT NULL,
      difficulty     REAL NOT NULL,
      scheduled_days INTEGER NOT NULL,
      retention      REAL NOT NULL,
      next_due       TEXT NOT NULL,
      review         TEXT NOT NULL,
      UNIQUE (session_id, position)
    );
    CREATE INDEX review_logs_by_question ON review_logs (question_id, review);
    -- The candidate's settings, one JSON value per key (e.g. desiredRetention).
    CREATE TABLE settings (
      key        TEXT PRIMARY KEY,
      value      TEXT NOT NULL,
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    );
  `,
};
