import { randomUUID } from "node:crypto";
import {
  getSessionRow,
  insertSession,
  insertTurn,
  listPlan,
  turnIdByClientKey,
  listTurns,
  questionHistory,
  updatePhase,
  updatePlanned,
  type SessionRow,
} from "@/lib/db/session-queries";
import { pendingTurn, processPending } from "./advance";
import { InterviewError } from "./errors";
import { askQuestion, closing, DONT_KNOW_TEXT } from "./interviewer";
import { phraseMeta } from "./phrase-meta";
import type { CandidateEvent } from "./machine";
import { planQuestions, questionPool, type QuestionHistory } from "./plan";
import { sessionConfigSchema, type GradeLike, type InterviewDeps, type Phase, type SessionConfig, type SessionConfigInput, type Turn } from "./types";

export type { Grader, InterviewDeps, QuestionSource } from "./types";

type Open = Exclude<Phase, { kind: "finished" }>;

export function createSession<G extends GradeLike>(deps: InterviewDeps<G>, input: SessionConfigInput): string {
  // The mode is the server's to set, whatever the request said.
  const config = { ...sessionConfigSchema.parse(input), mode: deps.currentMode?.() ?? { llm: false, dense: false, model: null } };
  const questions = questionPool(deps.questions, config);
  if (!questions) throw new InterviewError("not-found", `No question bank "${config.bankId}".`);
  const history = new Map<string, QuestionHistory>(questionHistory(deps.db).map((h) => [h.questionId, h]));
  const ids = planQuestions(questions, config, history, deps.now?.() ?? deps.review.now(), deps.review.schedule, deps.random);
  const first = ids[0] ? deps.questions.get(ids[0]) : null;
  if (!first) throw new InterviewError("invalid", "No question matches these chapters and difficulties.");
  const id = randomUUID();
  deps.db.transaction(() => {
    insertSession(deps.db, { id, config, phase: { kind: "awaiting-answer", position: 0 }, questionIds: ids });
    updatePlanned(deps.db, id, 0, { status: "asked" });
    insertTurn(deps.db, {
      sessionId: id,
      position: 0,
      role: "interviewer",
      kind: "question",
      content: askQuestion(first, 0, ids.length, config.lang),
      meta: phraseMeta(config.mode, "question"),
    });
  })();
  return id;
}

// One grading at a time per session and process. On globalThis because Next bundles this
// module separately into the page and into each route; advance.ts re-checks in SQLite anyway.
const holder = globalThis as unknown as { __interviewInFlight?: Map<string, Promise<void>> };
const inFlight = (holder.__interviewInFlight ??= new Map());
function serialised(sessionId: string, work: () => Promise<void>): Promise<void> {
  const prev = inFlight.get(sessionId) ?? Promise.resolve();
  const next = prev.catch(() => undefined).then(work);
  inFlight.set(sessionId, next);
  return next.finally(() => {
    if (inFlight.get(sessionId) === next) inFlight.delete(sessionId);
  });
}

export interface SendOpts {
  /** The last turn the sender had seen: a reply from a stale page is refused, not misfiled. */
  afterTurnId?: number;
  /** The sender's key for this reply: the same key sent twice saves one reply. */
  clientKey?: string;
}

/**
 * Saves the candidate's reply first, then grades it and moves the interview on. The check (is
 * this page current, is nothing pending, was this key seen) and the insert are one IMMEDIATE
 * transaction, so two requests (two tabs, a retry, two server processes on one file) cannot
 * both save. A retry of a reply that was already saved is recognised and not saved twice.
 */
