import type { Question } from "@/lib/bank/types";
import type { ReferencePassage } from "@/lib/grading/judged";
import { retrieve } from "@/lib/retrieval/service";
import type { SessionMode } from "@/lib/interview/types";

const NEIGHBOURS = 3;
const QUERY_ANSWER_CHARS = 400;

/**
 * Passages of other questions that match the question and the reply, for the LLM grader: a reply
 * that draws on a neighbouring question is judged with that question's reference too. Retrieval
 * keeps the session's mode (lexical, or hybrid when the session started with the model).
 */
export async function neighbourPassages(q: Question, answer: string, mode: SessionMode | undefined): Promise<ReferencePassage[]> {
  const query = `${q.title} ${answer.slice(0, QUERY_ANSWER_CHARS)}`;
  const { hits } = await retrieve(query, { k: NEIGHBOURS + 3, bank: q.bankId, mode: mode?.dense ? "hybrid" : "lexical" });
  return hits
    .filter((h) => h.questionId !== q.id)
    .slice(0, NEIGHBOURS)
    .map((h) => ({ id: h.unitId, source: h.title, text: h.text, own: false }));
}
