import { z } from "zod";
import { getSessionRow, listTurns } from "@/lib/db/session-queries";
import { ask, looksLikeClarifyingQuestion } from "./asides";
import { InterviewError } from "./errors";
import { phrasePending, pendingPhrasing, type PhraseDeps, type PhraseEvent } from "./phrase";
import { finish, resume, submit, type SendOpts } from "./service";
import type { GradeLike, InterviewDeps, SessionConfig } from "./types";
import { sessionView, type SessionView } from "./view";

/** What the candidate does in the chat; every action but "resume" saves a turn first. */
export const chatActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("answer"), text: z.string().max(20_000, "An answer is limited to 20,000 characters.") }),
  z.object({ action: z.literal("clarify"), text: z.string().min(1).max(2_000, "A question back is limited to 2,000 characters.") }),
  z.object({ action: z.literal("hint") }),
  z.object({ action: z.literal("dont-know") }),
  z.object({ action: z.literal("skip") }),
  z.object({ action: z.literal("finish") }),
  /** Grades a reply a crash left ungraded and phrases lines left pending: the POST that resumes a session. */
  z.object({ action: z.literal("resume") }),
]);
export type ChatAction = z.infer<typeof chatActionSchema>;

export type ChatEvent<G extends GradeLike> =
  | { type: "view"; view: SessionView<G> }
  | { type: "error"; message: string; status: number }
  | PhraseEvent;

const STATUS = { "not-found": 404, conflict: 409, invalid: 400 } as const;

/**
 * One chat request: act (saving the candidate's turn before anything else), show the state
 * (the grade, the offline wording of the next line), then phrase the pending interviewer lines
 * with the LLM token by token, and show the final state. A failure to grade keeps the reply
 * saved and says why; the view that follows shows where the session stands.
 */
export async function* runChat<G extends GradeLike>(
  deps: InterviewDeps<G>,
  phrase: Omit<PhraseDeps, "db" | "questions">,
  sessionId: string,
  action: ChatAction,
  opts: SendOpts,
): AsyncGenerator<ChatEvent<G>> {
  requireSession(deps, sessionId);
  try {
    await act(deps, sessionId, action, opts);
  } catch (e) {
    if (!(e instanceof InterviewError)) throw e;
    yield { type: "error", message: e.message, status: STATUS[e.code] };
  }
  const view = () => sessionView<G>(deps.db, deps.questions, sessionId);
  const row = getSessionRow<SessionConfig>(deps.db, sessionId);
  const pending = pendingPhrasing(listTurns(deps.db, sessionId));
  yield { type: "view", view: view() };
  if (!row || !pending.length) return;
  yield* phrasePending({ ...phrase, db: deps.db, questions: deps.questions }, sessionId, row.config);
  yield { type: "view", view: view() };
}

/** Before a stream starts: an unknown session is a plain 404, not an error inside the stream. */
export function requireSession<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string): void {
  if (!getSessionRow(deps.db, sessionId)) throw new InterviewError("not-found", `No interview session "${sessionId.slice(0, 80)}".`);
}

async function act<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string, action: ChatAction, opts: SendOpts): Promise<void> {
  const row = getSessionRow<SessionConfig>(deps.db, sessionId);
  if (!row) return;
  switch (action.action) {
    case "answer":
      // "你说的 X 是指？" asks back; it is answered, not graded.
      if (looksLikeClarifyingQuestion(action.text)) return ask(deps, sessionId, { type: "clarify", text: action.text }, opts, row.config);
      return submit(deps, sessionId, { type: "answer", text: action.text }, opts);
    case "clarify":
      return ask(deps, sessionId, { type: "clarify", text: action.text }, opts, row.config);
    case "hint":
      return ask(deps, sessionId, { type: "hint" }, opts, row.config);
    case "dont-know":
      return submit(deps, sessionId, { type: "dont-know" }, opts);
    case "skip":
      return submit(deps, sessionId, { type: "skip" }, opts);
    case "finish":
      return finish(deps, sessionId);
    case "resume":
      if (row.status === "active") await resume(deps, sessionId);
      return;
  }
}
