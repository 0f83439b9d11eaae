import type { Db } from "@/lib/db/client";
import { insertGradedAnswer, setGradedAnswerGrade } from "@/lib/db/session-queries";
import { gradeAnswer, type Grade } from "@/lib/grading";
import { peekEmbedder } from "@/lib/retrieval/embedder";
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
  // The model only if it is already loaded: a grade never waits for a download.
  const grade = await gradeAnswer({ question, answer: input.answer, lang: input.lang }, { embedder: peekEmbedder() });
  setGradedAnswerGrade(db, id, grade);
  return grade;
}
