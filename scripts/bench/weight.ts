import { gzipSync } from "node:zlib";
import { renderTable } from "../lib/table";

/** First-load JS a page may ship, gzipped (issue 11). */
export const BUDGET_KB = 150;

/** One JS response as the browser received it. */
export interface JsFetch {
  path: string;
  /** Decoded body size. */
  rawBytes: number;
  /** Gzipped size: the bytes on the wire when the server sent gzip, else zlib's gzip of the body. */
  gzipBytes: number;
  /** `server`: the server sent it gzip-encoded; `zlib`: it came uncompressed (or otherwise encoded) and we gzipped it. */
  gzipFrom: "server" | "zlib";
  /**
   * `first-load`: named by the page's HTML (script tags, preloads, the inline RSC payload), so
   * fetched to hydrate it; `lazy`: requested later by an import() the page ran.
   */
  kind: "first-load" | "lazy";
  /** `load`: fetched until load + network idle; `later`: after the page was used (a formula typed…). */
  phase: "load" | "later";
}

/**
 * The JS paths a page's HTML names: `<script src>`, `<link rel=preload>` and the chunk lists in
 * the inline RSC payload (where they appear with escaped quotes). A chunk only an import() asks
 * for is named in the JS that imports it, never in the HTML.
 */
export function jsPathsInHtml(html: string): Set<string> {
  return new Set([...html.matchAll(/\/_next\/static\/[\w\-./~@%]+?\.js(?![\w.])/g)].map((m) => m[0]));
}

/** The gzipped size of one response, and where the figure came from. */
export function gzipOf(body: Buffer, contentEncoding: string | undefined, wireBytes: number): Pick<JsFetch, "gzipBytes" | "gzipFrom"> {
  if ((contentEncoding ?? "").toLowerCase().trim() === "gzip" && wireBytes > 0) return { gzipBytes: wireBytes, gzipFrom: "server" };
  return { gzipBytes: gzipSync(body).length, gzipFrom: "zlib" };
}

export interface Totals {
  requests: number;
  rawKb: number;
  gzipKb: number;
}

export function totals(fetches: JsFetch[]): Totals {
  const sum = (f: (x: JsFetch) => number) => fetches.reduce((s, x) => s + f(x), 0) / 1000;
  return { requests: fetches.length, rawKb: sum((x) => x.rawBytes), gzipKb: sum((x) => x.gzipBytes) };
}

/** What one page fetched, split the ways the report shows it. */
export interface PageWeight {
  page: string;
  /** What was on screen or done, e.g. "a turn with Markdown + KaTeX". */
  note: string;
  fetches: JsFetch[];
}

export interface PageWeightRow {
  page: string;
  note: string;
  firstLoad: Totals;
  pass: boolean;
  /** Lazy chunks fetched while the page settled (content on screen needed them). */
  lazyAtLoad: Totals;
  /** Chunks fetched after the page was used. */
  later: Totals;
  gzipFrom: "server" | "zlib" | "mixed" | "none";
}

export function pageWeightRow(p: PageWeight, budgetKb = BUDGET_KB): PageWeightRow {
  const first = totals(p.fetches.filter((f) => f.phase === "load" && f.kind === "first-load"));
  const sources = new Set(p.fetches.map((f) => f.gzipFrom));
  return {
    page: p.page,
    note: p.note,
    firstLoad: first,
    pass: first.gzipKb <= budgetKb,
    lazyAtLoad: totals(p.fetches.filter((f) => f.phase === "load" && f.kind === "lazy")),
    later: totals(p.fetches.filter((f) => f.phase === "later")),
    gzipFrom: sources.size === 0 ? "none" : sources.size > 1 ? "mixed" : ([...sources][0] as "server" | "zlib"),
  };
}

const kb = (x: number) => x.toFixed(1);
const reqKb = (t: Totals) => (t.requests ? `${t.requests} · ${kb(t.gzipKb)}` : "—");

/** The per-page table: first-load requests, raw and gzipped kB against the budget, then what loaded lazily. */
export function renderWeightTable(rows: PageWeightRow[], budgetKb = BUDGET_KB): string {
  return renderTable(
    ["page", "requests", "raw kB", "gzip kB", `≤ ${budgetKb} kB`, "lazy at load (n · gzip kB)", "later (n · gzip kB)", "gzip from"],
    rows.map((r) => [r.page, String(r.firstLoad.requests), kb(r.firstLoad.rawKb), kb(r.firstLoad.gzipKb), r.pass ? "pass" : "FAIL", reqKb(r.lazyAtLoad), reqKb(r.later), r.gzipFrom]),
  );
}
