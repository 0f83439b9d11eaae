import type { Question } from "@/lib/bank/types";
import { addUsage, NO_USAGE } from "@/lib/llm/usage";
import type { JudgedGrade, JudgedPoint } from "./judged";
import { mergeFollowUpGrade } from "./merge";
import type { Grade } from "./types";

/**
 * mergeFollowUpGrade for stored grades: the same merge of points and score, and the grader's
 * facts carried along (a fallback in either reply stays visible; tokens add up; the cited
 * references and the refs of points that moved up come with them).
 */
export function mergeJudged(base: JudgedGrade, followUp: JudgedGrade, q: Question): JudgedGrade {
  const merged = mergeFollowUpGrade(base as Grade, followUp as Grade, q);
  const reply = new Map(followUp.points.map((p) => [p.id, p]));
  const points: JudgedPoint[] = merged.points.map((p) => {
    const before = base.points.find((b) => b.id === p.id);
    const r = reply.get(p.id);
    const movedUp = r && before && r.status !== before.status && p.status === r.status;
    return { ...p, refs: (movedUp ? r.refs : before?.refs) ?? [] };
  });
  const refs = new Map([...(base.references ?? []), ...(followUp.references ?? [])].map((r) => [r.id, r]));
  const usage = base.usage || followUp.usage ? addUsage(base.usage ?? NO_USAGE, followUp.usage) : undefined;
  return {
    ...merged,
    points,
    grader: base.grader === "llm" || followUp.grader === "llm" ? "llm" : "offline",
    fallback: followUp.fallback ?? base.fallback,
    model: base.model ?? followUp.model,
    ...(base.offlineScore !== undefined ? { offlineScore: base.offlineScore } : {}),
    ...(usage ? { usage } : {}),
    ...(refs.size ? { references: [...refs.values()] } : {}),
  };
}
