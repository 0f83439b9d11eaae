export interface RankMetrics {
  n: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
}

/** `ranks`: 1-based rank of the expected question per query, null when it was not returned. */
export function rankMetrics(ranks: Array<number | null>): RankMetrics {
  const n = ranks.length || 1;
  const at = (k: number) => ranks.filter((r) => r !== null && r <= k).length / n;
  return {
    n: ranks.length,
    recallAt1: at(1),
    recallAt5: at(5),
    mrr: ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / n,
  };
}

/** Nearest-rank percentile of a sample, e.g. p50 and p95 latencies. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
