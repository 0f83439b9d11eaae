/**
 * What the session tables hold (sessions, session_questions, turns), as the query modules read
 * and write it. The database layer owns these shapes so that it knows nothing above it;
 * lib/interview/types.ts re-exports them as the engine's own words. A session's config is the
 * engine's document (a zod schema there): stored as JSON, it is typed here only by the fields
 * the queries themselves read, and the engine names its full type when it reads a row.
 */

/** The part of a session's config the queries read: its bank (a column) and language. */
export interface StoredSessionConfig {
  bankId: string;
  lang: "zh" | "en";
}

/** Where a session stands: what the interviewer is waiting for. */
export type Phase =
  | { kind: "awaiting-answer"; position: number }
  | { kind: "awaiting-follow-up"; position: number; pointId: string }
  | { kind: "finished" };

export type PointStatus = "covered" | "partial" | "missing";

/** The part of a grade the engine relies on; lib/grading produces the full object. */
export interface GradeLike {
  score: number;
  points: Array<{ id: string; weight: number; status: PointStatus; evidence: string | null }>;
  flags: string[];
}

export type TurnRole = "interviewer" | "candidate";
export type TurnKind =
  | "question"
  | "follow-up"
  | "answer"
  | "skip"
  | "dont-know"
  | "note"
  /** The candidate asks back ("你说的 X 是指？"); never graded as a reply. */
  | "clarify"
  /** The interviewer's answer to a clarifying question. */
  | "clarification"
  /** The candidate asks for a hint; never graded. */
  | "hint-request"
  | "hint";

/** How an interviewer line came to be, and what it cost. Stored with the turn. */
export interface TurnMeta {
  /**
   * offline: the offline interviewer's line. pending: that line stands in until the model's
   * phrasing arrives. streaming: a request is phrasing it now (since `since`). llm: the model's.
   */
  phrase?: "offline" | "pending" | "streaming" | "llm";
  /** While streaming: when it started, and which server process is doing it. */
  since?: string;
  by?: string;
  /** Why the model's phrasing was not (fully) used: shown as a small notice. */
  fallback?: string;
  model?: string;
  /** Token counts as the server reported them (lib/llm's TokenUsage has this shape). */
  usage?: { prompt: number; completion: number };
}

export interface Turn<G extends GradeLike = GradeLike> {
  id: number;
  position: number;
  role: TurnRole;
  kind: TurnKind;
  pointId: string | null;
  content: string;
  grade: G | null;
  meta: TurnMeta | null;
  createdAt: string;
}

export interface PlannedQuestion<G extends GradeLike = GradeLike> {
  position: number;
  questionId: string;
  status: "pending" | "asked" | "answered" | "skipped";
  followUps: number;
  score: number | null;
  grade: G | null;
}

/** A question's latest result over every session, for planning (questionHistory()). */
export interface QuestionHistory {
  questionId: string;
  attempts: number;
  lastScore: number;
  /** ISO time of the last graded attempt. */
  lastAt: string;
  /** ISO due date of the question's FSRS card; null/absent when it has none yet. */
  due?: string | null;
}
