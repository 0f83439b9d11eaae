/**
 * Rebuilds `turns`: 003 gained its CHECK on `kind` after it had shipped, so a database created
 * by the first 003 never got it. The rebuild gives every database the same table, and adds what
 * the LLM interviewer needs: the candidate's clarifying questions and hint requests (never
 * graded), the interviewer's answers to them, per-turn metadata (who phrased the line, why a
 * fallback was taken, tokens used), and a client key that makes a repeated POST a no-op.
 */
export const migration004 = {
  id: 4,
  name: "turns-meta",
  sql: `
    CREATE TABLE turns_new (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      role        TEXT NOT NULL CHECK (role IN ('interviewer', 'candidate')),
      kind        TEXT NOT NULL CHECK (kind IN ('question', 'follow-up', 'answer', 'skip', 'dont-know', 'note',
                                                'clarify', 'clarification', 'hint-request', 'hint')),
      point_id    TEXT,
      content     TEXT NOT NULL,
      grade       TEXT,                     -- JSON grade of this reply alone; NULL until graded
      meta        TEXT,                     -- JSON TurnMeta: phrasing, fallback, model, tokens
      client_key  TEXT,                     -- the sender's idempotency key (candidate turns)
      created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    );
    INSERT INTO turns_new (id, session_id, position, role, kind, point_id, content, grade, created_at)
      SELECT id, session_id, position, role, kind, point_id, content, grade, created_at FROM turns;
    DROP TABLE turns;
    ALTER TABLE turns_new RENAME TO turns;
    CREATE INDEX turns_by_session ON turns (session_id, id);
    CREATE UNIQUE INDEX turns_by_client_key ON turns (session_id, client_key) WHERE client_key IS NOT NULL;
  `,
};
