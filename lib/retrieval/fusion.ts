import type { QuestionHit, UnitHit } from "./types";

/**
 * One hit per question, in the order of the unit ranking: the best unit wins and represents it.
 * `titles` supplies each question's title for display.
 */
export function bestPerQuestion(units: UnitHit[], titles: Map<string, string>, limit?: number): QuestionHit[] {
  const seen = new Set<string>();
  const out: QuestionHit[] = [];
  for (const u of units) {
    if (seen.has(u.questionId)) continue;
    seen.add(u.questionId);
    out.push({ ...u, title: titles.get(u.questionId) ?? "" });
    if (limit && out.length >= limit) break;
  }
  return out;
}

/**
 * Reciprocal-rank fusion of question rankings: score = Σ w / (k + rank). Rank-based, so it needs
 * no calibration between BM25 scores and cosine similarities. A question keeps the unit from the
 * ranking that placed it highest (the lexical one on ties, whose matches a person can see).
 */
export function reciprocalRankFusion(rankings: QuestionHit[][], k = 60, weights: number[] = rankings.map(() => 1)): QuestionHit[] {
  const fused = new Map<string, { hit: QuestionHit; bestRank: number; score: number }>();
  rankings.forEach((ranking, r) => {
    const w = weights[r] ?? 1;
    ranking.forEach((hit, i) => {
      const rank = i + 1;
      const cur = fused.get(hit.questionId);
      if (!cur) fused.set(hit.questionId, { hit, bestRank: rank, score: w / (k + rank) });
      else {
        cur.score += w / (k + rank);
        if (rank < cur.bestRank) {
          cur.hit = hit;
          cur.bestRank = rank;
        }
      }
    });
  });
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.bestRank - b.bestRank)
    .map(({ hit, score }) => ({ ...hit, score }));
}
