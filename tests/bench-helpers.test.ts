import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildStaleReason } from "@/scripts/bench/app-server";
import { delta, duration, mdTable, num, speedup, times } from "@/scripts/bench/format";
import { renderReport, type BenchReport } from "@/scripts/bench/report";
import { devSets } from "@/scripts/bench/retrieval";
import { gzipOf, jsPathsInHtml, pageWeightRow, renderWeightTable, totals, type JsFetch } from "@/scripts/bench/weight";

// The benchmarks' pure helpers. Nothing here times anything: speed is for `npm run bench`.

const fetch = (path: string, gzipBytes: number, kind: JsFetch["kind"], phase: JsFetch["phase"], rawBytes = gzipBytes * 3): JsFetch => ({ path, rawBytes, gzipBytes, gzipFrom: "server", kind, phase });

describe("page weight helpers", () => {
  it("finds the JS a page's HTML names: script tags, preloads and the escaped paths of the RSC payload", () => {
    const html = [
      `<link rel="preload" as="script" href="/_next/static/chunks/aa11.js"/>`,
      `<script src="/_next/static/chunks/turbopack-bb22.js" async></script>`,
      `<script>self.__next_f.push([1,"2:I[123,[\\"/_next/static/chunks/cc33.js\\",\\"/_next/static/chunks/dd-44_.js\\"],\\"default\\"]"])</script>`,
      `<link rel="stylesheet" href="/_next/static/chunks/ee55.css"/>`,
      `<img src="/bank/image?x=ff66.js.png">`,
    ].join("");
    expect([...jsPathsInHtml(html)].sort()).toEqual(["/_next/static/chunks/aa11.js", "/_next/static/chunks/cc33.js", "/_next/static/chunks/dd-44_.js", "/_next/static/chunks/turbopack-bb22.js"]);
  });

  it("takes the wire size when the server sent gzip, and gzips the body itself otherwise", () => {
    const body = Buffer.from("const x = 1;\n".repeat(500));
    expect(gzipOf(body, "gzip", 1234)).toEqual({ gzipBytes: 1234, gzipFrom: "server" });
    const own = gzipOf(body, undefined, body.length);
    expect(own.gzipFrom).toBe("zlib");
    expect(own.gzipBytes).toBe(gzipSync(body).length);
    expect(gunzipSync(gzipSync(body)).equals(body)).toBe(true);
    expect(own.gzipBytes).toBeLessThan(body.length / 10);
    // Brotli is not gzip: measured with zlib like an uncompressed body.
    expect(gzipOf(body, "br", 99).gzipFrom).toBe("zlib");
  });

  it("sums first-load JS apart from lazy chunks, and holds only first-load JS to the budget", () => {
    const row = pageWeightRow(
      {
        page: "room",
        note: "",
        fetches: [fetch("/a.js", 100_000, "first-load", "load"), fetch("/b.js", 49_000, "first-load", "load"), fetch("/md.js", 128_000, "lazy", "load"), fetch("/chat.js", 90_000, "lazy", "later")],
      },
      150,
    );
    expect(row.firstLoad).toEqual({ requests: 2, rawKb: 447, gzipKb: 149 });
    expect(row.pass).toBe(true);
    expect(row.lazyAtLoad.gzipKb).toBe(128);
    expect(row.later).toEqual({ requests: 1, rawKb: 270, gzipKb: 90 });
    expect(row.gzipFrom).toBe("server");
    const over = pageWeightRow({ page: "p", note: "", fetches: [fetch("/a.js", 150_001, "first-load", "load")] }, 150);
    expect(over.pass).toBe(false);
    expect(pageWeightRow({ page: "p", note: "", fetches: [] }).gzipFrom).toBe("none");
    expect(totals([])).toEqual({ requests: 0, rawKb: 0, gzipKb: 0 });
  });

  it("prints one row per page with pass or FAIL", () => {
    const rows = [
      pageWeightRow({ page: "/", note: "", fetches: [fetch("/a.js", 140_000, "first-load", "load")] }),
      pageWeightRow({ page: "/interview/[id]", note: "", fetches: [fetch("/a.js", 160_000, "first-load", "load"), fetch("/l.js", 2_000, "lazy", "later")] }),
    ];
    const table = renderWeightTable(rows).split("\n");
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/^\/\s+1\s+420\.0\s+140\.0\s+pass/);
    expect(table[3]).toMatch(/FAIL\s+—\s+1 · 2\.0\s+server$/);
  });
});

