import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/bank/types";
import type { HistorySessionRow } from "@/lib/db/history-queries";
import { masteryOverTime, sessionHistory } from "@/lib/review/history";
import { sessionConfigSchema } from "@/lib/interview/types";

const q = (id: string, chapter: number) => ({ id, chapter, bankId: "b" }) as Question;
const QS = new Map([q("a", 1), q("b", 1), q("c", 2)].map((x) => [x.id, x]));
const lookup = (id: string) => QS.get(id) ?? null;

type Plan = HistorySessionRow["plan"][number];
const p = (position: number, questionId: string, status: Plan["status"], score: number | null, answeredAt: string | null): Plan => ({
  position, questionId, status, score, answeredAt,
});
const session = (id: string, createdAt: string, plan: Plan[], extra: Partial<HistorySessionRow> = {}): HistorySessionRow => ({
  id, bankId: "b", config: sessionConfigSchema.parse({ bankId: "b" }), status: "finished", createdAt,
  finishedAt: null, lastTurnAt: null, plan, ...extra,
});

const ROWS = [
  session("s2", "2026-12-02T09:00:00.000Z", [p(0, "a", "answered", 9, "2026-12-02T09:05:00.000Z"), p(1, "c", "skipped", 0, "2026-12-02T09:06:00.000Z")], {
    finishedAt: "2026-12-02T09:10:00.000Z",
  }),
  session("s1", "2026-12-01T09:00:00.000Z", [p(0, "a", "answered", 3, "2026-12-01T09:02:00.000Z"), p(1, "b", "answered", 7, "2026-12-01T09:04:00.000Z"), p(2, "zz", "pending", null, null)], {
    status: "active", lastTurnAt: "2026-12-01T09:04:30.000Z",
  }),
];

describe("session history", () => {
  it("summarises each session: chapters asked, score as in the report, duration", () => {
    const rows = sessionHistory(ROWS, lookup);
    expect(rows.map((r) => [r.id, r.chapters, r.score, r.durationMs, r.done, r.total])).toEqual([
      ["s2", [1, 2], 4.5, 10 * 60_000, 2, 2],
      // An unfinished session lasts until its last turn; a question no longer in a bank has no chapter.
      ["s1", [1], 5, 4 * 60_000 + 30_000, 2, 3],
    ]);
  });

  it("filters by bank and by chapter", () => {
    expect(sessionHistory(ROWS, lookup, { chapter: 2 }).map((r) => r.id)).toEqual(["s2"]);
    expect(sessionHistory(ROWS, lookup, { chapter: 1 }).map((r) => r.id)).toEqual(["s2", "s1"]);
    expect(sessionHistory(ROWS, lookup, { bankId: "other" })).toEqual([]);
  });
});

describe("mastery over time", () => {
  it("is the mean latest score per chapter at the end of each day with attempts", () => {
    const m = masteryOverTime(ROWS, lookup);
    expect(m.chapters).toEqual([1, 2]);
    expect(m.points).toEqual([
      { day: "2026-12-01", ch1: 5 }, // a 3, b 7
      { day: "2026-12-02", ch1: 8, ch2: 0 }, // a improved to 9, b still 7; c skipped
    ]);
  });

  it("keeps to the filtered chapter", () => {
    expect(masteryOverTime(ROWS, lookup, { chapter: 2 })).toEqual({ chapters: [2], points: [{ day: "2026-12-02", ch2: 0 }] });
  });
});
