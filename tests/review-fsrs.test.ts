import { describe, expect, it } from "vitest";
import { Rating, State } from "ts-fsrs";
import { clockOffsetDays } from "@/lib/review/clock";
import { endOfDay, isDueBy } from "@/lib/review/due";
import { ratingFor } from "@/lib/review/rating";
import { retarget, review } from "@/lib/review/scheduler";
import { parseStoredSettings, reviewSettingsSchema } from "@/lib/review/settings";

const DAY = 86_400_000;
const T0 = Date.parse("2026-12-01T10:00:00Z");
const days = (from: number, to: Date) => (to.getTime() - from) / DAY;

describe("grade → FSRS rating", () => {
  it("maps the score bands at their edges", () => {
    const r = (score: number) => ratingFor({ status: "answered", score });
    expect([0, 2, 4].map(r)).toEqual([Rating.Again, Rating.Again, Rating.Again]);
    expect([4.1, 5, 6].map(r)).toEqual([Rating.Hard, Rating.Hard, Rating.Hard]);
    expect([6.1, 7.5, 8.5].map(r)).toEqual([Rating.Good, Rating.Good, Rating.Good]);
    expect([8.6, 9.4, 10].map(r)).toEqual([Rating.Easy, Rating.Easy, Rating.Easy]);
  });

  it("rates a skip or an ungraded question Again, whatever the score column says", () => {
    expect(ratingFor({ status: "skipped", score: 9 })).toBe(Rating.Again);
    expect(ratingFor({ status: "answered", score: null })).toBe(Rating.Again);
    expect(ratingFor({ status: "answered", score: Number.NaN })).toBe(Rating.Again);
  });
});

describe("scheduler", () => {
  it("schedules a first review in whole days, longer for better ratings", () => {
    const intervals = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).map((g) => days(T0, review(null, g, T0, 0.9).card.due));
    expect(intervals[0]).toBe(1); // no minute-level learning steps: tomorrow
    for (const d of intervals) expect(Number.isInteger(d)).toBe(true);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
  });

  it("grows the interval on a second good review and resets it on a lapse", () => {
    const first = review(null, Rating.Good, T0, 0.9).card;
    const at = first.due.getTime();
    const good = review(first, Rating.Good, at, 0.9).card;
    const again = review(first, Rating.Again, at, 0.9).card;
    expect(days(at, good.due)).toBeGreaterThan(days(T0, first.due));
    expect(days(at, again.due)).toBe(1);
    expect(again.lapses).toBe(1);
    expect(good.reps).toBe(2);
  });

  it("gives shorter intervals for a higher desired retention, and retargets reviewed cards", () => {
    const at95 = review(null, Rating.Easy, T0, 0.95).card;
    const at80 = review(null, Rating.Easy, T0, 0.8).card;
    expect(days(T0, at95.due)).toBeLessThan(days(T0, at80.due));
    // Same memory state, new retention: the due date is recomputed from the last review (FSRS's
    // interval for that stability; a first review's own rules may differ from it by a day).
    const moved = retarget(at80, 0.95);
    expect(moved.due.getTime()).toBeLessThan(at80.due.getTime());
    expect(Math.abs(days(T0, moved.due) - days(T0, at95.due))).toBeLessThanOrEqual(1);
    expect(moved.stability).toBe(at80.stability);
    const fresh = { ...at80, state: State.New, last_review: undefined };
    expect(retarget(fresh, 0.95)).toBe(fresh);
  });
});

describe("due today and the clock", () => {
  it("counts a card due later today as due, one due tomorrow as not", () => {
    const now = new Date(2026, 11, 1, 9, 0).getTime(); // local time, as the day is local
    expect(endOfDay(now)).toBe(new Date(2026, 11, 2, 0, 0).getTime());
    expect(isDueBy(new Date(2026, 11, 1, 23, 59).getTime(), now)).toBe(true);
    expect(isDueBy(new Date(2026, 10, 20).getTime(), now)).toBe(true);
    expect(isDueBy(new Date(2026, 11, 2, 0, 0).getTime(), now)).toBe(false);
  });

  it("reads APP_CLOCK_OFFSET_DAYS strictly", () => {
    expect(clockOffsetDays({})).toBe(0);
    expect(clockOffsetDays({ APP_CLOCK_OFFSET_DAYS: "10" })).toBe(10);
    expect(clockOffsetDays({ APP_CLOCK_OFFSET_DAYS: "-1.5" })).toBe(-1.5);
    expect(() => clockOffsetDays({ APP_CLOCK_OFFSET_DAYS: "next week" })).toThrow(/APP_CLOCK_OFFSET_DAYS/);
  });

  it("bounds desired retention and reads stored values leniently", () => {
    expect(reviewSettingsSchema.parse({}).desiredRetention).toBe(0.9);
    expect(reviewSettingsSchema.safeParse({ desiredRetention: 0.5 }).success).toBe(false);
    expect(reviewSettingsSchema.safeParse({ desiredRetention: 0.99 }).success).toBe(false);
    expect(parseStoredSettings({ desiredRetention: 0.85 }).desiredRetention).toBe(0.85);
    expect(parseStoredSettings({ desiredRetention: "high" }).desiredRetention).toBe(0.9);
  });
});
