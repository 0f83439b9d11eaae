import { describe, expect, it } from "vitest";
import type { RubricPoint } from "@/lib/bank/types";
import { decide, nextPhase, pickFollowUp } from "@/lib/interview/machine";
import type { GradeLike, PointStatus } from "@/lib/interview/types";

const point = (id: string, weight: number, followUps = 1): RubricPoint => ({
  id,
  weight,
  zh: id,
  en: id,
  terms: [id],
  misconceptions: [],
  followUps: Array.from({ length: followUps }, () => ({ zh: `追问 ${id}`, en: `probe ${id}` })),
  passage: id,
});
const rubric = [point("core", 5), point("detail", 4), point("minor", 1), point("no-probe", 5, 0)];
const grade = (statuses: Record<string, PointStatus>, flags: string[] = []): GradeLike => ({
  score: 5,
  flags,
  points: rubric.map((p) => ({ id: p.id, weight: p.weight, status: statuses[p.id] ?? "covered", evidence: null })),
});
const base = {
  phase: { kind: "awaiting-answer" as const, position: 0 },
  event: { type: "answer" as const, text: "…" },
  rubric,
  followUpsAsked: 0,
  maxFollowUps: 2,
  probedPointIds: [],
  planLength: 3,
};

describe("pickFollowUp", () => {
  it("probes a missing weighty point before a partial one, heaviest first", () => {
    expect(pickFollowUp(rubric, grade({ core: "partial", detail: "missing" }), [])?.id).toBe("detail");
    expect(pickFollowUp(rubric, grade({ core: "missing", detail: "missing" }), [])?.id).toBe("core");
  });
  it("ignores light points, points without follow-ups, and points already probed", () => {
    expect(pickFollowUp(rubric, grade({ minor: "missing", "no-probe": "missing" }), [])).toBeNull();
    expect(pickFollowUp(rubric, grade({ core: "missing" }), ["core"])).toBeNull();
  });
});

describe("decide", () => {
  it("asks a follow-up when a weighty point is missed", () => {
    const d = decide({ ...base, merged: grade({ core: "missing" }) });
    expect(d).toMatchObject({ type: "follow-up", point: { id: "core" } });
    expect(nextPhase(d, base.phase)).toEqual({ kind: "awaiting-follow-up", position: 0, pointId: "core" });
  });
  it("moves on after a complete reply", () => {
    expect(decide({ ...base, merged: grade({}) })).toEqual({ type: "next", position: 1 });
  });
  it("stops probing at the session's follow-up limit", () => {
    expect(decide({ ...base, merged: grade({ core: "missing" }), followUpsAsked: 2 })).toEqual({ type: "next", position: 1 });
    expect(decide({ ...base, merged: grade({ core: "missing" }), maxFollowUps: 0 })).toEqual({ type: "next", position: 1 });
  });
  it("does not probe a skip, an admission of not knowing, or a flagged reply", () => {
    expect(decide({ ...base, event: { type: "skip" }, merged: null })).toEqual({ type: "next", position: 1 });
    expect(decide({ ...base, event: { type: "dont-know" }, merged: grade({ core: "missing" }) })).toEqual({ type: "next", position: 1 });
    expect(decide({ ...base, merged: grade({ core: "missing" }, ["injection"]) })).toEqual({ type: "next", position: 1 });
  });
  it("finishes after the last question", () => {
    const d = decide({ ...base, phase: { kind: "awaiting-answer", position: 2 }, merged: grade({}) });
    expect(d).toEqual({ type: "finish" });
    expect(nextPhase(d, { kind: "awaiting-answer", position: 2 })).toEqual({ kind: "finished" });
  });
});