export async function submit<G extends GradeLike>(
  deps: InterviewDeps<G>,
  sessionId: string,
  event: CandidateEvent,
  sendOpts: SendOpts | number = {},
): Promise<void> {
  const opts: SendOpts = typeof sendOpts === "number" ? { afterTurnId: sendOpts } : sendOpts;
  const row = requireOpen(deps, sessionId);
  if (event.type === "answer" && !event.text.trim()) {
    throw new InterviewError("invalid", "The answer is empty. Write something, or use “I don't know” / “skip”.");
  }
  const kind = event.type;
  const content = event.type === "answer" ? event.text : event.type === "dont-know" ? DONT_KNOW_TEXT[row.config.lang] : "";
  await serialised(sessionId, async () => {
    const saved = saveCandidateTurn(deps, sessionId, opts, { kind, content }, (turns) => {
      if (pendingTurn(turns)) {
        throw new InterviewError("conflict", "Your previous answer has not been graded yet: use “Grade it now”, or end the interview.");
      }
    });
    if (saved) await processPending(deps, sessionId);
  });
}

/**
 * Writes a candidate turn after the checks, in one IMMEDIATE transaction; `after` may add turns
 * in the same transaction (the interviewer's reply to an aside). False when this is a repeat.
 */
export function saveCandidateTurn<G extends GradeLike>(
  deps: InterviewDeps<G>,
  sessionId: string,
  opts: SendOpts,
  turn: { kind: Turn["kind"]; content: string },
  check: (turns: Turn<G>[]) => void,
  after?: (phase: Open) => void,
): boolean {
  return deps.db
    .transaction((): boolean => {
      const phase = requireOpen(deps, sessionId).phase as Open;
      if (opts.clientKey && turnIdByClientKey(deps.db, sessionId, opts.clientKey) !== null) return false;
      const turns = listTurns<G>(deps.db, sessionId);
      const last = turns.at(-1);
      if (opts.afterTurnId !== undefined && last && last.id !== opts.afterTurnId) {
        const sent = turns.find((t) => t.id > (opts.afterTurnId ?? 0) && t.role === "candidate");
        if (sent && sent.kind === turn.kind && sent.content === turn.content) return false;
        throw new InterviewError("conflict", "The interview has moved on since this page was loaded (another tab?). Reload to see where it stands; your text is still in the box.");
      }
      check(turns);
      insertTurn(deps.db, { sessionId, position: phase.position, role: "candidate", kind: turn.kind, content: turn.content, clientKey: opts.clientKey });
      after?.(phase);
      return true;
    })
    .immediate();
}

/** Finishes whatever a crash or restart left half done; safe to call on every read. */
export async function resume<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): Promise<void> {
  if (!pendingTurn(listTurns<G>(deps.db, sessionId))) return;
  await serialised(sessionId, () => processPending(deps, sessionId));
}

/**
 * resume() for read paths: a reply that cannot be graded right now must not make its session
 * unreadable. The reply stays saved; the error is returned for the page to show.
 */
export async function resumeQuietly<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): Promise<string | null> {
  try {
    await resume(deps, sessionId);
    return null;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`[interview] could not grade the pending reply of ${sessionId}: ${message}`);
    return message;
  }
}

/** Ends the interview now. A reply that cannot be graded does not keep the candidate in. */
export async function finish<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): Promise<void> {
  requireOpen(deps, sessionId);
  await resumeQuietly(deps, sessionId);
  await serialised(sessionId, async () => {
    const row = requireOpen(deps, sessionId);
    const phase = row.phase as Open;
    const current = listPlan<G>(deps.db, sessionId)[phase.position];
    deps.db.transaction(() => {
      // A question cut short keeps what its replies earned; one never answered stays "asked"
      // (not asked to the end): the report leaves it out of the score rather than count a 0.
      if (current?.status === "asked" && current.grade) updatePlanned(deps.db, sessionId, phase.position, { status: "answered" });
      deps.review.finished(deps, sessionId);
      insertTurn(deps.db, { sessionId, position: phase.position, role: "interviewer", kind: "note", content: closing(row.config.lang) });
      updatePhase(deps.db, sessionId, { kind: "finished" });
    })();
  });
}

function requireOpen<G extends GradeLike>(deps: InterviewDeps<G>, id: string): SessionRow<SessionConfig> {
  const row = getSessionRow<SessionConfig>(deps.db, id);
  if (!row) throw new InterviewError("not-found", `No interview session "${id}".`);
  if (row.phase.kind === "finished") throw new InterviewError("conflict", "This interview has already finished.");
  return row;
}
