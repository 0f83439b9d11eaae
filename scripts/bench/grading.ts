import { findQuestionByTitle, getBanks } from "../../lib/bank/load";
import { gradeAnswer } from "../../lib/grading";
import { gradeContext } from "../../lib/wiring/grade-context";
import { DEV_SET_PATH, readDevSet } from "../../lib/grading/dev-set";
import { getEmbedder } from "../../lib/retrieval/embedder";
import { percentile } from "../../lib/retrieval/metrics";

export interface GradingResult {
  file: string;
  answers: number;
  rounds: number;
  /** The grader's mode as it reports it (lexical, or hybrid with a calibrated model). */
  mode: string;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

/**
 * Time per graded answer, warm (banks loaded, rubrics compiled, embedder resolved): every
 * dev-set answer graded once to warm up, then `rounds` more times, each call timed.
 * `lexical`: no embedding model, as with OFFLINE=1; otherwise whatever model the environment
 * names is used when it loads (and is calibrated).
 */
export async function gradingBench(opts: { file?: string; rounds?: number; lexical?: boolean } = {}): Promise<GradingResult> {
  const file = opts.file ?? DEV_SET_PATH;
  const rounds = Math.max(1, opts.rounds ?? 3);
  // The grader only uses a model that is already loaded; a batch run loads it first (null when unavailable).
  const ctx = { embedder: opts.lexical ? null : await getEmbedder() };
  const loaded = getBanks();
  const items = readDevSet(file).map((r) => {
    const question = findQuestionByTitle(r.question, loaded);
    if (!question) throw new Error(`unknown question: ${r.question}`);
    return { question, answer: r.answer };
  });
  let mode = "";
  for (const it of items) mode = (await gradeAnswer(it, gradeContext(it.question, ctx.embedder))).mode; // warm-up: caches, jieba, embedder

  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const it of items) {
      const t0 = performance.now();
      await gradeAnswer(it, gradeContext(it.question, ctx.embedder));
      times.push(performance.now() - t0);
    }
  }
  const mean = times.reduce((s, x) => s + x, 0) / times.length;
  return { file, answers: items.length, rounds, mode, p50: percentile(times, 50), p95: percentile(times, 95), mean, max: Math.max(...times) };
}
