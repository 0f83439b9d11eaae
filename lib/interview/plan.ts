import type { Question } from "@/lib/bank/types";
import type { QuestionHistory } from "@/lib/db/session-rows";
import type { DueSchedule, QuestionSource, SessionConfig } from "./types";

export type { QuestionHistory };

/** A question can be graded with a rubric, or failing one against its reference answer's passages. */
export const isGradable = (q: Question) => q.rubric.length > 0 || !!q.answer;

export function eligibleQuestions(questions: Question[], config: SessionConfig): Question[] {
  return questions.filter(
    (q) =>
      isGradable(q) &&
      (config.chapters.length === 0 || config.chapters.includes(q.chapter)) &&
      (config.difficulty.length === 0 || (q.difficulty !== null && config.difficulty.includes(q.difficulty))),
  );
}

/**
 * The questions a session is planned from: the explicit list of a topic session (which may span
 * banks; ids no longer found are dropped), otherwise the whole bank. Null when there is no such bank.
 */
export function questionPool(source: QuestionSource, config: SessionConfig): Question[] | null {
  if (!config.questionIds) return source.list(config.bankId);
  return config.questionIds.map((id) => source.get(id)).filter((q): q is Question => q !== null);
}

/** A chosen list is asked as chosen: in its order, each once, only what can be graded. */
function explicitPlan(questions: Question[], ids: string[]): string[] {
  const gradable = new Set(questions.filter(isGradable).map((q) => q.id));
  return [...new Set(ids)].filter((id) => gradable.has(id));
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/**
 * Orders the eligible questions (bank order is the tie-break everywhere) and takes `count`.
 * The "due" order is spaced review's (`schedule`: FSRS due dates, lib/review), at time `now`.
 */
export function planQuestions(
  questions: Question[],
  config: SessionConfig,
  history: Map<string, QuestionHistory>,
  now: number,
  schedule: DueSchedule,
  random: () => number = Math.random,
): string[] {
  if (config.questionIds) return explicitPlan(questions, config.questionIds);
  const pool = eligibleQuestions(questions, config);
  const bankOrder = new Map(pool.map((q, i) => [q.id, i]));
  const byBank = (a: Question, b: Question) => (bankOrder.get(a.id) ?? 0) - (bankOrder.get(b.id) ?? 0);
  const seen = (q: Question) => history.get(q.id);
  let ordered: Question[];
  switch (config.order) {
    case "bank":
      ordered = pool;
      break;
    case "random":
      ordered = shuffle(pool, random);
      break;
    case "new-first":
      ordered = [...pool].sort((a, b) => {
        const ha = seen(a);
        const hb = seen(b);
        if (!ha || !hb) return (ha ? 1 : 0) - (hb ? 1 : 0) || byBank(a, b);
        return Date.parse(ha.lastAt) - Date.parse(hb.lastAt) || byBank(a, b);
      });
      break;
    case "weakest-first":
      ordered = [...pool].sort((a, b) => {
        const sa = seen(a)?.lastScore ?? Number.POSITIVE_INFINITY;
        const sb = seen(b)?.lastScore ?? Number.POSITIVE_INFINITY;
        return sa - sb || byBank(a, b);
      });
      break;
    case "due": {
      // Due today by FSRS (most overdue leading), then never-seen, then the rest by due date.
      const key = (q: Question) => {
        const h = seen(q);
        if (!h) return [1, 0] as const;
        const due = schedule.dueAt(h);
        return schedule.isDue(due, now) ? ([0, due] as const) : ([2, due] as const);
      };
      ordered = [...pool].sort((a, b) => {
        const [ga, da] = key(a);
        const [gb, db] = key(b);
        return ga - gb || da - db || byBank(a, b);
      });
      break;
    }
  }
  return ordered.slice(0, config.count).map((q) => q.id);
}
