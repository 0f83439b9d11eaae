import type { Question } from "@/lib/bank/types";
import { materialTokens } from "./off-topic";
import type { Vocab } from "./vocab";

/**
 * How much an answer says about its question, measured rather than matched against phrases:
 * its distinct words that the question's own material (rubric and reference answer, either
 * language) uses and the question's wording does not, each weighted by its rarity in the bank
 * (idf), so "模型" or "使用" count for little and "重参数化" for much. Restating the question,
 * stock phrases ("这是一个非常好的问题") and admissions ("这个我不太清楚") carry none of it,
 * whatever their wording.
 */
export function information(tokens: string[], question: Question, titleTokens: Set<string>, vocab: Vocab): number {
  const material = materialTokens(question);
  let info = 0;
  for (const t of new Set(tokens)) if (material.has(t) && !titleTokens.has(t)) info += vocab.idf(t);
  return info;
}

/** The bank's idf of its rarest word: information is reported in units of it (one specific word ≈ 1). */
export function maxIdf(vocab: Vocab): number {
  return Math.log(vocab.docs + 1) + 1;
}
