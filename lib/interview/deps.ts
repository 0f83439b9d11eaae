import { findQuestion, getBanks } from "@/lib/bank/load";
import type { LoadedBanks } from "@/lib/bank/types";
import { getDb } from "@/lib/db/client";
import { gradeAnswer, mergeFollowUpGrade, type Grade } from "@/lib/grading";
import type { InterviewDeps, QuestionSource } from "./types";

/**
 * The questions as the app sees them now. One snapshot per request: getBanks() re-checks every
 * content file for changes, which a session view with many questions must not do per lookup.
 */
export function bankQuestions(loaded: LoadedBanks = getBanks()): QuestionSource {
  return {
    get: (id) => findQuestion(id, loaded),
    list: (bankId) => loaded.banks.find((b) => b.id === bankId)?.chapters.flatMap((c) => c.questions) ?? null,
  };
}

/** The offline interviewer's dependencies: the app's SQLite file, its banks, the rubric grader. */
export function interviewDeps(): InterviewDeps<Grade> {
  return {
    db: getDb(),
    questions: bankQuestions(),
    grader: {
      grade: (question, answer, { pointIds, lang }) => gradeAnswer({ question, answer, pointIds, lang }),
      merge: (base, followUp, question) => mergeFollowUpGrade(base, followUp, question),
    },
  };
}
