import { questionsOfBank } from "@/lib/bank/bank-questions";
import { getBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import type { Embedder } from "@/lib/grading/dense";
import type { GradeContext } from "@/lib/grading";
import { denseCalibrationFor } from "./dense-calibration";

/**
 * The offline grader's context from the app's globals: the question's bank as loaded now (the
 * banks are re-read when a content file changes) and, with a model handed in, the constants
 * npm run calibrate stored for it (none: the grade is lexical).
 */
export function gradeContext(question: Question, embedder: Embedder | null): GradeContext {
  return {
    questions: questionsOfBank(getBanks(), question.bankId),
    embedder,
    calibration: embedder ? denseCalibrationFor(embedder.model) : null,
  };
}
