/**
 * Retrieval quality on the public dev set, question level:
 *   npm run eval:retrieval [-- --verbose] [-- --file FILE | --eval]
 * Default: content/dev/retrieval-dev.jsonl (tuned on); --eval: content/eval/retrieval-eval.jsonl
 * (blind: measure only).
 * Prints recall@1, recall@5 and MRR per mode (lexical always; dense and hybrid when the embedding
 * model loads), overall and by language and kind. --verbose lists every query missed at rank 1.
 */
import { loadBanks } from "../lib/bank/load";
import { DEV_SET_PATH, EVAL_SET_PATH, type DevQuery, loadDevSet } from "../lib/retrieval/dev-set";
import { type RankMetrics, rankMetrics } from "../lib/retrieval/metrics";
import type { RetrievalMode } from "../lib/retrieval/types";
import { cliRetriever } from "./lib/cli-retriever";
import { renderTable } from "./lib/table";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const fileFlag = args.findIndex((a) => a === "--file" || a === "--dev");
const devPath = fileFlag >= 0 ? (args[fileFlag + 1] ?? DEV_SET_PATH) : args.includes("--eval") ? EVAL_SET_PATH : DEV_SET_PATH;

const fmt = (m: RankMetrics) => [m.recallAt1.toFixed(3), m.recallAt5.toFixed(3), m.mrr.toFixed(3)];

async function main(): Promise<void> {
  const { banks } = loadBanks();
  const dev = loadDevSet(banks, devPath);
  const retriever = cliRetriever(banks);
  await retriever.startIndexing();
  const status = retriever.status();
  const modes: RetrievalMode[] = status.mode === "hybrid" ? ["lexical", "dense", "hybrid"] : ["lexical"];
  if (status.mode !== "hybrid") console.error(`dense and hybrid skipped: ${status.reason}`);

  const titles = new Map(banks.flatMap((b) => b.chapters.flatMap((c) => c.questions.map((q) => [q.id, q.title] as const))));
  const groups: Array<[string, (q: DevQuery) => boolean]> = [
    ["all", () => true],
    ["lang=zh", (q) => q.lang === "zh"],
    ["lang=en", (q) => q.lang === "en"],
    ["lang=mixed", (q) => q.lang === "mixed"],
  ];
  for (const kind of [...new Set(dev.map((q) => q.kind))]) groups.push([`kind=${kind}`, (q) => q.kind === kind]);
  const rows: string[][] = [];
  for (const mode of modes) {
    const ranks: Array<number | null> = [];
    for (const q of dev) {
      const { hits } = await retriever.retrieve(q.query, { k: 50, mode });
      const i = hits.findIndex((h) => h.questionId === q.expectedId);
      ranks.push(i < 0 ? null : i + 1);
      if (verbose && i !== 0)
        console.log(`[${mode}] rank ${i < 0 ? "-" : i + 1}  ${q.query}\n    want: ${titles.get(q.expectedId)}\n    got:  ${hits[0]?.title} (${hits[0]?.unit})`);
    }
    for (const [name, pick] of groups) {
      const sel = ranks.filter((_, i) => pick(dev[i] as DevQuery));
      if (sel.length) rows.push([mode, name, String(sel.length), ...fmt(rankMetrics(sel))]);
    }
  }
  const authored = banks.flatMap((b) => b.chapters.flatMap((c) => c.questions)).filter((q) => q.titleEn).length;
  console.log(`set: ${devPath}, ${dev.length} queries; banks: ${titles.size} questions (${authored} with authored English titles)`);
  console.log(`model: ${status.model} (${status.mode === "hybrid" ? "loaded" : `not used: ${status.reason}`})`);
  console.log(renderTable(["mode", "group", "n", "R@1", "R@5", "MRR"], rows));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
