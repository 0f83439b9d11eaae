import type { Question } from "@/lib/bank/types";
import { buildFeedback } from "./feedback";
import { computeScore, STATUS_RANK } from "./scoring";
import type { Grade, GradeFlag, MisconceptionHit, PointGrade } from "./types";

/**
 * Folds the grade of a follow-up reply (graded with `pointIds`) into the question's grade.
 * A point's status only ever moves up; evidence and similarity come with the better status.
 * Misconceptions asserted in the reply are added (a wrong claim is wrong whenever it is made),
 * and an injection attempt in the reply caps the merged score. Other guards of the reply
 * (a short "不知道" to a probe) do not touch the question's grade. Pure: inputs are not changed.
 * Pass the question to regenerate feedback; without it the base feedback is kept.
 */
export function mergeFollowUpGrade(base: Grade, followUp: Grade, question?: Question): Grade {
  if (followUp.questionId !== base.questionId) {
    throw new Error(`follow-up grade is for ${followUp.questionId}, not ${base.questionId}`);
  }
  const reply = new Map(followUp.points.map((p) => [p.id, p]));
  const points: PointGrade[] = base.points.map((p) => {
    const r = reply.get(p.id);
    if (!r || STATUS_RANK[r.status] <= STATUS_RANK[p.status]) {
      return r ? { ...p, similarity: Math.max(p.similarity, r.similarity) } : { ...p };
    }
    return { ...p, status: r.status, evidence: r.evidence, similarity: Math.max(p.similarity, r.similarity) };
  });

  const seen = new Set(base.misconceptions.map((m) => `${m.pointId}\0${m.zh}`));
  const misconceptions: MisconceptionHit[] = [
    ...base.misconceptions,
    ...followUp.misconceptions.filter((m) => !seen.has(`${m.pointId}\0${m.zh}`)),
  ];
  const flags = [...base.flags];
  if (followUp.flags.includes("injection") && !flags.includes("injection")) flags.push("injection");
  const cap = Math.min(base.basis.cap, followUp.flags.includes("injection") ? followUp.basis.cap : 10);
  const basis = { ...base.basis, cap };
  const { score, dimensions } = computeScore(points, misconceptions.length, basis);
  const feedback = question?.rubric.length
    ? buildFeedback({
        lang: base.lang,
        flags: flags as GradeFlag[],
        offTopicTitle: null,
        misconceptions,
        points,
        statements: question.rubric,
      })
    : base.feedback;
  return { ...base, score, dimensions, points, misconceptions, flags, feedback, basis };
}
