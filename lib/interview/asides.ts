import type { RubricPoint } from "@/lib/bank/types";
import { insertTurn, listPlan } from "@/lib/db/session-queries";
import { pendingTurn } from "./advance";
import { InterviewError } from "./errors";
import { answerClarification, offlineHint } from "./interviewer";
import { phraseMeta } from "./phrase-meta";
import { saveCandidateTurn, type SendOpts } from "./service";
import type { GradeLike, InterviewDeps, Phase, SessionConfig } from "./types";

/** The candidate speaks without answering: a clarifying question, or a request for a hint. */
export type Aside = { type: "clarify"; text: string } | { type: "hint" };

export const HINT_TEXT = { zh: "能给个提示吗？", en: "Could I have a hint?" } as const;

// A short reply that ends in a question mark and asks what something means is a question back,
// not an answer: "你说的 X 是指？", "what do you mean by X?". Longer text is an answer that
// happens to end in a question.
const CLARIFY_MAX_CHARS = 80;
const CLARIFY_CUES =
  /(是指|指的是|什么意思|啥意思|是什么意思|是说|是问|具体指|能不能解释|可以解释|可以具体|能具体|哪个|哪一个|do you mean|what do you mean|what does .* mean|could you clarify|can you clarify|clarify|meaning of|which one|are you asking)/i;

export function looksLikeClarifyingQuestion(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= CLARIFY_MAX_CHARS && /[?？]$/.test(t) && CLARIFY_CUES.test(t);
}

/** The point a hint points towards: the heaviest one the question's grade has not covered yet. */
export function hintPoint<G extends GradeLike>(rubric: RubricPoint[], grade: G | null): RubricPoint | null {
  const status = new Map((grade?.points ?? []).map((p) => [p.id, p.status]));
  return [...rubric].filter((p) => status.get(p.id) !== "covered").sort((a, b) => b.weight - a.weight)[0] ?? null;
}

/**
 * Saves the aside and the interviewer's reply to it in one transaction, offline-worded (the LLM
 * rephrases it when the session has one). Neither turn is graded; the phase does not move.
 */
export function ask<G extends GradeLike>(deps: InterviewDeps<G>, sessionId: string, aside: Aside, opts: SendOpts, config: SessionConfig): void {
  const lang = config.lang;
  const content = aside.type === "clarify" ? aside.text.trim() : HINT_TEXT[lang];
  if (!content) throw new InterviewError("invalid", "The question is empty.");
  saveCandidateTurn(
    deps,
    sessionId,
    opts,
    { kind: aside.type === "clarify" ? "clarify" : "hint-request", content },
    (turns) => {
      if (pendingTurn(turns)) throw new InterviewError("conflict", "Your previous answer has not been graded yet.");
    },
    (phase: Exclude<Phase, { kind: "finished" }>) => {
      const planned = listPlan<G>(deps.db, sessionId)[phase.position];
      const q = deps.questions.get(planned?.questionId ?? "");
      if (!q) throw new InterviewError("conflict", "This question is no longer in its bank.");
      const point = aside.type === "hint" ? hintPoint(q.rubric, planned?.grade ?? null) : null;
      const kind = aside.type === "clarify" ? "clarification" : "hint";
      insertTurn(deps.db, {
        sessionId,
        position: phase.position,
        role: "interviewer",
        kind,
        content: aside.type === "clarify" ? answerClarification(q, lang) : offlineHint(point, lang),
        pointId: point?.id ?? null,
        meta: phraseMeta(config.mode, kind),
      });
    },
  );
}
