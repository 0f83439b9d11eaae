export const migration002 = {
  id: 2,
  name: "retrieval-index",
  sql: `
    -- Every retrievable unit (a question, an answer passage, a rubric key point) as last indexed.
    -- content_hash covers the text that is embedded: a unit whose hash changes is embedded again.
    CREATE TABLE retrieval_units (
      id           TEXT PRIMARY KEY,
      bank_id      TEXT NOT NULL,
      question_id  TEXT NOT NULL,
      kind         TEXT NOT NULL CHECK (kind IN ('question', 'passage', 'point')),
      text         TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    );
    CREATE INDEX retrieval_units_question ON retrieval_units (question_id);
    CREATE INDEX retrieval_units_bank ON retrieval_units (bank_id);
    -- One vector per unit and model (switching models back and forth re-embeds nothing).
    -- vector: little-endian Float32 values, dim of them; content_hash: the unit's hash when embedded.
    CREATE TABLE retrieval_vectors (
      unit_id      TEXT NOT NULL REFERENCES retrieval_units (id) ON DELETE CASCADE,
      model        TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      dim          INTEGER NOT NULL,
      vector       BLOB NOT NULL,
      created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      PRIMARY KEY (unit_id, model)
    );
    CREATE INDEX retrieval_vectors_model ON retrieval_vectors (model);
  `,
};
