import { findQuestionByTitle, loadBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import { gradeAnswer, type Grade, type GradeInput } from "@/lib/grading";

/** The real bank and authored rubrics, loaded once per test file, without touching the database. */
const loaded = loadBanks();
export const questions: Question[] = loaded.banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));

/** A question by its TOC title; fails loudly if it or its rubric is missing. */
export function question(title: string): Question {
  const q = findQuestionByTitle(title, loaded);
  if (!q) throw new Error(`question not in the bank: ${title}`);
  if (!q.rubric.length) throw new Error(`question has no rubric yet: ${title}`);
  return q;
}

/** Lexical mode: deterministic, and never reaches for a model download. */
export function grade(q: Question, answer: string, extra: Omit<GradeInput, "question" | "answer"> = {}): Promise<Grade> {
  return gradeAnswer({ question: q, answer, ...extra }, { questions, embedder: null });
}

export const T5_CHANGES = "T5对原始Transformer做了哪些简化修改（如层归一化位置、位置编码）？这些修改如何影响训练效率和稳定性？";
export const DDPM = "请讲一讲DDPM模型的原理及其应用场景？";
export const LAYER_NORM = "为什么Transformer一般使用LayerNorm？";
export const CLIP = "请讲一讲CLIP模型的原理及其应用场景？";
