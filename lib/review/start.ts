import { isGradable } from "@/lib/interview/plan";
import { createSession } from "@/lib/interview/service";
import { InterviewError } from "@/lib/interview/errors";
import type { GradeLike, InterviewDeps } from "@/lib/interview/types";
import { clockOf } from "./clock";
import { dueQuestions } from "./service";

/**
 * Starts a session on the questions of `bankId` due today. The "due" order puts exactly those
 * first (FSRS due date, most overdue leading), so asking for as many questions as are due
 * gives a session of them and nothing else.
 */
export function startReview<G extends GradeLike>(deps: InterviewDeps<G>, input: { bankId: string; lang: "zh" | "en" }): string {
  const due = dueQuestions(deps.db, (id) => deps.questions.get(id), clockOf(deps), isGradable).find((b) => b.bankId === input.bankId);
  if (!due) throw new InterviewError("not-found", `Nothing is due for review today in "${input.bankId}".`);
  return createSession(deps, { bankId: input.bankId, order: "due", count: Math.min(55, due.questions.length), maxFollowUps: 1, lang: input.lang });
}
