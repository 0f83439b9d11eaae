/**
 * Fits the dense grading constants of the embedding model on the dev sets and stores them in
 * SQLite with the model's name; until then the model is never used for grading.
 *   npm run calibrate [-- --dry-run]
 * Runs every dev row (content/dev: never content/eval) in dense mode over a small grid of band
 * (cosine → 0..1) and pull values, keeps the constants with the best Spearman's rho against the
 * labels, and reports it beside the lexical rho. If no grid point beats lexical grading, or the
 * model cannot tell a key point's own reference passage from another question's in the fitted
 * band, it stores pull 0: the model is calibrated and contributes nothing.
 */
import { questionsOfBank } from "../lib/bank/bank-questions";
import { findQuestionByTitle, getBanks } from "../lib/bank/load";
import type { Question } from "../lib/bank/types";
import { getDb } from "../lib/db/client";
import { saveDenseCalibration } from "../lib/db/calibration-queries";
import { gradeAnswer } from "../lib/grading";
import type { DenseConstants } from "../lib/grading/dense";
import { DEV_SET_PATHS, readDevSet } from "../lib/grading/dev-set";
import { spearman } from "../lib/grading/eval-metrics";
import { getEmbedder, type Embedder } from "../lib/retrieval/embedder";

const dryRun = process.argv.includes("--dry-run");

/** Embeds each text once: the grid grades the same sentences many times. */
function memo(e: Embedder): Embedder {
  const seen = new Map<string, Float32Array>();
  return {
    model: e.model,
    async embed(texts, kind) {
      const todo = [...new Set(texts.filter((t) => !seen.has(`${kind}\0${t}`)))];
      if (todo.length) (await e.embed(todo, kind)).forEach((v, i) => seen.set(`${kind}\0${todo[i]}`, v));
      return texts.map((t) => seen.get(`${kind}\0${t}`) as Float32Array);
    },
  };
}

const MIN_SEPARATION = 0.3;

/** Mean rescaled similarity of key points to their own reference passage and to another question's. */
async function separation(e: Embedder, questions: Question[], c: DenseConstants): Promise<{ own: number; other: number }> {
  const pairs = questions.flatMap((q, i) => q.rubric.map((p) => ({ point: `${p.zh}\n${p.en}`, own: p.passage, other: questions[(i + 7) % questions.length]?.rubric[0]?.passage ?? "" })));
  const pv = await e.embed(pairs.map((p) => p.point), "passage");
  const ov = await e.embed(pairs.map((p) => p.own), "query");
  const xv = await e.embed(pairs.map((p) => p.other), "query");
  const scale = (a: Float32Array, b: Float32Array) => {
    let d = 0;
    for (let k = 0; k < a.length; k++) d += (a[k] ?? 0) * (b[k] ?? 0);
    return Math.min(1, Math.max(0, (d - c.lo) / (c.hi - c.lo)));
  };
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  return {
    own: mean(pairs.map((_, i) => scale(pv[i] as Float32Array, ov[i] as Float32Array))),
    other: mean(pairs.map((_, i) => scale(pv[i] as Float32Array, xv[i] as Float32Array))),
  };
}

async function main() {
  const loaded = await getEmbedder();
  if (!loaded) {
    console.error("no embedding model could be loaded here (see npm run index); nothing calibrated: grading stays lexical");
    process.exit(2);
  }
  const embedder = memo(loaded);
  const banks = getBanks();
  const rows = DEV_SET_PATHS.flatMap((f) => readDevSet(f)).map((r) => {
    const q = findQuestionByTitle(r.question, banks);
    if (!q) throw new Error(`unknown question "${r.question}"`);
    return { q, answer: r.answer, label: r.label };
  });
  const labels = rows.map((r) => r.label);
  const rho = async (calibration: DenseConstants | null) => {
    const scores: number[] = [];
    for (const r of rows) scores.push((await gradeAnswer({ question: r.q, answer: r.answer }, { questions: questionsOfBank(banks, r.q.bankId), embedder: calibration ? embedder : null, calibration })).score);
    return spearman(scores, labels);
  };
  const lexical = await rho(null);
  console.log(`model ${loaded.model}: ${rows.length} dev rows; lexical rho ${lexical.toFixed(3)}`);
  let best: { c: DenseConstants; rho: number } = { c: { lo: 0.5, hi: 0.9, pull: 0 }, rho: lexical };
  // A coarse grid: cosine bands of sentence-embedding models sit somewhere in 0.3..1.
  for (const lo of [0.3, 0.5, 0.7, 0.8]) {
    for (const width of [0.1, 0.2, 0.3]) {
      for (const pull of [0.2, 0.4]) {
        const c = { lo, hi: Math.min(1, lo + width), pull };
        const r = await rho(c);
        if (r > best.rho + 0.002) best = { c, rho: r };
      }
    }
    console.log(`  lo ${lo}: best so far rho ${best.rho.toFixed(3)} (lo ${best.c.lo}, hi ${best.c.hi}, pull ${best.c.pull})`);
  }
  console.log(`fitted: lo ${best.c.lo} hi ${best.c.hi} pull ${best.c.pull}; dense rho ${best.rho.toFixed(3)} vs lexical ${lexical.toFixed(3)}`);
  // A band that maps everything to "similar" lifts every point alike: rho can rise on dev while the
  // model tells nothing apart. Require the model to separate a key point's own reference passage
  // from another question's, in the fitted band; otherwise it contributes nothing (pull 0).
  const sep = await separation(embedder, banks.banks.flatMap((b) => b.chapters.flatMap((c) => c.questions)), best.c);
  console.log(`separation in the fitted band: own passage ${sep.own.toFixed(2)} vs another question's ${sep.other.toFixed(2)}`);
  if (best.c.pull > 0 && sep.own - sep.other < MIN_SEPARATION) {
    console.log(`the model does not separate them by ${MIN_SEPARATION}: stored with pull 0 (dense grading contributes nothing)`);
    best = { c: { ...best.c, pull: 0 }, rho: lexical };
  }
  if (dryRun) return;
  saveDenseCalibration(getDb(), { model: loaded.model, ...best.c, spearman: best.rho, lexicalSpearman: lexical, rows: rows.length });
  console.log(`stored in ${process.env.DATABASE_PATH || "data/app.db"} for ${loaded.model}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
