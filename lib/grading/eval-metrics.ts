/** Rank statistics for the grading evaluation (scripts/eval-grading.ts). */

/** 1-based ranks, ties sharing their average rank. */
export function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (let k = i; k <= j; k++) r[order[k]?.[1] ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    const x = (a[i] ?? 0) - ma;
    const y = (b[i] ?? 0) - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da && db ? num / Math.sqrt(da * db) : 0;
}

/** Spearman's rho: Pearson correlation of the tie-averaged ranks. */
export function spearman(a: number[], b: number[]): number {
  return pearson(ranks(a), ranks(b));
}

/**
 * Within-group pairwise order accuracy: over pairs of the same group whose labels differ by at
 * least `minGap`, the share the scores order the same way; a tied score counts half.
 */
export function pairwiseAccuracy(rows: { group: string; label: number; score: number }[], minGap = 2): { accuracy: number; pairs: number } {
  let good = 0;
  let pairs = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i];
      const b = rows[j];
      if (!a || !b || a.group !== b.group || Math.abs(a.label - b.label) < minGap) continue;
      pairs++;
      const d = (a.score - b.score) * Math.sign(a.label - b.label);
      good += d > 0 ? 1 : d === 0 ? 0.5 : 0;
    }
  }
  return { accuracy: pairs ? good / pairs : 0, pairs };
}
