import { z } from "zod";

/**
 * Review settings the candidate can change. Desired retention is the probability of recall
 * FSRS aims for when a card comes due: 0.9 is its default; above ~0.97 the workload explodes,
 * below 0.7 most reviews come after the answer is forgotten, so the range is bounded there.
 */
export const reviewSettingsSchema = z.object({
  desiredRetention: z.number().min(0.7).max(0.97).default(0.9),
});
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

export const DEFAULT_SETTINGS: ReviewSettings = reviewSettingsSchema.parse({});

/** Stored settings are read leniently: a value out of range falls back to its default. */
export function parseStoredSettings(stored: Record<string, unknown>): ReviewSettings {
  const out = { ...DEFAULT_SETTINGS };
  const r = reviewSettingsSchema.shape.desiredRetention.safeParse(stored.desiredRetention);
  if (r.success && r.data !== undefined) out.desiredRetention = r.data;
  return out;
}
