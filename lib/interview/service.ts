import { randomUUID } from "node:crypto";
import type { Question } from "@/lib/bank/types";
import type { Db } from "@/lib/db/client";
import {
  getSessionRow,
  insertSession,
  insertTurn,
  listPlan,
  listTurns,
  questionHistory,
  setTurnGrade,
  updatePhase,
  updatePlanned,
  type SessionRow,
} from "@/lib/db/session-queries";
import { InterviewError } from "./errors";
import { acknowledgeSkip, askFollowUp, askQuestion, closing, DONT_KNOW_TEXT } from "./interviewer";
import { decide, nextPhase, type CandidateEvent } from "./machine";
import { planQuestions, type QuestionHistory } from "./plan";
import { sessionConfigSchema, type GradeLike, type Phase, type SessionConfigInput, type Turn } from "./types";

export interface QuestionSource {
  get(id: string): Question | null;
  /** Every question of a bank in bank order; null when there is no such bank. */
  list(bankId: string): Question[] | null;
}

export interface Grader<G extends GradeLike> {
  grade(q: Question, answer: string, opts: { pointIds?: string[]; lang: "zh" | "en" }): Promise<G>;
  /** The question's grade after a follow-up reply graded on its own. */
  merge(base: G, followUp: G, q: Question): G;
}

export interface InterviewDeps<G extends GradeLike> {
  db: Db;
  questions: QuestionSource;
  grader: Grader<G>;
  now?: () => number;
  random?: () => number;
}

type Open = Exclude<Phase, { kind: "finished" }>;

export function createSession<G extends GradeLike>(deps: InterviewDeps<G>, input: SessionConfigInput): string {
  const config = sessionConfigSchema.parse(input);
  const questions = deps.questions.list(config.bankId);
  if (!questions) throw new InterviewError("not-found", `No question bank "${config.bankId}".`);
  const history = new Map<string, QuestionHistory>(questionHistory(deps.db).map((h) => [h.questionId, h]));
  const ids = planQuestions(questions, config, history, deps.now?.(), deps.random);
  if (ids.length === 0) throw new InterviewError("invalid", "No question matches these chapters and difficulties.");
  const first = requireQuestion(deps, ids[0] as string);
  const id = randomUUID();
  deps.db.transaction(() => {
    insertSession(deps.db, { id, config, phase: { kind: "awaiting-answer", position: 0 }, questionIds: ids });
    updatePlanned(deps.db, id, 0, { status: "asked" });
    insertTurn(deps.db, { sessionId: id, position: 0, role: "interviewer", kind: "question", content: askQuestion(first, 0, ids.length, config.lang) });
  })();
  return id;
}

// One grading at a time per session: a double click or a resume racing an answer must not
// grade the same turn twice.
const inFlight = new Map<string, Promise<void>>();
function serialised(sessionId: string, work: () => Promise<void>): Promise<void> {
  const prev = inFlight.get(sessionId) ?? Promise.resolve();
  const next = prev.catch(() => undefined).then(work);
  inFlight.set(sessionId, next);
  return next.finally(() => {
    if (inFlight.get(sessionId) === next) inFlight.delete(sessionId);
  });
}

/** Saves the candidate's reply first, then grades it and moves the interview on. */
export async function submit<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string, event: CandidateEvent): Promise<void> {
  const row = requireOpen(deps, sessionId);
  if (event.type === "answer" && !event.text.trim()) {
    throw new InterviewError("invalid", "The answer is empty. Write something, or use “I don't know” / “skip”.");
  }
  await serialised(sessionId, async () => {
    const fresh = requireOpen(deps, sessionId);
    if (pendingTurn(listTurns<G>(deps.db, sessionId))) {
      throw new InterviewError("conflict", "The previous answer is still being graded.");
    }
    const phase = fresh.phase as Open;
    const content = event.type === "answer" ? event.text : event.type === "dont-know" ? DONT_KNOW_TEXT[row.config.lang] : "";
    insertTurn(deps.db, { sessionId, position: phase.position, role: "candidate", kind: kindOf(event), content });
    await processPending(deps, sessionId);
  });
}

/** Finishes whatever a crash or restart left half done; safe to call on every read. */
export async function resume<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): Promise<void> {
  const turns = listTurns<G>(deps.db, sessionId);
  if (!pendingTurn(turns)) return;
  await serialised(sessionId, () => processPending(deps, sessionId));
}

/**
 * resume() for read paths: a reply that cannot be graded right now must not make its session
 * unreadable. The reply stays saved and is graded again on the next read.
 */
export async function resumeQuietly<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): Promise<void> {
  try {
    await resume(deps, sessionId);
  } catch (e) {
    if (e instanceof InterviewError && e.code === "not-found") throw e;
    console.error(`[interview] could not grade the pending reply of ${sessionId}:`, e instanceof Error ? e.message : e);
  }
}

