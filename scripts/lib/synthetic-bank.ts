import { questionPassages } from "../../lib/bank/passages";
import type { Bank, Chapter, Question, RubricPoint } from "../../lib/bank/types";
import { mulberry32 as rng } from "../../lib/retrieval/prng";


/**
 * A bank of `n` questions for scaling measurements, made by recombining the real ones: each
 * question takes a real title with a few words from elsewhere spliced in, four paragraphs drawn
 * from all real answers and three real key points, so the vocabulary, text lengths and unit
 * counts per question resemble the real bank's while every text is distinct.
 */
export function syntheticBank(real: Bank[], n: number, seed = 7): Bank {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const questions = real.flatMap((b) => b.chapters.flatMap((c) => c.questions));
  const paragraphs = questions.flatMap((q) => questionPassages(q).map((p) => p.text));
  const points = questions.flatMap((q) => q.rubric);
  const words = paragraphs.join(" ").split(/[\s，。、；：,.;:]+/).filter((w) => w.length >= 2 && w.length <= 12);

  const chapters: Chapter[] = [];
  for (let c = 0; c * 100 < n; c++) {
    const chapterQuestions: Question[] = [];
    for (let i = c * 100; i < Math.min(n, (c + 1) * 100); i++) {
      const base = pick(questions);
      const rubric: RubricPoint[] = [0, 1, 2].map((k) => ({ ...pick(points), id: `p${k}` }));
      chapterQuestions.push({
        ...base,
        id: `syn-${i}`,
        bankId: "synthetic",
        chapter: c + 1,
        number: i - c * 100 + 1,
        title: `${base.title} ${pick(words)} ${pick(words)}`,
        titleEn: base.titleEn ? `${base.titleEn} (${pick(words)})` : null,
        answer: [0, 1, 2, 3].map(() => `${pick(paragraphs)} ${pick(words)}`).join("\n\n"),
        supplement: null,
        rubric,
      });
    }
    chapters.push({ number: c + 1, title: `Chapter ${c + 1}`, titleEn: null, topic: `Synthetic ${c + 1}`, questions: chapterQuestions });
  }
  return { ...(real[0] as Bank), id: "synthetic", title: "synthetic", titleEn: null, file: "synthetic", chapters };
}
