/**
 * Evaluates the offline grader on labelled sets:
 *   npm run eval:grading [-- --lexical] [-- --verbose] [-- --file F [--file G …]] [-- --dev] [-- --eval]
 * Default: content/dev/grading-dev.jsonl. --dev: every dev set (content/dev, tuned on);
 * --eval: content/eval/grading-eval.jsonl (blind: measure only, never tune on it).
 * Prints Spearman's rho (scores vs labels), within-question pairwise order accuracy (label gap
 * >= 2), fluent-wrong vs shallow-correct means, junk answers above their ceiling, how many
 * reference answers grade as complete, the worst misgrades, and two baselines.
 */
import { findQuestionByTitle, getBanks } from "../lib/bank/load";
import { questionPassages } from "../lib/bank/passages";
import type { Question } from "../lib/bank/types";
import { readDevSet, DEV_SET_PATH, DEV_SET_PATHS, EVAL_SET_PATH, type DevRow } from "../lib/grading/dev-set";
import { pairwiseAccuracy, spearman } from "../lib/grading/eval-metrics";
import { gradeAnswer } from "../lib/grading";
import { getEmbedder, type Embedder } from "../lib/retrieval/embedder";
import { tokenize } from "../lib/text/tokenize";
import { gradeContext } from "../lib/wiring/grade-context";
import { cosine, tfidfVector } from "../lib/grading/tfidf";

const args = process.argv.slice(2);
const named = args.flatMap((a, i) => (a === "--file" && args[i + 1] ? [args[i + 1] as string] : []));
const files = [...named, ...(args.includes("--dev") ? DEV_SET_PATHS : []), ...(args.includes("--eval") ? [EVAL_SET_PATH] : [])];
if (!files.length) files.push(DEV_SET_PATH);
const file = files.join(" + ");
const verbose = args.includes("--verbose");
// The grader only uses a model that is already loaded; a batch run loads it first (null when unavailable).
const ctxReady = args.includes("--lexical") ? Promise.resolve({ embedder: null }) : getEmbedder().then((embedder) => ({ embedder }));

/** Baseline: TF-IDF cosine between the answer and the question's reference answer. */
function tfidfBaseline(questions: Question[]): (q: Question, answer: string) => number {
  const refs = new Map(questions.map((q) => [q.id, tokenize(questionPassages(q).map((p) => p.text).join("\n"))]));
  const df = new Map<string, number>();
  for (const toks of refs.values()) for (const t of new Set(toks)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = refs.size;
  const idf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1) + 1);
  const vec = (toks: string[]) => tfidfVector(toks, idf);
  const refVecs = new Map([...refs].map(([id, toks]) => [id, vec(toks)]));
  return (q, answer) => {
    return cosine(vec(tokenize(answer)), refVecs.get(q.id) ?? new Map());
  };
}

/**
 * Each question's own reference answer (answer + supplement) graded as a reply: it should cover
 * every key point, or the interviewer would ask a follow-up about something already said.
 */
async function referenceSelfGrade(questions: Question[], ctx: { embedder: Embedder | null }): Promise<{ complete: number; total: number; min: number; incomplete: string[] }> {
  let complete = 0;
  let min = 10;
  const incomplete: string[] = [];
  const graded = questions.filter((q) => q.rubric.length && (q.answer || q.supplement));
  for (const q of graded) {
    const g = await gradeAnswer({ question: q, answer: [q.answer, q.supplement].filter(Boolean).join("\n\n") }, gradeContext(q, ctx.embedder));
    const open = g.points.filter((p) => p.status !== "covered").map((p) => `${p.id} ${p.status}`);
    if (open.length) incomplete.push(`ch${q.chapter} q${q.number}: ${open.join(", ")}`);
    else complete++;
    min = Math.min(min, g.score);
  }
  return { complete, total: graded.length, min, incomplete };
}

