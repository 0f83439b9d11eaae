import { delta, duration, mdTable, num, speedup, times } from "./format";
import type { GradingResult } from "./grading";
import type { IndexBuildResult } from "./index-build";
import type { LlmOverheadResult } from "./llm";
import type { LoadResult } from "./load";
import type { Machine } from "./machine";
import type { DevSetResult, ScaleResult } from "./retrieval";
import type { PageWeightRow } from "./weight";

export const BENCHES = ["retrieval", "grading", "index", "scaling", "llm", "weight", "load"] as const;
export type BenchName = (typeof BENCHES)[number];

export interface BenchReport {
  date: string;
  commit: { sha: string; dirty: boolean };
  machine: Machine;
  loadBefore: number[];
  loadAfter: number[];
  totalSeconds: number;
  seconds: Partial<Record<BenchName, number>>;
  errors: Partial<Record<BenchName, string>>;
  tinyModel: { model: string; hidden: number } | null;
  retrieval?: DevSetResult[];
  grading?: GradingResult;
  indexBuild?: IndexBuildResult;
  scaling?: ScaleResult;
  llm?: LlmOverheadResult;
  weight?: { budgetKb: number; built: boolean; rows: PageWeightRow[] };
  load?: LoadResult;
}

const TITLES: Record<BenchName, string> = {
  retrieval: "Retrieval: quality and latency on the dev sets",
  grading: "Grading latency (offline grader)",
  index: "Index build throughput",
  scaling: "Scaling: 10,000 questions",
  llm: "LLM overhead (fake OpenAI-compatible server)",
  weight: "Page weight (JS a real browser fetches)",
  load: "Load: simulated candidates against `next start`",
};

function retrieval(sets: DevSetResult[]): string[] {
  const out: string[] = [];
  for (const s of sets) {
    const ours = s.rows.find((r) => r.engine === "ours-lexical");
    out.push(`\`${s.file}\`: ${s.queries} queries over ${s.questions} questions (${s.units} units); question-level ranks; latency over every query twice, warm.`, "");
    out.push(
      mdTable(
        ["engine", "build ms", "R@1", "R@5", "MRR", "p50 ms", "p95 ms", "ours-lexical is (p50)"],
        s.rows.map((r) => [r.engine, num(r.buildMs, 0), num(r.r1, 3), num(r.r5, 3), num(r.mrr, 3), num(r.p50), num(r.p95), r === ours || !ours ? "—" : speedup(ours.p50, r.p50)]),
      ),
      "",
    );
    if (s.denseSkipped) out.push(`Dense and hybrid not measured: ${s.denseSkipped}.`, "");
  }
  return out;
}

function scaling(sc: NonNullable<BenchReport["scaling"]>): string[] {
  const ours = sc.rows.find((r) => r.engine === "ours-lexical");
  return [
    `A generated bank of ${sc.n.toLocaleString("en")} questions (${sc.rows[0]?.units.toLocaleString("en") ?? "?"} units), recombined from the real one (scripts/lib/synthetic-bank.ts); each engine built in a child process of its own so that memory figures do not mix, and stopped after ${sc.timeoutSeconds} s; queries: the dev set's, twice. \`dense-384\` is exact search over random 384-d vectors (the size of multilingual-e5-small's), embedding excluded.`,
    "",
    mdTable(
      ["engine", "units", "build s", "heap +MB", "RSS +MB", "p50 ms", "p95 ms", "ours-lexical is (p50)"],
      [
        ...sc.rows.map((r) => [r.engine, String(r.units), num(r.buildMs / 1000), num(r.heapMB, 0), num(r.rssMB, 0), num(r.p50), num(r.p95), r === ours || !ours ? "—" : speedup(ours.p50, r.p50)]),
        ...sc.failed.map((f) => [f.engine, `**${f.error}**`, "—", "—", "—", "—", "—", "—"]),
      ],
    ),
    "",
  ];
}

