import type { Question } from "@/lib/bank/types";
import type { DenseConstants, Embedder } from "./dense";
import type { GradeContext } from "./types";

export interface ResolvedContext {
  questions: readonly Question[];
  embedder: Embedder | null;
  /** The embedder's dense constants; null (lexical) without an embedder or without constants. */
  calibration: DenseConstants | null;
}

const resolvedLists = new WeakMap<Question, { base: readonly Question[]; list: readonly Question[] }>();

/**
 * What the grader compares a reply against, all of it handed in by the caller (lib/wiring reads
 * the app's banks, loaded model and stored calibration; tests and scripts pass their own): the
 * grader reaches for no bank, model or database itself.
 */
export async function resolveContext(question: Question, ctx: GradeContext): Promise<ResolvedContext> {
  let questions = ctx.questions;
  if (!questions.includes(question)) {
    // A question from elsewhere (a test fixture, an edited copy) is compared with its bank.
    // Keep one stable array per (question, base list) so per-list caches (vocabulary, profiles) hit.
    const hit = resolvedLists.get(question);
    if (hit && hit.base === questions) questions = hit.list;
    else {
      const list = [question, ...questions.filter((q) => q.id !== question.id)];
      resolvedLists.set(question, { base: questions, list });
      questions = list;
    }
  }
  // Without a model the grade is lexical; with one, dense only under constants fitted for it.
  const embedder = ctx.embedder ?? null;
  return { questions, embedder, calibration: embedder ? (ctx.calibration ?? null) : null };
}
