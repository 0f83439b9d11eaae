export const migration003 = {
  id: 3,
  name: "interview",
  sql: `
    CREATE TABLE sessions (
      id          TEXT PRIMARY KEY,
      bank_id     TEXT NOT NULL,
      config      TEXT NOT NULL,            -- JSON SessionConfig
      phase       TEXT NOT NULL,            -- JSON Phase: where the session stands
      status      TEXT NOT NULL CHECK (status IN ('active', 'finished')),
      created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      finished_at TEXT
    );
    -- The plan: one row per question, in the order asked, with its merged grade once answered.
    CREATE TABLE session_questions (
      session_id    TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      position      INTEGER NOT NULL,
      question_id   TEXT NOT NULL,
      status        TEXT NOT NULL CHECK (status IN ('pending', 'asked', 'answered', 'skipped')),
      follow_ups    INTEGER NOT NULL DEFAULT 0,
      score         REAL,
      grade         TEXT,                   -- JSON Grade, follow-ups merged in
      answered_at   TEXT,
      PRIMARY KEY (session_id, position)
    );
    CREATE INDEX session_questions_by_question ON session_questions (question_id, answered_at);
    -- Every message of the interview, in order. A candidate turn is written before it is graded.
    CREATE TABLE turns (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,         -- which planned question it belongs to
      role        TEXT NOT NULL CHECK (role IN ('interviewer', 'candidate')),
      kind        TEXT NOT NULL CHECK (kind IN ('question', 'follow-up', 'answer', 'skip', 'dont-know', 'note')),
      point_id    TEXT,                     -- the key point a follow-up probes
      content     TEXT NOT NULL,
      grade       TEXT,                     -- JSON Grade of this reply alone; NULL until graded
      created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    );
    CREATE INDEX turns_by_session ON turns (session_id, id);
    -- Answers graded outside a session (POST /api/grade), saved before grading.
    CREATE TABLE graded_answers (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      question_id TEXT NOT NULL,
      answer      TEXT NOT NULL,
      grade       TEXT,
      created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    );
  `,
};
