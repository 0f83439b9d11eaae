import { findQuestion, getBanks } from "@/lib/bank/load";
import type { LoadedBanks } from "@/lib/bank/types";
import { getDb } from "@/lib/db/client";
import { gradeAnswer } from "@/lib/grading";
import { judgeAnswer } from "@/lib/grading/judge";
import type { JudgedGrade } from "@/lib/grading/judged";
import { mergeJudged } from "@/lib/grading/judged-merge";
import { getLlm } from "@/lib/llm/client";
import { llmLabel } from "@/lib/llm/config";
import { redactSecrets } from "@/lib/llm/redact";
import type { InterviewDeps, QuestionSource, SessionMode } from "@/lib/interview/types";
import { peekEmbedder } from "@/lib/retrieval/embedder";
import { spacedReview } from "@/lib/review/spaced-review";
import { gradeContext } from "./grade-context";
import { neighbourPassages } from "./neighbour-passages";

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

/** What a session started now gets: the LLM when one is configured, dense when the model is loaded. */
export function currentMode(): SessionMode {
  const llm = getLlm();
  return { llm: !!llm, dense: !!peekEmbedder(), model: llm ? llmLabel(llm.config) : null };
}

const log = (line: string) => console.warn(redactSecrets(line));

/**
 * The interview's dependencies: the app's SQLite file, its banks, the LLM grader bounded by the
 * offline one, and spaced review (FSRS cards, the review clock).
 */
export function interviewDeps(): InterviewDeps<JudgedGrade> {
  return {
    db: getDb(),
    questions: bankQuestions(),
    currentMode,
    review: spacedReview,
    grader: {
      grade: (question, answer, { pointIds, lang, mode }) =>
        judgeAnswer(
          {
            llm: mode?.llm ? getLlm() : null,
            wantsLlm: !!mode?.llm,
            // A session started lexical stays lexical even once the model has loaded.
            offline: (q, a, o) => gradeAnswer({ question: q, answer: a, ...o }, gradeContext(q, mode?.dense ? peekEmbedder() : null)),
            neighbours: (q, a) => neighbourPassages(q, a, mode),
            log,
          },
          question,
          answer,
          { pointIds, lang },
        ),
      merge: mergeJudged,
    },
  };
}
