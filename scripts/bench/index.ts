/**
 * `npm run bench`: every benchmark in sequence, then docs/benchmarks.md and docs/benchmarks.json.
 *   npm run bench [-- --only retrieval,grading] [-- --out DIR/NAME] [-- --rebuild] [-- --quick]
 * Retrieval (ours lexical and dense with a generated tiny model vs MiniSearch default and with
 * jieba, dev sets only), grading latency, index build throughput, 10,000-question scaling, LLM
 * overhead (fake server), page weight (real Chromium) and load (50 candidates, bounded). Each is
 * bounded; the whole run takes under ten minutes on two cores. A benchmark that fails is reported
 * as such and the others still run. With --only, the report goes to .tmp/benchmarks.* unless
 * --out says otherwise, so a partial run never overwrites docs/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { gradingBench } from "./grading";
import { indexBuildBench } from "./index-build";
import { llmOverheadBench } from "./llm";
import { runLoad } from "./load";
import { commit, load, machine } from "./machine";
import { measurePageWeight } from "./page-weight";
import { BENCHES, renderReport, type BenchName, type BenchReport } from "./report";
import { devSets, devSetBench, scaleBench } from "./retrieval";
import { useTinyModel } from "./tiny-model";

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = opt("--only")?.split(",") as BenchName[] | undefined;
const unknown = only?.filter((b) => !BENCHES.includes(b));
if (unknown?.length) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")}; choose from ${BENCHES.join(", ")}`);
  process.exit(2);
}
const out = opt("--out") ?? (only ? ".tmp/benchmarks" : "docs/benchmarks");
const quick = argv.includes("--quick");

async function main(): Promise<void> {
  const started = performance.now();
  const tiny = useTinyModel(); // before anything reads the embedding configuration
  const report: BenchReport = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: machine(),
    loadBefore: load(),
    loadAfter: [],
    totalSeconds: 0,
    seconds: {},
    errors: {},
    tinyModel: { model: tiny.model, hidden: tiny.hidden },
  };
  const steps: Record<BenchName, () => Promise<void>> = {
    retrieval: async () => {
      report.retrieval = [];
      for (const file of devSets()) report.retrieval.push(await devSetBench(file));
    },
    grading: async () => void (report.grading = await gradingBench({ rounds: quick ? 1 : 3, lexical: true })),
    index: async () => void (report.indexBuild = await indexBuildBench({ rounds: 3 })),
    scaling: async () => void (report.scaling = await scaleBench(quick ? 2000 : 10_000, { onEngine: (e) => console.error(`  scaling: ${e}…`) })),
    llm: async () => void (report.llm = await llmOverheadBench({ rounds: quick ? 20 : 100 })),
    weight: async () => {
      const w = await measurePageWeight({ rebuild: argv.includes("--rebuild") });
      report.weight = { budgetKb: w.budgetKb, built: w.build.built, rows: w.rows };
    },
    load: async () => void (report.load = await runLoad({ clients: quick ? 10 : 50, questions: 3, maxSeconds: quick ? 30 : 120 })),
  };
  for (const name of BENCHES) {
    if (only && !only.includes(name)) continue;
    console.error(`bench: ${name} …`);
    const t0 = performance.now();
    try {
      await steps[name]();
    } catch (e) {
      report.errors[name] = (e instanceof Error ? e.message : String(e)).split("\n")[0]?.slice(0, 300) ?? "failed";
      console.error(`bench: ${name} failed:`, e);
    }
    report.seconds[name] = (performance.now() - t0) / 1000;
    console.error(`bench: ${name} done in ${report.seconds[name]?.toFixed(0)} s`);
  }
  report.loadAfter = load();
  report.totalSeconds = (performance.now() - started) / 1000;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${out}.md`, renderReport(report));
  console.log(`wrote ${out}.md and ${out}.json in ${report.totalSeconds.toFixed(0)} s`);
  if (Object.keys(report.errors).length) process.exitCode = 1;
}

main().then(
  () => process.exit(process.exitCode ?? 0), // the LLM client's keep-alive sockets would hold the process open
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
