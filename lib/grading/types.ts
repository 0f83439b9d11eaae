import { z } from "zod";
import type { Question } from "@/lib/bank/types";

export const POINT_STATUSES = ["covered", "partial", "missing"] as const;
export type PointStatus = (typeof POINT_STATUSES)[number];

export const GRADE_FLAGS = [
  "empty",
  "dont-know",
  "injection",
  "term-list",
  "repeats-question",
  "filler",
  "off-topic",
  /** The question has no rubric yet: graded against its reference passages. */
  "no-rubric",
  /** Neither rubric nor reference answer: nothing to grade against. */
  "no-reference",
] as const;
export type GradeFlag = (typeof GRADE_FLAGS)[number];

const score10 = z.number().min(0).max(10);

export const dimensionsSchema = z.object({
  correctness: score10,
  completeness: score10,
  depth: score10,
  clarity: score10,
});
export type Dimensions = z.infer<typeof dimensionsSchema>;

export const pointGradeSchema = z.object({
  id: z.string(),
  weight: z.number().positive(),
  status: z.enum(POINT_STATUSES),
  /** The candidate's sentence that earned the status (null when missing). */
  evidence: z.string().nullable(),
  /** The reference passage the point rests on (via passageForPoint). */
  passage: z.object({ id: z.string(), text: z.string() }).nullable(),
  /** 0..1 match strength behind the status; kept so a merge can compare like with like. */
  similarity: z.number().min(0).max(1),
});
export type PointGrade = z.infer<typeof pointGradeSchema>;

export const FINDING_KINDS = ["misconception", "swap", "number", "negation"] as const;

/** A wrong claim the answer asserts (misconception, swapped pair, wrong number, denied key point). */
export const misconceptionHitSchema = z.object({
  pointId: z.string(),
  zh: z.string(),
  en: z.string(),
  evidence: z.string(),
  /** Optional: grades stored before findings had kinds and passages still parse. */
  kind: z.enum(FINDING_KINDS).optional(),
  /** The reference passage the claim contradicts. */
  passage: z.string().nullable().optional(),
});
export type MisconceptionHit = z.infer<typeof misconceptionHitSchema>;

export const gradeSchema = z.object({
  questionId: z.string(),
  score: score10,
  dimensions: dimensionsSchema,
  points: z.array(pointGradeSchema),
  misconceptions: z.array(misconceptionHitSchema),
  flags: z.array(z.string()),
  feedback: z.string(),
  lang: z.enum(["zh", "en"]),
  mode: z.enum(["lexical", "hybrid"]),
  /** Internal facts the score was computed from; a merge recomputes the score from them. */
  basis: z.object({
    /** Answer-level signals, 0..1: explanation markers (causal links, comparisons, formulas) and clarity. */
    markers: z.number().min(0).max(1),
    /** On-topic density of the answer's own words against the question's material. */
    topicality: z.number().min(0).max(1),
    clarity: z.number().min(0).max(1),
    /** Highest score the guards allow (10 when no guard fired). */
    cap: score10,
  }),
});
export type Grade = z.infer<typeof gradeSchema>;

export interface GradeInput {
  question: Question;
  answer: string;
  lang?: "zh" | "en";
  /** Grade only these key points, e.g. for the reply to a follow-up about one point. */
  pointIds?: string[];
}

/** What the grader compares against besides the question itself, handed in by the caller (lib/wiring for the app). */
export interface GradeContext {
  /** Every question of the question's bank: vocabulary statistics and the off-topic check. */
  questions: readonly Question[];
  /** The embedding model, when one is loaded; absent or null: lexical. */
  embedder?: import("./dense").Embedder | null;
  /**
   * The embedder's dense constants (its stored calibration; npm run calibrate passes candidates
   * while it fits them); absent or null: lexical.
   */
  calibration?: import("./dense").DenseConstants | null;
}
