/** Pure formatting for the benchmark report (tested in tests/bench-format.test.ts). */

/** `x` with `digits` decimals; "—" for a missing or non-finite value. */
export function num(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "—" : x.toFixed(digits);
}

/**
 * How much faster (or slower) `ours` is than `theirs`, both times (lower is better):
 * "3.1× faster", "1.4× slower", "same" within 5 %.
 */
export function speedup(ours: number, theirs: number): string {
  if (!(ours > 0) || !(theirs > 0)) return "—";
  const r = theirs / ours;
  if (Math.abs(r - 1) < 0.05) return "same";
  return r > 1 ? `${r.toFixed(1)}× faster` : `${(1 / r).toFixed(1)}× slower`;
}

/** How many times `a` is `b` (e.g. throughput), "—" when undefined. */
export function times(a: number, b: number): string {
  return a > 0 && b > 0 ? `${(a / b).toFixed(1)}×` : "—";
}

/** A signed difference, e.g. recall: "+0.342", "−0.012", "±0". */
export function delta(a: number, b: number, digits = 3): string {
  const d = a - b;
  if (Math.abs(d) < 0.5 * 10 ** -digits) return "±0";
  return `${d > 0 ? "+" : "−"}${Math.abs(d).toFixed(digits)}`;
}

/** A GitHub-flavoured Markdown table; pipes in cells are escaped, numbers right-aligned. */
export function mdTable(head: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((r) => /^([-+−]?[\d.,]+(\s?[a-zA-Z%×/]*)?|—|±0)$/.test(r[i] ?? "")));
  const line = (r: string[]) => `| ${r.map(cell).join(" | ")} |`;
  return [line(head), `|${numeric.map((n) => (n ? " ---: " : " --- ")).join("|")}|`, ...rows.map(line)].join("\n");
}

/** Seconds as "42 s" or "3 min 05 s". */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${String(Math.round(seconds - 60 * m)).padStart(2, "0")} s`;
}
