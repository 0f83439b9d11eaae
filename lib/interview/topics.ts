import { z } from "zod";
import type { LoadedBanks } from "@/lib/bank/types";
import type { RetrieveResult, RetrievalMode } from "@/lib/retrieval/types";
import { isGradable } from "./plan";

/** GET /api/topics?q=…&k=…: a topic in either language, and how many questions to offer at most. */
export const topicQuerySchema = z.object({
  q: z
    .string({ error: "q (the topic) is required" })
    .trim()
    .min(1, "q (the topic) must not be empty")
    .max(200, "q is longer than 200 characters"),
  k: z.coerce.number({ error: "k must be a number" }).int("k must be an integer").min(1, "k must be at least 1").max(30, "k must be at most 30").default(12),
});

/**
 * A question offered for topic practice. Deliberately no hit text: the best-matching unit may be
 * a key point or a reference passage, which the candidate must not see before answering.
 */
export interface TopicQuestion {
  questionId: string;
  bankId: string;
  bankTitle: string;
  chapter: number;
  chapterTopic: string;
  number: number;
  title: string;
  titleEn: string | null;
  difficulty: 1 | 2 | 3 | null;
  score: number;
  /** Close enough to the best hit to be ticked by default (the rest are offered unticked). */
  suggested: boolean;
}

export interface TopicResult {
  mode: RetrievalMode;
  questions: TopicQuestion[];
}

/** Hits scoring at least this share of the best one are ticked by default: BM25 and fused scores alike fall off steeply past the topic. */
const SUGGEST_SHARE = 0.5;

/** Retrieval hits as askable questions across the banks, best first (questions that cannot be graded are left out). */
export function topicQuestions(result: RetrieveResult, loaded: LoadedBanks): TopicResult {
  const top = result.hits[0]?.score ?? 0;
  const questions: TopicQuestion[] = [];
  for (const hit of result.hits) {
    const bank = loaded.banks.find((b) => b.id === hit.bankId);
    const chapter = bank?.chapters.find((c) => c.questions.some((q) => q.id === hit.questionId));
    const q = chapter?.questions.find((x) => x.id === hit.questionId);
    if (!bank || !chapter || !q || !isGradable(q)) continue;
    questions.push({
      questionId: q.id,
      bankId: bank.id,
      bankTitle: bank.title,
      chapter: chapter.number,
      chapterTopic: chapter.topic,
      number: q.number,
      title: q.title,
      titleEn: q.titleEn,
      difficulty: q.difficulty,
      score: hit.score,
      suggested: top > 0 && hit.score >= SUGGEST_SHARE * top,
    });
  }
  return { mode: result.mode, questions };
}