export async function finish<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): Promise<void> {
  await resume(deps, sessionId);
  const row = requireOpen(deps, sessionId);
  const phase = row.phase as Open;
  const plan = listPlan<G>(deps.db, sessionId);
  deps.db.transaction(() => {
    const current = plan[phase.position];
    if (current && current.status === "asked") {
      // A question cut short keeps what its reply earned; one never answered counts as skipped.
      updatePlanned(deps.db, sessionId, phase.position, { status: current.grade ? "answered" : "skipped" });
    }
    insertTurn(deps.db, { sessionId, position: phase.position, role: "interviewer", kind: "note", content: closing(row.config.lang) });
    updatePhase(deps.db, sessionId, { kind: "finished" });
  })();
}

async function processPending<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): Promise<void> {
  const row = getSessionRow(deps.db, sessionId);
  if (!row || row.phase.kind === "finished") return;
  const turns = listTurns<G>(deps.db, sessionId);
  const turn = pendingTurn(turns);
  if (!turn) return;
  const phase = row.phase;
  const plan = listPlan<G>(deps.db, sessionId);
  const planned = plan[phase.position];
  if (!planned) throw new InterviewError("conflict", "The session's plan is out of step with its phase.");
  const q = requireQuestion(deps, planned.questionId);
  const lang = row.config.lang;
  const event: CandidateEvent =
    turn.kind === "skip" ? { type: "skip" } : turn.kind === "dont-know" ? { type: "dont-know" } : { type: "answer", text: turn.content };

  let own: G | null = null;
  let merged: G | null = planned.grade;
  if (event.type !== "skip") {
    const pointIds = phase.kind === "awaiting-follow-up" ? [phase.pointId] : undefined;
    own = await deps.grader.grade(q, turn.content, { pointIds, lang });
    merged = phase.kind === "awaiting-follow-up" && planned.grade ? deps.grader.merge(planned.grade, own, q) : own;
  }
  const probed = turns.filter((t) => t.position === phase.position && t.kind === "follow-up").map((t) => t.pointId ?? "");
  const decision = decide({
    phase,
    event,
    rubric: q.rubric,
    merged,
    followUpsAsked: planned.followUps,
    maxFollowUps: row.config.maxFollowUps,
    probedPointIds: probed,
    planLength: plan.length,
  });

  deps.db.transaction(() => {
    if (own) setTurnGrade(deps.db, turn.id, own);
    else setTurnGrade(deps.db, turn.id, { score: 0, points: [], flags: ["skipped"] });
    const status = decision.type === "follow-up" ? "asked" : event.type === "skip" && !planned.grade ? "skipped" : "answered";
    const followUps = planned.followUps + (decision.type === "follow-up" ? 1 : 0);
    updatePlanned(deps.db, sessionId, phase.position, { status, followUps, grade: merged });
    if (event.type === "skip") {
      insertTurn(deps.db, { sessionId, position: phase.position, role: "interviewer", kind: "note", content: acknowledgeSkip(lang) });
    }
    if (decision.type === "follow-up") {
      const st = merged?.points.find((p) => p.id === decision.point.id)?.status === "partial" ? "partial" : "missing";
      insertTurn(deps.db, {
        sessionId,
        position: phase.position,
        role: "interviewer",
        kind: "follow-up",
        pointId: decision.point.id,
        content: askFollowUp(decision.point, st, lang),
      });
    } else if (decision.type === "next") {
      const nq = requireQuestion(deps, plan[decision.position]?.questionId ?? "");
      updatePlanned(deps.db, sessionId, decision.position, { status: "asked" });
      insertTurn(deps.db, {
        sessionId,
        position: decision.position,
        role: "interviewer",
        kind: "question",
        content: askQuestion(nq, decision.position, plan.length, lang),
      });
    } else {
      insertTurn(deps.db, { sessionId, position: phase.position, role: "interviewer", kind: "note", content: closing(lang) });
    }
    updatePhase(deps.db, sessionId, nextPhase(decision, phase));
  })();
}

/** The candidate's last reply, if it has not been graded yet. */
function pendingTurn<G extends GradeLike>(turns: Turn<G>[]): Turn<G> | null {
  const last = turns.at(-1);
  return last && last.role === "candidate" && last.grade === null ? last : null;
}

function kindOf(e: CandidateEvent) {
  return e.type === "answer" ? ("answer" as const) : e.type;
}

function requireOpen<G extends GradeLike>(deps: InterviewDeps<G>, id: string): SessionRow {
  const row = getSessionRow(deps.db, id);
  if (!row) throw new InterviewError("not-found", `No interview session "${id}".`);
  if (row.phase.kind === "finished") throw new InterviewError("conflict", "This interview has already finished.");
  return row;
}

function requireQuestion<G extends GradeLike>(deps: InterviewDeps<G>, id: string): Question {
  const q = deps.questions.get(id);
  if (!q) throw new InterviewError("not-found", `Question "${id}" is no longer in its bank.`);
  return q;
}
