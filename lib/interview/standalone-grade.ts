import type { Db } from "@/lib/db/client";
import { insertGradedAnswer, setGradedAnswerGrade } from "@/lib/db/session-queries";
import { gradeAnswer, type Grade } from "@/lib/grading";
import { InterviewError } from "./errors";
import type { QuestionSource } from "./service";

/** Grades one answer outside a session; the answer is stored before the grader sees it. */
export async function gradeAndRecord(
  db: Db,
  questions: QuestionSource,
  input: { questionId: string; answer: string; lang?: "zh" | "en" },
): Promise<Grade> {
  const question = questions.get(input.questionId);
  if (!question) throw new InterviewError("not-found", `No question "${input.questionId}".`);
  const id = insertGradedAnswer(db, question.id, input.answer);
  const grade = await gradeAnswer({ question, answer: input.answer, lang: input.lang });
  setGradedAnswerGrade(db, id, grade);
  return grade;
}
