/**
 * Fits the dense grading constants of the embedding model on the dev sets and stores them in
 * SQLite with the model's name; until then the model is never used for grading.
 *   npm run calibrate [-- --dry-run]
 * Runs every dev row (content/dev: never content/eval) in dense mode over a small grid of band
 * (cosine → 0..1) and pull values, keeps the constants with the best Spearman's rho against the
 * labels, and reports it beside the lexical rho. If no grid point beats lexical grading, it stores
 * pull 0: the model is calibrated and contributes nothing.
 */
import { findQuestionByTitle, getBanks } from "../lib/bank/load";
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

async function main() {
  const loaded = await getEmbedder();
  if (!loaded) {
    console.error("no embedding model could be loaded here (see npm run index); nothing calibrated: grading stays lexical");
    process.exit(2);
  }
  const embedder = memo(loaded);
  const banks = getBanks({ record: false });
  const rows = DEV_SET_PATHS.flatMap((f) => readDevSet(f)).map((r) => {
    const q = findQuestionByTitle(r.question, banks);
    if (!q) throw new Error(`unknown question "${r.question}"`);
    return { q, answer: r.answer, label: r.label };
  });
  const labels = rows.map((r) => r.label);
  const rho = async (calibration: DenseConstants | null) => {
    const scores: number[] = [];
    for (const r of rows) scores.push((await gradeAnswer({ question: r.q, answer: r.answer }, { embedder: calibration ? embedder : null, calibration })).score);
    return spearman(scores, labels);
  };
  const lexical = await rho(null);
  console.log(`model ${loaded.model}: ${rows.length} dev rows; lexical rho ${lexical.toFixed(3)}`);
  let best: { c: DenseConstants; rho: number } = { c: { lo: 0.5, hi: 0.9, pull: 0 }, rho: lexical };
  for (const lo of [0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85]) {
    for (const width of [0.1, 0.15, 0.2, 0.3]) {
      for (const pull of [0.2, 0.4, 0.6]) {
        const c = { lo, hi: Math.min(1, lo + width), pull };
        const r = await rho(c);
        if (r > best.rho + 0.002) best = { c, rho: r };
      }
    }
    console.log(`  lo ${lo}: best so far rho ${best.rho.toFixed(3)} (lo ${best.c.lo}, hi ${best.c.hi}, pull ${best.c.pull})`);
  }
  console.log(`fitted: lo ${best.c.lo} hi ${best.c.hi} pull ${best.c.pull}; dense rho ${best.rho.toFixed(3)} vs lexical ${lexical.toFixed(3)}`);
  if (dryRun) return;
  saveDenseCalibration(getDb(), { model: loaded.model, ...best.c, spearman: best.rho, lexicalSpearman: lexical, rows: rows.length });
  console.log(`stored in ${process.env.DATABASE_PATH || "data/app.db"} for ${loaded.model}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