describe("report formatting", () => {
  it("says how much faster or slower, and when it is the same", () => {
    expect(speedup(0.4, 1.24)).toBe("3.1× faster");
    expect(speedup(2, 1)).toBe("2.0× slower");
    expect(speedup(1, 1.02)).toBe("same");
    expect(speedup(0, 1)).toBe("—");
    expect(times(300, 100)).toBe("3.0×");
    expect(delta(0.886, 0.544)).toBe("+0.342");
    expect(delta(0.5, 0.512)).toBe("−0.012");
    expect(delta(0.5, 0.5)).toBe("±0");
    expect(num(Number.NaN)).toBe("—");
    expect(duration(4.24)).toBe("4.2 s");
    expect(duration(185)).toBe("3 min 05 s");
  });

  it("writes Markdown tables with escaped pipes and right-aligned numbers", () => {
    expect(mdTable(["engine", "p50 ms"], [["a|b", "0.40"], ["c", "—"]])).toBe(["| engine | p50 ms |", "| --- | ---: |", "| a\\|b | 0.40 |", "| c | — |"].join("\n"));
  });

  const base: BenchReport = {
    date: "2026-12-02T00:00:00.000Z",
    commit: { sha: "abc1234", dirty: false },
    machine: { cpu: "Test CPU", cores: 2, ramGb: 24, node: "v20.19.0", os: "Linux 6" },
    loadBefore: [0.1, 0.2, 0.3],
    loadAfter: [0.2, 0.2, 0.3],
    totalSeconds: 300,
    seconds: { retrieval: 10 },
    errors: {},
    tinyModel: null,
  };

  it("puts machine, date and commit first, ratios beside the figures, and flags a busy machine", () => {
    const md = renderReport({
      ...base,
      retrieval: [
        {
          file: "content/dev/retrieval-dev.jsonl",
          queries: 79,
          questions: 55,
          units: 400,
          denseSkipped: null,
          rows: [
            { engine: "ours-lexical", buildMs: 50, r1: 0.9, r5: 1, mrr: 0.95, p50: 0.4, p95: 0.9 },
            { engine: "minisearch-default", buildMs: 20, r1: 0.5, r5: 0.7, mrr: 0.6, p50: 1.24, p95: 2 },
            { engine: "minisearch-jieba", buildMs: 30, r1: 0.8, r5: 0.9, mrr: 0.85, p50: 0.8, p95: 1.5 },
          ],
        },
      ],
    });
    expect(md.indexOf("Test CPU, 2 cores")).toBeLessThan(md.indexOf("## Summary"));
    expect(md).toContain("| commit | abc1234 |");
    expect(md).toContain("Lexical query (dev set) p50 0.40 ms: 3.1× faster than MiniSearch default, 2.0× faster than MiniSearch with jieba");
    expect(md).toContain("R@1 0.900 vs 0.500 (+0.400)");
    expect(md).toContain("| minisearch-default | 20 | 0.500 | 0.700 | 0.600 | 1.24 | 2.00 | 3.1× faster |");
    expect(md).not.toContain("machine was busy");
    expect(md).not.toContain("## Grading latency"); // not run, not reported
    expect(md).toContain("content/eval/");
    const busy = renderReport({ ...base, loadBefore: [3.5, 3, 2] });
    expect(busy).toContain("machine was busy");
  });

  it("names a benchmark that did not complete instead of leaving it out", () => {
    const md = renderReport({ ...base, errors: { load: "next start did not answer within 60 s" } });
    expect(md).toContain("## Load: simulated candidates");
    expect(md).toContain("**Did not complete:** `next start did not answer within 60 s`");
  });
});

describe("dev sets", () => {
  it("measures every retrieval dev set, the first one first, and never an eval set", () => {
    const dir = mkdtempSync(join(tmpdir(), "mi-devsets-"));
    for (const f of ["retrieval-dev3.jsonl", "retrieval-dev.jsonl", "retrieval-dev-paraphrase.jsonl", "retrieval-eval.jsonl", "grading-dev.jsonl", "retrieval-dev.md"]) writeFileSync(join(dir, f), "");
    expect(devSets(dir).map((p) => p.slice(dir.length + 1))).toEqual(["retrieval-dev.jsonl", "retrieval-dev-paraphrase.jsonl", "retrieval-dev3.jsonl"]);
    expect(devSets().every((p) => p.startsWith("content/dev/"))).toBe(true);
  });
});

describe("build staleness", () => {
  it("asks for a build when there is none, or when a source is newer than it", () => {
    const root = mkdtempSync(join(tmpdir(), "mi-stale-"));
    mkdirSync(join(root, "app"));
    writeFileSync(join(root, "app", "page.tsx"), "x");
    expect(buildStaleReason(".next-x", root)).toMatch(/no build/);
    mkdirSync(join(root, ".next-x"));
    writeFileSync(join(root, ".next-x", "BUILD_ID"), "id");
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, "app", "page.tsx"), past, past);
    utimesSync(join(root, "app"), past, past);
    expect(buildStaleReason(".next-x", root)).toBeNull();
    writeFileSync(join(root, "app", "page.tsx"), "changed");
    expect(buildStaleReason(".next-x", root)).toMatch(/^app changed/);
  });
});
