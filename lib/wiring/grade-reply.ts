import type { Db } from "@/lib/db/client";
import { insertGradedAnswer, setGradedAnswerGrade } from "@/lib/db/session-queries";
import { gradeAnswer, type Grade } from "@/lib/grading";
import { InterviewError } from "@/lib/interview/errors";
import type { QuestionSource } from "@/lib/interview/types";
import { peekEmbedder } from "@/lib/retrieval/embedder";
import { gradeContext } from "./grade-context";

/**
 * POST /api/grade: grades one reply outside a session with the offline grader. The reply is
 * stored before the grader sees it, and its grade beside it once done.
 */
export async function gradeAndRecord(
  db: Db,
  questions: QuestionSource,
  input: { questionId: string; answer: string; lang?: "zh" | "en" },
): Promise<Grade> {
  const question = questions.get(input.questionId);
  if (!question) throw new InterviewError("not-found", `No question "${input.questionId}".`);
  const id = insertGradedAnswer(db, question.id, input.answer);
  // The model only if it is already loaded: a grade never waits for a download.
  const grade = await gradeAnswer({ question, answer: input.answer, lang: input.lang }, gradeContext(question, peekEmbedder()));
  setGradedAnswerGrade(db, id, grade);
  return grade;
}