function weight(w: NonNullable<BenchReport["weight"]>): string[] {
  const worst = w.rows.reduce((a, b) => (b.firstLoad.gzipKb > a.firstLoad.gzipKb ? b : a), w.rows[0] as PageWeightRow);
  const from = new Set(w.rows.map((r) => r.gzipFrom));
  const t = (n: number, kb: number) => (n ? `${n} · ${num(kb, 1)}` : "—");
  return [
    `Every page opened in Debian's Chromium (Playwright) against \`next start\` with a temp database, an empty cache each time. First-load JS: the scripts the page's HTML names (script tags, preloads, the inline RSC payload), fetched until load + network idle; budget ${w.budgetKb} kB gzipped. Lazy chunks (an \`import()\` the page ran) are counted beside it: *at load* when content on screen needed them, *later* after the page was used. Gzipped sizes are ${from.has("zlib") || from.has("mixed") ? "the server's gzip where it sent gzip, else zlib's gzip of the body (files under Next's compression threshold come uncompressed)" : "the server's own (Content-Encoding: gzip)"}.`,
    "",
    mdTable(
      ["page", "what is on screen", "requests", "raw kB", "gzip kB", "of budget", `≤ ${w.budgetKb} kB`, "lazy at load (n · gzip kB)", "later (n · gzip kB)"],
      w.rows.map((r) => [r.page, r.note, String(r.firstLoad.requests), num(r.firstLoad.rawKb, 1), num(r.firstLoad.gzipKb, 1), `${Math.round((100 * r.firstLoad.gzipKb) / w.budgetKb)} %`, r.pass ? "pass" : "**FAIL**", t(r.lazyAtLoad.requests, r.lazyAtLoad.gzipKb), t(r.later.requests, r.later.gzipKb)]),
    ),
    "",
    `Heaviest first load: ${worst.page}, ${num(worst.firstLoad.gzipKb, 1)} kB gzipped (${Math.round((100 * worst.firstLoad.gzipKb) / w.budgetKb)} % of the budget).`,
    "",
  ];
}

function load(l: LoadResult): string[] {
  const first = l.rows.find((r) => r.route === "first streamed token");
  return [
    `${l.clients} candidates at once, ${l.questions} questions each (answers from the reference, half of them cut short so follow-ups come), LLM interviewer and grader on the fake server streaming 8 pieces 5 ms apart; rate limiter off. ${l.requests} requests in ${num(l.wallSeconds, 1)} s (${num(l.requestsPerSecond, 1)} requests/s), ${l.errors} errors, ${l.llmCalls} LLM calls, ${l.finished} of ${l.clients} interviews finished; server peak RSS ${num(l.peakRssMb, 0)} MB.`,
    "",
    mdTable(
      ["route", "n", "p50 ms", "p95 ms", "p99 ms", "p95 ÷ p50"],
      l.rows.map((r) => [r.route, String(r.n), num(r.p50, 0), num(r.p95, 0), num(r.p99, 0), times(r.p95, r.p50)]),
    ),
    "",
    ...(first ? [`Time to the first streamed token under this load: p50 ${num(first.p50, 0)} ms, p95 ${num(first.p95, 0)} ms.`, ""] : []),
    ...l.errorSamples.map((e) => `- error: \`${e}\``),
  ];
}

