import { getBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import type { Embedder } from "./dense";
import type { GradeContext } from "./types";

const bankQuestions = new WeakMap<object, Map<string, Question[]>>();

/** Every question of the question's bank, from the loaded banks (cached per load). */
function questionsOfBank(question: Question): Question[] {
  const loaded = getBanks();
  let byBank = bankQuestions.get(loaded);
  if (!byBank) {
    byBank = new Map(loaded.banks.map((b) => [b.id, b.chapters.flatMap((c) => c.questions)]));
    bankQuestions.set(loaded, byBank);
  }
  return byBank.get(question.bankId) ?? [];
}

export interface ResolvedContext {
  questions: readonly Question[];
  embedder: Embedder | null;
}

const resolvedLists = new WeakMap<Question, { base: readonly Question[]; list: readonly Question[] }>();

export async function resolveContext(question: Question, ctx: GradeContext = {}): Promise<ResolvedContext> {
  let questions = ctx.questions ?? questionsOfBank(question);
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
  // The caller hands in the model (lib/interview/deps.ts: the one already loaded, for a session
  // that started dense); without one the grade is lexical.
  const embedder = ctx.embedder ?? null;
  return { questions, embedder };
}
