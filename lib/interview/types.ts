import { z } from "zod";
import type { Question } from "@/lib/bank/types";
import type { Db } from "@/lib/db/client";
import type { TokenUsage } from "@/lib/llm/types";
import { FEEDBACK_TIMINGS, ORDERS } from "./session-options";

export { FEEDBACK_TIMINGS, ORDERS, type FeedbackTiming, type Order } from "./session-options";

export const sessionConfigSchema = z.object({
  bankId: z.string().min(1),
  /** Chapter numbers; empty = every chapter. */
  chapters: z.array(z.number().int().positive()).default([]),
  count: z.number().int().min(1).max(55).default(5),
  /** Difficulties to include; empty = all. */
  difficulty: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).default([]),
  order: z.enum(ORDERS).default("bank"),
  /** Follow-ups the interviewer may ask per question. */
  maxFollowUps: z.number().int().min(0).max(3).default(1),
  lang: z.enum(["zh", "en"]).default("zh"),
  /** Set by the server when the session starts, never by the request: see SessionMode. */
  mode: z
    .object({ llm: z.boolean(), dense: z.boolean(), model: z.string().max(300).nullable().default(null) })
    .optional(),
  /** When grades, key points and reference passages reach the candidate: after each question, or only in the report. */
  feedback: z.enum(FEEDBACK_TIMINGS).default("each"),
  /** Topic practice: these questions (any bank), in this order; chapters, difficulty, order and count then do not apply. */
  questionIds: z.array(z.string().min(1).max(200)).min(1).max(55).optional(),
});

/**
 * One mode per session, fixed when it starts: an LLM interviewer and grader (or the offline
 * ones), and dense or lexical matching. A score never changes because a model finished loading
 * or a key was added mid-session; a model that is gone later is a visible fallback.
 */
export type SessionMode = NonNullable<z.infer<typeof sessionConfigSchema>["mode"]>;
export type SessionConfig = z.infer<typeof sessionConfigSchema>;
export type SessionConfigInput = z.input<typeof sessionConfigSchema>;

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

/** Candidate turns that are not replies to the question: they are answered, not graded. */
export const ASIDE_KINDS: ReadonlySet<TurnKind> = new Set(["clarify", "hint-request"]);

export type { TokenUsage };

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
  usage?: TokenUsage;
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

export interface QuestionSource {
  get(id: string): Question | null;
  /** Every question of a bank in bank order; null when there is no such bank. */
  list(bankId: string): Question[] | null;
}

export interface Grader<G extends GradeLike> {
  grade(q: Question, answer: string, opts: { pointIds?: string[]; lang: "zh" | "en"; mode?: SessionMode }): Promise<G>;
  /** The question's grade after a follow-up reply graded on its own. */
  merge(base: G, followUp: G, q: Question): G;
}

export interface InterviewDeps<G extends GradeLike> {
  db: Db;
  questions: QuestionSource;
  grader: Grader<G>;
  /** The mode a session started now gets; offline when absent. */
  currentMode?: () => SessionMode;
  now?: () => number;
  random?: () => number;
}
