import { findQuestion, getBanks } from "@/lib/bank/load";
import { getDb } from "@/lib/db/client";
import { gradeAnswer, mergeFollowUpGrade, type Grade } from "@/lib/grading";
import type { InterviewDeps, QuestionSource } from "./service";

/** Questions as the app sees them now: re-read when content files change. */
export const bankQuestions: QuestionSource = {
  get: (id) => findQuestion(id),
  list: (bankId) => getBanks().banks.find((b) => b.id === bankId)?.chapters.flatMap((c) => c.questions) ?? null,
};

/** The offline interviewer's dependencies: the app's SQLite file, its banks, the rubric grader. */
export function interviewDeps(): InterviewDeps<Grade> {
  return {
    db: getDb(),
    questions: bankQuestions,
    grader: {
      grade: (question, answer, { pointIds, lang }) => gradeAnswer({ question, answer, pointIds, lang }),
      merge: (base, followUp, question) => mergeFollowUpGrade(base, followUp, question),
    },
  };
}
