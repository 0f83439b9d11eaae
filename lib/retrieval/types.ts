import { z } from "zod";

/** What a retrievable unit is: a whole question, one passage of its answer, or one rubric key point. */
export type UnitKind = "question" | "passage" | "point";

export interface RetrievalUnit {
  /** `${questionId}#q`, the passage id, or `${questionId}#point-${pointId}`. */
  id: string;
  bankId: string;
  questionId: string;
  kind: UnitKind;
  /** What a hit shows. */
  text: string;
  /** What is embedded (without model prefixes): the text with the context it needs to stand alone. */
  embedText: string;
  /** Lexical fields; their weights are in lexical-params.ts. */
  fields: UnitFields;
  /** sha256 of embedText: a changed hash means the unit must be embedded again. */
  hash: string;
}

export interface UnitFields {
  /** The question's own (Chinese) title: question units only. */
  title?: string;
  /** Passage text, or a point's statement in both languages. */
  body?: string;
  /** English title of the question (question units only). */
  titleEn?: string;
  /** Rubric terms with all their aliases (question and point units). */
  terms?: string;
  /** Where the unit sits: chapter topic, heading path. */
  context?: string;
}

/** Which side produced a ranking: both fused, the lexical index alone, or the dense index alone. */
export type RetrievalMode = "hybrid" | "lexical" | "dense";

export interface UnitHit {
  bankId: string;
  questionId: string;
  unit: UnitKind;
  unitId: string;
  text: string;
  score: number;
}

/** One question, represented by its best-matching unit. */
export interface QuestionHit extends UnitHit {
  title: string;
}

export interface RetrieveResult {
  mode: RetrievalMode;
  hits: QuestionHit[];
}

export const retrieveRequestSchema = z.object({
  query: z
    .string({ error: (i) => (i.input === undefined ? "query is required" : "query must be a string") })
    .trim()
    .min(1, "query must not be empty")
    .max(2000, "query is longer than 2000 characters"),
  k: z
    .number({ error: "k must be a number" })
    .int("k must be an integer")
    .min(1, "k must be at least 1")
    .max(50, "k must be at most 50")
    .default(5),
  bank: z.string({ error: "bank must be a bank id (a string)" }).trim().min(1).max(100).optional(),
  mode: z.enum(["hybrid", "lexical", "dense"]).optional(),
}, { error: 'the body must be a JSON object: {"query": "…", "k"?: 5, "bank"?: "…"}' });

export type RetrieveRequest = z.infer<typeof retrieveRequestSchema>;
