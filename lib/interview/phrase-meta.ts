import type { SessionMode, TurnKind, TurnMeta } from "./types";

/** Lines the LLM phrases in its own words; notes (a skip, the closing) stay the offline ones. */
export const PHRASED_KINDS: ReadonlySet<TurnKind> = new Set(["question", "follow-up", "clarification", "hint"]);

/**
 * An interviewer line is written with the offline wording at once, in the same transaction that
 * moves the interview on, so a crash never loses the step; with an LLM it is marked pending and
 * the model's phrasing replaces it as it streams (phrase.ts).
 */
export function phraseMeta(mode: SessionMode | undefined, kind: TurnKind): TurnMeta {
  return { phrase: mode?.llm && PHRASED_KINDS.has(kind) ? "pending" : "offline" };
}
