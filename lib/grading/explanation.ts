import type { CompiledPoint } from "./compile";
import type { PointMatch, SentenceFeatures } from "./match-types";
import { COVERED_AT, PARTIAL_AT } from "./scoring";

// Explanation a window must carry per point it is evidence for (in rare words beyond the
// rubric's own terms): below it, the window names the points rather than explaining them.
const EXPLAIN_PER_POINT = 2;
const RARE_IDF = 5;
const STATED_SUPPORT = 0.3;

const key = (m: PointMatch) => m.sentences.join(",");

// Words of the question's other points explain this one less surely than its own words.
const OTHER_POINT_SHARE = 0.5;
// Words of no statement of the question: mostly filler, at best a paraphrase; they count little.
const GENERIC_SHARE = 0;

/**
 * Explanation a window carries for a point: its words that state the point (the point's own
 * statement and reference words, terms aside) in full, the question's other points' words at
 * half. Words of no statement ("扮演", "关键", "角色", "核心组成部分", "worth understanding")
 * explain nothing, however rare.
 */
function explanation(m: PointMatch, cp: CompiledPoint | undefined, material: Set<string>, feats: SentenceFeatures[], known: Set<string>, idf: (t: string) => number): number {
  const words = new Set(m.sentences.flatMap((i) => [...(feats[i]?.tokens ?? [])]));
  let sum = 0;
  for (const t of words) {
    if (known.has(t)) continue;
    const share = !cp || cp.supportTokens.has(t) ? 1 : material.has(t) ? OTHER_POINT_SHARE : GENERIC_SHARE;
    sum += share * Math.min(1, idf(t) / RARE_IDF);
  }
  return sum;
}

/**
 * One short sentence naming five key terms ("改动包括 Pre-Norm 和 RMSNorm，还有相对位置偏置、
 * 分桶和共享") is evidence for all five but explains none. Each point gets the window's
 * explanation (words that are neither rubric terms nor the question's words, rare ones
 * counting fully) divided among the points it serves; a point short of EXPLAIN_PER_POINT is
 * at most partial (`listy`) and its similarity shrinks towards half.
 * A point named in a short sentence and explained in the next ("分为绝对位置编码和相对位置编码。
 * 绝对位置编码…") is stated by the two together: when the pair around a thin sentence carries
 * the explanation, the point is judged on the pair, at the pair's discount, instead.
 */
export function shareExplanation(
  matches: PointMatch[],
  points: CompiledPoint[],
  feats: SentenceFeatures[],
  known: Set<string>,
  idf: (t: string) => number,
): void {
  const material = new Set(points.flatMap((cp) => [...cp.supportTokens]));
  const users = new Map<string, number>();
  for (const m of matches) if (m.sim >= PARTIAL_AT) users.set(key(m), (users.get(key(m)) ?? 0) + 1);
  matches.forEach((m, i) => {
    if (m.sim < PARTIAL_AT) return;
    const cp = points[i];
    const perPoint = explanation(m, cp, material, feats, known, idf) / (users.get(key(m)) ?? 1);
    m.explained = perPoint;
    if (perPoint >= EXPLAIN_PER_POINT) return;
    // A window saying much of the point's own statement states it, however many points share it;
    // so does one saying some of it with some explanation around it.
    const stated = m.support >= STATED_SUPPORT || (m.support >= STATED_SUPPORT / 2 && perPoint >= EXPLAIN_PER_POINT / 2);
    const thinSim = stated ? m.sim : m.sim * (0.5 + (0.5 * perPoint) / EXPLAIN_PER_POINT);
    // The thin window is at most partial; a pair around it that explains the point may be covered.
    const wider = (m.around ?? []).filter((w) => explanation(w, cp, material, feats, known, idf) / ((users.get(key(w)) ?? 0) + 1) >= EXPLAIN_PER_POINT);
    const best = wider.sort((a, b) => b.sim - a.sim)[0];
    if (best && (best.sim > thinSim || (best.sim >= COVERED_AT && !best.listy))) {
      matches[i] = { ...best, explained: explanation(best, cp, material, feats, known, idf) / ((users.get(key(best)) ?? 0) + 1) };
      return;
    }
    if (stated) return;
    m.sim = thinSim;
    m.listy = true;
  });
}
