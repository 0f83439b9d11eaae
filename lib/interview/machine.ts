import type { RubricPoint } from "@/lib/bank/types";
import type { GradeLike, Phase } from "./types";

/**
 * The session state machine, as pure functions: plan → ask → answer → grade →
 * follow up (0..N) → next → finish. The service (service.ts) persists each step.
 */

export type CandidateEvent = { type: "answer"; text: string } | { type: "dont-know" } | { type: "skip" };

export type Decision =
  | { type: "follow-up"; point: RubricPoint }
  | { type: "next"; position: number }
  | { type: "finish" };

/** A reply with one of these flags has nothing to probe further. */
const STOP_FLAGS = new Set(["empty", "dont-know", "injection", "off-topic"]);

/** A point is worth a follow-up when it weighs at least 60% of the question's heaviest point. */
const WEIGHTY = 0.6;

export function pickFollowUp(
  rubric: RubricPoint[],
  grade: GradeLike,
  alreadyProbed: string[],
): RubricPoint | null {
  const maxWeight = Math.max(0, ...rubric.map((p) => p.weight));
  const statusOf = new Map(grade.points.map((p) => [p.id, p.status]));
  const rank = (p: RubricPoint) => (statusOf.get(p.id) === "missing" ? 0 : 1);
  const candidates = rubric
    .filter((p) => p.weight >= WEIGHTY * maxWeight)
    .filter((p) => p.followUps.length > 0 && !alreadyProbed.includes(p.id))
    .filter((p) => (statusOf.get(p.id) ?? "missing") !== "covered")
    .sort((a, b) => rank(a) - rank(b) || b.weight - a.weight);
  return candidates[0] ?? null;
}

export interface DecideInput {
  phase: Exclude<Phase, { kind: "finished" }>;
  event: CandidateEvent;
  rubric: RubricPoint[];
  /** The question's grade with this reply merged in (null for a skip). */
  merged: GradeLike | null;
  /** Guard flags of this reply's own grade: a typed "不知道" to a follow-up ends probing too. */
  replyFlags?: string[];
  followUpsAsked: number;
  maxFollowUps: number;
  probedPointIds: string[];
  planLength: number;
}

/** What the interviewer does after the candidate's reply has been saved and graded. */
export function decide(input: DecideInput): Decision {
  const { phase, event, merged } = input;
  const moveOn = (): Decision =>
    phase.position + 1 < input.planLength ? { type: "next", position: phase.position + 1 } : { type: "finish" };
  // A skip or an admission of not knowing ends the question: probing further only repeats it.
  if (event.type !== "answer" || !merged) return moveOn();
  if ([...merged.flags, ...(input.replyFlags ?? [])].some((f) => STOP_FLAGS.has(f))) return moveOn();
  if (input.followUpsAsked >= input.maxFollowUps) return moveOn();
  const point = pickFollowUp(input.rubric, merged, input.probedPointIds);
  return point ? { type: "follow-up", point } : moveOn();
}

export function nextPhase(decision: Decision, current: Exclude<Phase, { kind: "finished" }>): Phase {
  switch (decision.type) {
    case "follow-up":
      return { kind: "awaiting-follow-up", position: current.position, pointId: decision.point.id };
    case "next":
      return { kind: "awaiting-answer", position: decision.position };
    case "finish":
      return { kind: "finished" };
  }
}