/** The headline figures, each with its ratio. */
function summary(r: BenchReport): string[] {
  const out: string[] = [];
  const dev = r.retrieval?.[0];
  const row = (e: string) => dev?.rows.find((x) => x.engine === e);
  const ours = row("ours-lexical");
  const msd = row("minisearch-default");
  const msj = row("minisearch-jieba");
  if (ours && msd && msj)
    out.push(
      `- Lexical query (dev set) p50 ${num(ours.p50)} ms: ${speedup(ours.p50, msd.p50)} than MiniSearch default, ${speedup(ours.p50, msj.p50)} than MiniSearch with jieba. R@1 ${num(ours.r1, 3)} vs ${num(msd.r1, 3)} (${delta(ours.r1, msd.r1)}) and ${num(msj.r1, 3)} (${delta(ours.r1, msj.r1)}); R@5 ${num(ours.r5, 3)} vs ${num(msd.r5, 3)} and ${num(msj.r5, 3)}.`,
    );
  const perSet = (r.retrieval ?? []).map((set) => {
    const f = (e: string) => num(set.rows.find((x) => x.engine === e)?.r1, 3);
    return `${set.file.replace(/^.*\//, "")} (${set.queries}) ${f("ours-lexical")} / ${f("minisearch-default")} / ${f("minisearch-jieba")}`;
  });
  if (perSet.length > 1) out.push(`- R@1 per dev set, ours lexical / MiniSearch default / MiniSearch with jieba: ${perSet.join("; ")}.`);
  const sc = r.scaling?.rows;
  const so = sc?.find((x) => x.engine === "ours-lexical");
  const sm = sc?.find((x) => x.engine === "minisearch-jieba");
  if (so && sm && r.scaling)
    out.push(`- ${r.scaling.n.toLocaleString("en")} questions: lexical build ${num(so.buildMs / 1000)} s, query p50 ${num(so.p50)} ms / p95 ${num(so.p95)} ms (${speedup(so.p50, sm.p50)} than MiniSearch with jieba), heap +${num(so.heapMB, 0)} MB.`);
  if (r.grading) out.push(`- Grading a reply (offline, ${r.grading.mode}): p50 ${num(r.grading.p50)} ms, p95 ${num(r.grading.p95)} ms (${num(1000 / r.grading.mean, 0)} replies/s on one core).`);
  if (r.indexBuild) {
    const d = r.indexBuild.dense;
    out.push(`- Index build: lexical ${num(r.indexBuild.lexical.unitsPerSecond, 0)} units/s${d ? `, dense with the tiny model ${num(d.unitsPerSecond, 0)} units/s (lexical ${times(r.indexBuild.lexical.unitsPerSecond, d.unitsPerSecond)} the rate)` : ""}.`);
  }
  if (r.llm)
    out.push(`- LLM layer overhead: first token p95 ${num(r.llm.firstTokenOverhead.p95)} ms (the fake's own ${num(r.llm.firstTokenBare.p95)} ms), grading p95 ${num(r.llm.gradingOverhead.p95)} ms (the fake's own ${num(r.llm.gradingBare.p95)} ms); target ≤ 30 ms p95: ${r.llm.firstTokenOverhead.p95 <= 30 && r.llm.gradingOverhead.p95 <= 30 ? "met" : "**not met**"}.`);
  if (r.weight) {
    const worst = Math.max(...r.weight.rows.map((x) => x.firstLoad.gzipKb));
    const failing = r.weight.rows.filter((x) => !x.pass).map((x) => x.page);
    out.push(`- Page weight: heaviest first load ${num(worst, 1)} kB gzipped, ${Math.round((100 * worst) / r.weight.budgetKb)} % of the ${r.weight.budgetKb} kB budget; ${failing.length ? `**over budget: ${failing.join(", ")}**` : `all ${r.weight.rows.length} pages within it`}.`);
  }
  if (r.load) {
    const ft = r.load.rows.find((x) => x.route === "first streamed token");
    out.push(`- Load: ${r.load.clients} candidates, ${r.load.requests} requests, ${r.load.errors} errors, ${num(r.load.requestsPerSecond, 1)} requests/s${ft ? `; first streamed token p95 ${num(ft.p95, 0)} ms` : ""}; server peak RSS ${num(r.load.peakRssMb, 0)} MB.`);
  }
  return out;
}

