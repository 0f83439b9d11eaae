import type { IndexProgress } from "../../lib/retrieval/index-builder";

/**
 * A progress bar on stderr (redrawn in place on a terminal, a line per 10% otherwise), with the
 * running throughput; stdout stays free for results.
 */
export function stderrProgress(label: string): (p: IndexProgress) => void {
  let started = 0;
  const tty = process.stderr.isTTY;
  let lastDecile = -1;
  return ({ done, total }) => {
    if (total === 0) return;
    if (done === 0 || !started) started = performance.now(); // time embedding, not model loading
    const frac = done / total;
    const secs = (performance.now() - started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const bar = "#".repeat(Math.round(frac * 30)).padEnd(30, ".");
    const text = `${label} [${bar}] ${done}/${total} ${rate.toFixed(1)} units/s`;
    if (tty) {
      process.stderr.write(`\r${text}`);
      if (done >= total) process.stderr.write("\n");
    } else {
      const decile = Math.floor(frac * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        process.stderr.write(`${text}\n`);
      }
    }
  };
}
