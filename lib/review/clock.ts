import { z } from "zod";

const DAY = 86_400_000;

/**
 * APP_CLOCK_OFFSET_DAYS shifts the app's review clock by whole or fractional days, so that a
 * browser test (or a curious user) can see what is due next week without waiting for it. Read
 * here and nowhere else; unit tests inject `now` instead.
 */
export function clockOffsetDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.APP_CLOCK_OFFSET_DAYS?.trim();
  if (!raw) return 0;
  const parsed = z.coerce.number().finite().safeParse(raw);
  if (!parsed.success) throw new Error(`APP_CLOCK_OFFSET_DAYS must be a number of days, got "${raw}".`);
  return parsed.data;
}

let offsetMs: number | null = null;

/** The review clock: the real time plus APP_CLOCK_OFFSET_DAYS. */
export function appNow(): number {
  offsetMs ??= clockOffsetDays() * DAY;
  return Date.now() + offsetMs;
}

/** The clock of an interview's dependencies when it has one (tests), the app's otherwise. */
export const clockOf = (deps: { now?: () => number }): number => deps.now?.() ?? appNow();
