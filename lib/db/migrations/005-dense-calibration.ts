export const migration005 = {
  id: 5,
  name: "dense-calibration",
  sql: `
    -- Dense grading constants fitted by npm run calibrate, one row per embedding model. A model
    -- without a row is never used for grading (lexical only).
    CREATE TABLE dense_calibration (
      model      TEXT PRIMARY KEY,
      lo         REAL NOT NULL,          -- cosine mapped to 0 (unrelated)
      hi         REAL NOT NULL,          -- cosine mapped to 1 (paraphrase)
      pull       REAL NOT NULL CHECK (pull >= 0 AND pull <= 1),  -- share of the gap dense may lift a point
      spearman   REAL NOT NULL,          -- dev-set rho with these constants
      lexical_spearman REAL NOT NULL,    -- dev-set rho lexical only, for comparison
      rows       INTEGER NOT NULL,       -- dev rows fitted on
      fitted_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      CHECK (hi > lo)
    );
  `,
};
