import { questionPassages } from "@/lib/bank/passages";
import type { Question } from "@/lib/bank/types";
import { tokenize } from "@/lib/text/tokenize";
import { toPlain } from "./text";

/**
 * Document frequencies over every question of the bank (title, rubric points, reference
 * passages): rare words ("重参数化", "sentinel") carry a point, common ones ("模型", "使用") do not.
 */
export interface Vocab {
  docs: number;
  df: Map<string, number>;
  idf(token: string): number;
}

const cache = new WeakMap<readonly Question[], Vocab>();

function questionDocs(q: Question): string[] {
  const docs = [`${q.title} ${q.titleEn ?? ""}`];
  for (const p of q.rubric) docs.push(`${p.zh} ${p.en} ${p.terms.join(" ")}`);
  // Passages as answers are read: LaTeX as plain symbols, so "mathrm" is not a word of the bank.
  for (const p of questionPassages(q)) docs.push(toPlain(p.text));
  return docs;
}

export function buildVocab(questions: readonly Question[]): Vocab {
  const hit = cache.get(questions);
  if (hit) return hit;
  const df = new Map<string, number>();
  let docs = 0;
  for (const q of questions) {
    for (const d of questionDocs(q)) {
      docs++;
      for (const t of new Set(tokenize(d))) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  // Unknown tokens get the rarest weight: a word the bank never uses is specific, not noise.
  const idf = (t: string) => Math.log((docs + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const vocab = { docs, df, idf };
  cache.set(questions, vocab);
  return vocab;
}