async function main() {
  const ctx = await ctxReady;
  const rows: Array<DevRow & { src: string }> = files.flatMap((f) => readDevSet(f).map((r, n) => ({ ...r, src: `${f}:${n + 1}` })));
  const loaded = getBanks();
  const questions = loaded.banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
  const tfidf = tfidfBaseline(questions);
  const results: Array<{ i: number; src: string; misconceptions: number; title: string; kind: string; label: number; ceiling?: number; score: number; len: number; tfidf: number; flags: string[]; mode: string }> = [];
  for (const [i, row] of rows.entries()) {
    const q = findQuestionByTitle(row.question, loaded);
    if (!q) throw new Error(`${row.src}: unknown question "${row.question}"`);
    const g = await gradeAnswer({ question: q, answer: row.answer }, gradeContext(q, ctx.embedder));
    results.push({
      i: i + 1,
      src: row.src,
      misconceptions: g.misconceptions.length,
      title: q.title,
      kind: row.kind,
      label: row.label,
      ceiling: row.ceiling,
      score: g.score,
      len: row.answer.length,
      tfidf: tfidf(q, row.answer),
      flags: g.flags,
      mode: g.mode,
    });
    if (verbose) console.log(`${row.src}\t${row.kind}\t${row.label}\t${g.score}\t${g.flags.join(",")}\t${q.title.slice(0, 24)}`);
  }

  const labels = results.map((r) => r.label);
  const rho = spearman(results.map((r) => r.score), labels);
  const pw = pairwiseAccuracy(results.map((r) => ({ group: r.title, label: r.label, score: r.score })));
  const over = results.filter((r) => r.ceiling !== undefined && r.score > r.ceiling);
  const qs = new Set(results.map((r) => r.title));
  const fmt = (x: number) => x.toFixed(3);

  console.log(`set: ${file}: ${results.length} answers, ${qs.size} questions, mode ${[...new Set(results.map((r) => r.mode))].join("/")}`);
  console.log(`spearman rho (score vs label):           ${fmt(rho)}`);
  console.log(`pairwise order accuracy (gap>=2):        ${fmt(pw.accuracy)} over ${pw.pairs} pairs`);
  // Fluent but wrong vs shallow but correct: the first must score below the second.
  const meanOf = (rs: typeof results) => (rs.length ? (rs.reduce((s, r) => s + r.score, 0) / rs.length).toFixed(2) : "n/a");
  const fluentWrong = results.filter((r) => /wrong/.test(r.kind));
  const shallow = results.filter((r) => /shallow|partial/.test(r.kind));
  console.log(`fluent-wrong mean score:                 ${meanOf(fluentWrong)} (n=${fluentWrong.length}, kinds ~ /wrong/; ${fluentWrong.filter((r) => r.misconceptions > 0).length} with a finding)`);
  const rightKinds = results.filter((r) => !/wrong/.test(r.kind) && r.ceiling === undefined && r.label >= 4);
  console.log(`correct answers (label>=4) with a finding: ${rightKinds.filter((r) => r.misconceptions > 0).length} of ${rightKinds.length}`);
  console.log(`shallow-correct mean score:              ${meanOf(shallow)} (n=${shallow.length}, kinds ~ /shallow|partial/)`);
  console.log(`junk above its ceiling:                  ${over.length} of ${results.filter((r) => r.ceiling !== undefined).length}`);
  for (const r of over) console.log(`  ${r.src} ${r.kind} score ${r.score} > ceiling ${r.ceiling} [${r.flags.join(",")}] ${r.title.slice(0, 30)}`);
  const refs = await referenceSelfGrade(questions, ctx);
  console.log(`reference answers graded complete:       ${refs.complete} of ${refs.total} (min score ${refs.min})`);
  for (const miss of refs.incomplete) console.log(`  ${miss}`);
  console.log(`baseline rho, answer length:             ${fmt(spearman(results.map((r) => r.len), labels))}`);
  console.log(`baseline rho, TF-IDF cosine to reference: ${fmt(spearman(results.map((r) => r.tfidf), labels))}`);
  console.log("worst misgrades (|score - label|):");
  for (const r of [...results].sort((a, b) => Math.abs(b.score - b.label) - Math.abs(a.score - a.label)).slice(0, 8)) {
    console.log(`  ${r.src} ${r.kind} label ${r.label} score ${r.score} [${r.flags.join(",")}] ${r.title.slice(0, 30)}`);
  }
  const kinds = [...new Set(results.map((r) => r.kind))];
  console.log("mean score by kind:");
  for (const k of kinds) {
    const rs = results.filter((r) => r.kind === k);
    const mean = (f: (r: (typeof rs)[number]) => number) => (rs.reduce((s, r) => s + f(r), 0) / rs.length).toFixed(1);
    console.log(`  ${k.padEnd(16)} n=${String(rs.length).padStart(2)} label ${mean((r) => r.label)} score ${mean((r) => r.score)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
