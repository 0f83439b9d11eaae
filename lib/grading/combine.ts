import { COVERED_AT, computeScore, PARTIAL_AT } from "./scoring";
import type { JudgedGrade, JudgedPoint, ReferencePassage } from "./judged";
import type { VerifiedVerdict } from "./llm-evidence";
import type { Grade, MisconceptionHit } from "./types";
import type { TokenUsage } from "@/lib/llm/types";

// computeScore reads a similarity per point; a verdict has statuses only. A covered point is
// a full match, a partial one sits midway between the partial and covered thresholds (half
// credit), a missing one is no match.
const SIMILARITY_OF = { covered: 1, partial: (PARTIAL_AT + COVERED_AT) / 2, missing: 0 } as const;

/** The offline grade as the interview stores it, with why the LLM did not decide (if it was meant to). */
export function offlineJudged(offline: Grade, fallback: string | null = null, extra: Partial<JudgedGrade> = {}): JudgedGrade {
  return {
    ...offline,
    points: offline.points.map((p) => ({ ...p, refs: p.passage ? [p.passage.id] : [] })),
    grader: "offline",
    fallback,
    ...extra,
  };
}

/**
 * The LLM decides the points and names the errors; the offline grade bounds it. Its guards'
 * cap (empty, don't-know, injection, term list, filler, repeating the question, off-topic)
 * holds whatever the model said, so a fooled or obeying model cannot lift junk; the score is
 * computed by the same rule as an offline grade, from the verified statuses.
 */
export function combineVerdict(
  offline: Grade,
  verdict: VerifiedVerdict,
  ctx: { model: string; usage: TokenUsage; references: ReferencePassage[] },
): JudgedGrade {
  const points: JudgedPoint[] = offline.points.map((p) => {
    const v = verdict.points.get(p.id);
    const status = v?.status ?? "missing";
    return {
      ...p,
      status,
      evidence: status === "missing" ? null : (v?.evidence.join(" … ") ?? null),
      similarity: SIMILARITY_OF[status],
      refs: v?.refs.length ? v.refs : p.passage ? [p.passage.id] : [],
      ...(v?.overruled ? { overruled: v.overruled } : {}),
    };
  });
  const misconceptions: MisconceptionHit[] = verdict.misconceptions.map((m) => ({
    pointId: "",
    zh: m.correction,
    en: m.correction,
    evidence: m.claim,
  }));
  const uncapped = computeScore(points, misconceptions.length, { ...offline.basis, cap: 10 });
  const { score, dimensions } = computeScore(points, misconceptions.length, offline.basis);
  return {
    ...offline,
    score,
    dimensions,
    points,
    misconceptions,
    feedback: verdict.feedback || offline.feedback,
    grader: "llm",
    fallback: null,
    model: ctx.model,
    offlineScore: offline.score,
    ...(uncapped.score > score ? { uncapped: uncapped.score } : {}),
    usage: ctx.usage,
    references: ctx.references,
  };
}
