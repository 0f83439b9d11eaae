import { z } from "zod";
import type { Question } from "@/lib/bank/types";
import type { Db } from "@/lib/db/client";
import type { GradeLike, QuestionHistory, TurnKind } from "@/lib/db/session-rows";
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

// The stored shapes of sessions, plans and turns belong to the database layer (lib/db/session-rows.ts):
// the engine names them, the queries read and write them.
export type { GradeLike, Phase, PlannedQuestion, PointStatus, Turn, TurnKind, TurnMeta, TurnRole } from "@/lib/db/session-rows";

/** Candidate turns that are not replies to the question: they are answered, not graded. */
export const ASIDE_KINDS: ReadonlySet<TurnKind> = new Set(["clarify", "hint-request"]);

export type { TokenUsage };

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

/** The "due" order of a plan: when a question answered before is due again, and whether that is by today. */
export interface DueSchedule {
  /** Epoch ms. */
  dueAt(h: QuestionHistory): number;
  isDue(due: number, now: number): boolean;
}

/**
 * Spaced review as the engine sees it. lib/review implements it (`spacedReview`) and sits above
 * the engine, which reaches it only through its deps, as it reaches the grader.
 */
export interface SpacedReview {
  /**
   * Called inside every write transaction that may finish a question: reviews the card of each
   * question finished since. Idempotent (once per session and position).
   */
  finished(deps: { db: Db; questions: QuestionSource; now?: () => number }, sessionId: string): void;
  schedule: DueSchedule;
  /** The review clock: a session's time when `InterviewDeps.now` is not given. */
  now(): number;
}

export interface InterviewDeps<G extends GradeLike> {
  db: Db;
  questions: QuestionSource;
  grader: Grader<G>;
  review: SpacedReview;
  /** The mode a session started now gets; offline when absent. */
  currentMode?: () => SessionMode;
  now?: () => number;
  random?: () => number;
}
