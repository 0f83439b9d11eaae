import { z } from "zod";
import type { Db } from "./client";

/** Dense grading constants of one embedding model, as npm run calibrate fitted them. */
export const denseCalibrationSchema = z.object({
  model: z.string().min(1),
  lo: z.number(),
  hi: z.number(),
  pull: z.number().min(0).max(1),
  spearman: z.number(),
  lexicalSpearman: z.number(),
  rows: z.number().int().nonnegative(),
  fittedAt: z.string().optional(),
});
export type DenseCalibration = z.infer<typeof denseCalibrationSchema>;

interface Row {
  model: string;
  lo: number;
  hi: number;
  pull: number;
  spearman: number;
  lexical_spearman: number;
  rows: number;
  fitted_at: string;
}

const fromRow = (r: Row): DenseCalibration => ({
  model: r.model,
  lo: r.lo,
  hi: r.hi,
  pull: r.pull,
  spearman: r.spearman,
  lexicalSpearman: r.lexical_spearman,
  rows: r.rows,
  fittedAt: r.fitted_at,
});

export function getDenseCalibration(db: Db, model: string): DenseCalibration | null {
  const r = db.prepare("SELECT * FROM dense_calibration WHERE model = ?").get(model) as Row | undefined;
  return r ? fromRow(r) : null;
}

export function listDenseCalibrations(db: Db): DenseCalibration[] {
  return (db.prepare("SELECT * FROM dense_calibration ORDER BY model").all() as Row[]).map(fromRow);
}

/** Stores (or replaces) a model's constants. */
export function saveDenseCalibration(db: Db, c: DenseCalibration): void {
  const v = denseCalibrationSchema.parse(c);
  db.prepare(
    `INSERT INTO dense_calibration (model, lo, hi, pull, spearman, lexical_spearman, rows, fitted_at)
     VALUES (@model, @lo, @hi, @pull, @spearman, @lexicalSpearman, @rows, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
     ON CONFLICT(model) DO UPDATE SET lo = excluded.lo, hi = excluded.hi, pull = excluded.pull, spearman = excluded.spearman,
       lexical_spearman = excluded.lexical_spearman, rows = excluded.rows, fitted_at = excluded.fitted_at`,
  ).run(v);
}
