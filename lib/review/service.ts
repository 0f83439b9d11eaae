import type { Db } from "@/lib/db/client";
import { listCards, listCardsDueBefore, readSettings, saveCard, writeSetting } from "@/lib/db/review-queries";
import type { Question } from "@/lib/bank/types";
import { endOfDay } from "./due";
import { retarget } from "./scheduler";
import { parseStoredSettings, reviewSettingsSchema, type ReviewSettings } from "./settings";

export function reviewSettings(db: Db): ReviewSettings {
  return parseStoredSettings(readSettings(db));
}

/**
 * Saves the settings. A new desired retention re-dates every reviewed card from its last review
 * (FSRS intervals depend on it), so the due list reflects the choice at once, not only after
 * each card's next review.
 */
export function saveReviewSettings(db: Db, input: unknown): ReviewSettings {
  const next = reviewSettingsSchema.parse(input);
  db.transaction(() => {
    writeSetting(db, "desiredRetention", next.desiredRetention);
    for (const { questionId, card } of listCards(db)) saveCard(db, questionId, retarget(card, next.desiredRetention));
  })();
  return next;
}

export interface DueQuestion {
  questionId: string;
  bankId: string;
  chapter: number;
  title: string;
  titleEn: string | null;
  /** ISO */
  due: string;
}

export interface DueByBank {
  bankId: string;
  questions: DueQuestion[];
}

/**
 * The questions due today (by the review clock `now`), soonest first, grouped by bank in order
 * of how many are due. Questions no longer in any bank or no longer gradable drop out.
 */
export function dueQuestions(db: Db, lookup: (id: string) => Question | null, now: number, gradable: (q: Question) => boolean): DueByBank[] {
  const byBank = new Map<string, DueQuestion[]>();
  for (const { questionId, card } of listCardsDueBefore(db, new Date(endOfDay(now)).toISOString())) {
    const q = lookup(questionId);
    if (!q || !gradable(q)) continue;
    const list = byBank.get(q.bankId) ?? [];
    list.push({ questionId, bankId: q.bankId, chapter: q.chapter, title: q.title, titleEn: q.titleEn, due: card.due.toISOString() });
    byBank.set(q.bankId, list);
  }
  return [...byBank.entries()]
    .map(([bankId, questions]) => ({ bankId, questions }))
    .sort((a, b) => b.questions.length - a.questions.length || a.bankId.localeCompare(b.bankId));
}
