import { getDb } from "@/lib/db/client";
import { getDenseCalibration, type DenseCalibration } from "@/lib/db/calibration-queries";

/**
 * Dense grading is used only for a model whose constants npm run calibrate fitted on the dev
 * sets and stored in SQLite: an uncalibrated model's cosines mean nothing to the grader, so it
 * grades lexically. Looked up once per model per process (calibrate writes, the app reads).
 */
const cache = new Map<string, DenseCalibration | null>();

export function denseCalibrationFor(model: string): DenseCalibration | null {
  if (cache.has(model)) return cache.get(model) ?? null;
  let c: DenseCalibration | null = null;
  try {
    c = getDenseCalibration(getDb(), model);
  } catch {
    // No database or no table yet: uncalibrated.
    c = null;
  }
  cache.set(model, c);
  return c;
}

/** Forget cached lookups (after npm run calibrate wrote new constants in this process). */
export function resetCalibrationCache(): void {
  cache.clear();
}

export interface CalibrationStatus {
  /** The configured embedding model. */
  model: string;
  calibrated: boolean;
  /** "hybrid" only for a calibrated model; whether the model is loaded is retrieval's status. */
  gradingMode: "hybrid" | "lexical";
  fittedAt: string | null;
  spearman: number | null;
}

/** Which embedding model grading would use densely, for GET /api/status. */
export function calibrationStatus(model: string): CalibrationStatus {
  const c = denseCalibrationFor(model);
  return { model, calibrated: !!c, gradingMode: c ? "hybrid" : "lexical", fittedAt: c?.fittedAt ?? null, spearman: c?.spearman ?? null };
}