/** docs/benchmarks.md: machine and date first, then each benchmark with absolute figures and ratios. */
export function renderReport(r: BenchReport): string {
  const busy = (r.loadBefore[0] ?? 0) > r.machine.cores * 0.5 || (r.loadAfter[0] ?? 0) > r.machine.cores * 0.5;
  const out: string[] = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` (scripts/bench/index.ts); the same figures as JSON in [benchmarks.json](benchmarks.json). Speed is measured here, never in the test suite.`,
    "",
    mdTable(
      ["", ""],
      [
        ["date", r.date],
        ["commit", `${r.commit.sha}${r.commit.dirty ? " (with uncommitted changes)" : ""}`],
        ["CPU", `${r.machine.cpu}, ${r.machine.cores} cores`],
        ["RAM", `${num(r.machine.ramGb, 1)} GB`],
        ["Node", r.machine.node],
        ["OS", r.machine.os],
        ["load average (1/5/15 min)", `before ${r.loadBefore.join(" / ")}, after ${r.loadAfter.join(" / ")}`],
        ["run time", `${duration(r.totalSeconds)} (${BENCHES.filter((b) => r.seconds[b] !== undefined).map((b) => `${b} ${duration(r.seconds[b] as number)}`).join(", ")})`],
      ],
    ),
    "",
  ];
  if (busy) out.push(`> The machine was busy during this run (load average above half its cores): latencies and throughput are contended, so read the ratios, which share the contention, rather than the absolute figures, or re-run \`npm run bench\` on an idle machine. Page weight is exact either way.`, "");
  out.push("## Summary", "", ...summary(r), "");
  const sections: Array<[BenchName, () => string[]]> = [
    ["retrieval", () => retrieval(r.retrieval ?? [])],
    [
      "grading",
      () => {
        const g = r.grading as GradingResult;
        return [
          `\`${g.file}\`: ${g.answers} answers graded ${g.rounds} times each after one warm-up pass (rubrics compiled, jieba loaded), mode ${g.mode}.`,
          "",
          mdTable(["p50 ms", "p95 ms", "mean ms", "max ms", "p95 ÷ p50", "replies/s"], [[num(g.p50), num(g.p95), num(g.mean), num(g.max), times(g.p95, g.p50), num(1000 / g.mean, 0)]]),
          "",
        ];
      },
    ],
    [
      "index",
      () => {
        const ix = r.indexBuild as IndexBuildResult;
        const rows = [["lexical (jieba + BM25 statistics)", String(ix.units), num(ix.lexical.msPerBuild / 1000, 3), num(ix.lexical.unitsPerSecond, 0)]];
        if (ix.dense) rows.push([`dense (${ix.dense.model}, embedded and stored in SQLite)`, String(ix.units), num(ix.dense.seconds, 2), num(ix.dense.unitsPerSecond, 0)]);
        return [
          `${ix.questions} questions (the real bank plus generated ones), ${ix.units} units (titles, answer passages, key points). Lexical: median of ${ix.lexical.rounds} builds.`,
          "",
          mdTable(["index", "units", "seconds", "units/s"], rows),
          "",
          ...(ix.denseSkipped ? [`Dense not measured: ${ix.denseSkipped}.`, ""] : []),
        ];
      },
    ],
    ["scaling", () => scaling(r.scaling as NonNullable<BenchReport["scaling"]>)],
    [
      "llm",
      () => {
        const l = r.llm as LlmOverheadResult;
        return [
          `${l.rounds} rounds against an instant fake server on 127.0.0.1, through the real \`openai\` client. First token: a chat action ("resume" on a fresh session) to its first streamed delta, minus a bare stream's own time to first token. Grading: \`judgeAnswer\` (offline guards, references, verification, combination) minus a bare verdict request with the same prompt.`,
          "",
          mdTable(
            ["what", "app overhead p50 ms", "p95 ms", "fake's own p50 ms", "p95 ms", "overhead ÷ own (p50)"],
            [
              ["first streamed token", num(l.firstTokenOverhead.p50), num(l.firstTokenOverhead.p95), num(l.firstTokenBare.p50), num(l.firstTokenBare.p95), times(l.firstTokenOverhead.p50, l.firstTokenBare.p50)],
              ["grading a reply", num(l.gradingOverhead.p50), num(l.gradingOverhead.p95), num(l.gradingBare.p50), num(l.gradingBare.p95), times(l.gradingOverhead.p50, l.gradingBare.p50)],
            ],
          ),
          "",
        ];
      },
    ],
    ["weight", () => weight(r.weight as NonNullable<BenchReport["weight"]>)],
    ["load", () => load(r.load as LoadResult)],
  ];
  const present: Record<BenchName, unknown> = { retrieval: r.retrieval, grading: r.grading, index: r.indexBuild, scaling: r.scaling, llm: r.llm, weight: r.weight, load: r.load };
  for (const [name, body] of sections) {
    if (!present[name] && !r.errors[name]) continue;
    out.push(`## ${TITLES[name]}`, "");
    if (r.errors[name]) out.push(`**Did not complete:** \`${r.errors[name]}\``, "");
    else out.push(...body());
  }
  out.push(
    "## What is and is not measured",
    "",
    `- Quality is measured on the public dev sets in \`content/dev/\` only; the blind sets in \`content/eval/\` are never read by a benchmark.`,
    `- MiniSearch (7.2.0, the baseline) indexes the same units and fields with its default settings, once with its own tokenizer (which splits on spaces and punctuation, so a Chinese clause is one token) and once with ours (jieba via \`@node-rs/jieba\`, which installs here with its dictionary and a prebuilt binary, plus our domain words and English stemming).`,
    r.tinyModel
      ? `- Dense rows use a tiny model generated on the spot (${r.tinyModel.model}, hidden size ${r.tinyModel.hidden}; lib/retrieval/tiny-model.ts) through the real Transformers.js + onnxruntime path: no model can be downloaded here. It only knows which characters texts share, so its recall says nothing about multilingual-e5-small's; its speed is the plumbing's, a lower bound for a real model's.`
      : "- No dense rows: no tiny model was generated for this run.",
    `- Everything runs on 127.0.0.1 with temp databases; no network beyond loopback, no data/app.db. Each benchmark is bounded (rounds, clients, a deadline for the load run).`,
    "",
  );
  return out.join("\n");
}
