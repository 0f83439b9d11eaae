import type { Question } from "@/lib/bank/types";
import {
  claimTurn,
  getSessionRow,
  insertTurn,
  listPlan,
  listTurns,
  updatePhase,
  updatePlanned,
} from "@/lib/db/session-queries";
import { acknowledgeSkip, askFollowUp, askQuestion, closing, questionRemoved } from "./interviewer";
import { decide, nextPhase, type CandidateEvent, type Decision } from "./machine";
import { phraseMeta } from "./phrase-meta";
import { ASIDE_KINDS, type GradeLike, type InterviewDeps, type Phase, type PlannedQuestion, type SessionConfig, type Turn } from "./types";

type Open = Exclude<Phase, { kind: "finished" }>;

/** Raised inside the write transaction when another request got there first; rolls it back. */
class Superseded extends Error {}

/** The candidate's last reply, if it has not been graded yet. */
export function pendingTurn<G extends GradeLike>(turns: Turn<G>[]): Turn<G> | null {
  const last = turns.at(-1);
  return last && last.role === "candidate" && last.grade === null && !ASIDE_KINDS.has(last.kind) ? last : null;
}

const SKIPPED = { score: 0, points: [], flags: ["skipped"] } satisfies GradeLike;

/**
 * Grades the pending reply and moves the interview on. Reads, awaits the grader, then writes
 * in one transaction that first re-checks the phase and claims the turn: a second request that
 * graded the same reply meanwhile (another bundle's lock, another process) makes this a no-op.
 */
export async function processPending<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): Promise<void> {
  const row = getSessionRow<SessionConfig>(deps.db, sessionId);
  if (!row || row.phase.kind === "finished") return;
  const turn = pendingTurn(listTurns<G>(deps.db, sessionId));
  if (!turn) return;
  const phase = row.phase;
  const plan = listPlan<G>(deps.db, sessionId);
  const planned = plan[phase.position];
  if (!planned) return;
  const q = deps.questions.get(planned.questionId);
  const lang = row.config.lang;
  // A question edited out of its bank mid-session cannot be graded: it is passed like a skip.
  const event: CandidateEvent =
    !q || turn.kind === "skip" ? { type: "skip" } : turn.kind === "dont-know" ? { type: "dont-know" } : { type: "answer", text: turn.content };

  let own: G | null = null;
  let merged: G | null = planned.grade;
  if (q && event.type !== "skip") {
    const pointIds = phase.kind === "awaiting-follow-up" && q.rubric.some((p) => p.id === phase.pointId) ? [phase.pointId] : undefined;
    own = await deps.grader.grade(q, turn.content, { pointIds, lang, mode: row.config.mode });
    merged = pointIds && planned.grade ? deps.grader.merge(planned.grade, own, q) : own;
  }
  const turns = listTurns<G>(deps.db, sessionId);
  const probed = turns.filter((t) => t.position === phase.position && t.kind === "follow-up").map((t) => t.pointId ?? "");
  const decision = decide({
    phase,
    event,
    rubric: q?.rubric ?? [],
    merged,
    replyFlags: own?.flags ?? [],
    followUpsAsked: planned.followUps,
    maxFollowUps: row.config.maxFollowUps,
    probedPointIds: probed,
    planLength: plan.length,
  });

  try {
    deps.db.transaction(() => {
      const now = getSessionRow(deps.db, sessionId);
      if (!now || JSON.stringify(now.phase) !== JSON.stringify(phase)) throw new Superseded();
      if (!claimTurn(deps.db, turn.id, own ?? SKIPPED)) throw new Superseded();
      const status = decision.type === "follow-up" ? "asked" : event.type === "skip" && !planned.grade ? "skipped" : "answered";
      updatePlanned(deps.db, sessionId, phase.position, {
        status,
        followUps: planned.followUps + (decision.type === "follow-up" ? 1 : 0),
        grade: merged,
      });
      deps.review.finished(deps, sessionId);
      const say = (position: number, kind: "question" | "follow-up" | "note", content: string, pointId?: string) =>
        insertTurn(deps.db, { sessionId, position, role: "interviewer", kind, content, pointId, meta: phraseMeta(row.config.mode, kind) });
      if (!q) say(phase.position, "note", questionRemoved(lang));
      else if (event.type === "skip") say(phase.position, "note", acknowledgeSkip(lang));
      const next = moveOnPast(deps, sessionId, plan, decision, say);
      if (next.type === "follow-up") {
        const st = merged?.points.find((p) => p.id === next.point.id)?.status === "partial" ? "partial" : "missing";
        say(phase.position, "follow-up", askFollowUp(next.point, st, lang), next.point.id);
      } else if (next.type === "next") {
        updatePlanned(deps.db, sessionId, next.position, { status: "asked" });
        say(next.position, "question", askQuestion(next.question, next.position, plan.length, lang));
      } else {
        say(phase.position, "note", closing(lang));
      }
      updatePhase(deps.db, sessionId, nextPhase(next, phase as Open));
    })();
  } catch (e) {
    if (!(e instanceof Superseded)) throw e;
  }
}

/** Resolves "next" to the next question still in its bank, passing over any that were removed. */
function moveOnPast<G extends GradeLike>(
  deps: InterviewDeps<G>,
  sessionId: string,
  plan: PlannedQuestion<G>[],
  decision: Decision,
  say: (position: number, kind: "note", content: string) => void,
): (Decision & { type: "follow-up" | "finish" }) | { type: "next"; position: number; question: Question } {
  if (decision.type !== "next") return decision;
  const lang = getSessionRow(deps.db, sessionId)?.config.lang ?? "zh";
  for (let position = decision.position; position < plan.length; position++) {
    const question = deps.questions.get(plan[position]?.questionId ?? "");
    if (question) return { type: "next", position, question };
    updatePlanned(deps.db, sessionId, position, { status: "skipped" });
    say(position, "note", questionRemoved(lang));
  }
  return { type: "finish" };
}
