import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page, type Response } from "@playwright/test";
import { makeE2eContent } from "../../e2e/e2e-content";
import { BENCH_DIST_DIR, ensureBuild, startApp } from "./app-server";
import { BUDGET_KB, gzipOf, jsPathsInHtml, pageWeightRow, type JsFetch, type PageWeight, type PageWeightRow } from "./weight";

export interface PageWeightResult {
  budgetKb: number;
  build: ReturnType<typeof ensureBuild>;
  rows: PageWeightRow[];
  /** Every JS response per page, for the JSON report. */
  pages: PageWeight[];
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Keep Chromium from reaching out to the network on its own (as the browser tests do).
const CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** An answer a candidate might type: Markdown, inline and displayed KaTeX, and a code block. */
const MARKDOWN_ANSWER = [
  "**DDPM** 的前向过程逐步加噪：$q(x_t \\mid x_{t-1}) = \\mathcal{N}(\\sqrt{1-\\beta_t}\\,x_{t-1}, \\beta_t I)$。",
  "",
  "$$\\bar\\alpha_t = \\prod_{s=1}^{t} (1-\\beta_s)$$",
  "",
  "- 训练目标：预测噪声 $\\epsilon$",
  "",
  "```python",
  "x_t = alpha_bar.sqrt() * x0 + (1 - alpha_bar).sqrt() * eps",
  "```",
].join("\n");

async function post(base: string, path: string, body: object): Promise<string> {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const text = await res.text(); // a chat answer is an SSE stream: read to its end
  if (!res.ok) throw new Error(`POST ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
  return text;
}

/**
 * Follows the page's requests from the start, so that `quiet()` can tell when every fetch a
 * step started is done (Playwright's "networkidle" fires once per navigation only).
 */
function trackNetwork(tab: Page): { quiet: (quietMs?: number, timeoutMs?: number) => Promise<void> } {
  let inFlight = 0;
  let since = Date.now();
  tab.on("request", () => {
    inFlight++;
    since = Date.now();
  });
  const end = () => {
    inFlight--;
    since = Date.now();
  };
  tab.on("requestfinished", end);
  tab.on("requestfailed", end);
  return {
    quiet: (quietMs = 500, timeoutMs = 30_000) => {
      const until = Date.now() + timeoutMs;
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (inFlight <= 0 && Date.now() - since >= quietMs) return resolve();
          if (Date.now() > until) return reject(new Error(`network not quiet within ${timeoutMs / 1000} s`));
          setTimeout(check, 50);
        };
        check();
      });
    },
  };
}

/**
 * Opens `path` in a fresh browser context (empty cache: a first visit) and records every JS
 * response until load + network idle (and `ready`, what must be on screen), then, if `use` is
 * given, what it fetches while `use` works the page, until the network is quiet again.
 */
async function visit(browser: Browser, base: string, page: string, path: string, note: string, ready?: (p: Page) => Promise<void>, use?: (p: Page) => Promise<void>): Promise<PageWeight> {
  const context = await browser.newContext({ locale: "zh-CN" });
  const tab = await context.newPage();
  const network = trackNetwork(tab);
  let phase: JsFetch["phase"] = "load";
  const pending: Array<Promise<JsFetch | null>> = [];
  const unread: string[] = [];
  const record = async (res: Response, at: JsFetch["phase"]): Promise<JsFetch | null> => {
    const url = new URL(res.url());
    if (url.origin !== base || !url.pathname.endsWith(".js")) return null;
    try {
      const body = await res.body();
      const sizes = await res.request().sizes();
      return { path: url.pathname, rawBytes: body.length, ...gzipOf(body, res.headers()["content-encoding"], sizes.responseBodySize), kind: "first-load", phase: at };
    } catch (e) {
      unread.push(`${url.pathname}: ${(e as Error).message}`);
      return null;
    }
  };
  tab.on("response", (res) => void pending.push(record(res, phase)));
  try {
    const doc = await tab.goto(`${base}${path}`, { waitUntil: "load" });
    if (!doc?.ok()) throw new Error(`GET ${path}: HTTP ${doc?.status()}`);
    const named = jsPathsInHtml(await doc.text());
    await tab.waitForLoadState("networkidle");
    await ready?.(tab);
    await network.quiet();
    phase = "later";
    if (use) {
      await use(tab);
      await network.quiet();
    }
    const fetches = (await Promise.all(pending)).filter((f): f is JsFetch => f !== null);
    // A response we could not read would make the sum too small: fail rather than under-count.
    if (unread.length) throw new Error(`${page}: could not read ${unread.join("; ")}`);
    for (const f of fetches) f.kind = named.has(f.path) ? "first-load" : "lazy";
    return { page, note, fetches };
  } finally {
    await context.close();
  }
}

const formulaIn = (tab: Page, selector: string) => tab.locator(`${selector} [data-testid="formula"]`).first().waitFor({ timeout: 30_000 });

/**
 * Page weight (issue 11): every page of the app opened in the real Chromium against `next start`
 * (temp database, the browser tests' content), summing the JS it fetches. First-load JS (what
 * the HTML names) is held to BUDGET_KB gzipped; lazy chunks are counted beside it.
 */
export async function measurePageWeight(opts: { dist?: string; rebuild?: boolean } = {}): Promise<PageWeightResult> {
  const dist = opts.dist ?? BENCH_DIST_DIR;
  const build = ensureBuild(dist, { force: opts.rebuild });
  const content = makeE2eContent(join(mkdtempSync(join(tmpdir(), "mi-bench-weight-")), "content"));
  const app = await startApp(dist, { CONTENT_DIR: content, OFFLINE: "1", RATE_LIMIT_BURST: "0", RATE_LIMIT_PER_MINUTE: "0" });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const base = app.base;
  try {
    // Two questions, so the session stays open after the first answer.
    const created = JSON.parse(await post(base, "/api/sessions", { bankId: "aigc-video-generation", count: 2, maxFollowUps: 0 })) as { id: string; plan: string[] };
    const room = `/interview/${created.id}`;
    const pages: PageWeight[] = [];
    pages.push(await visit(browser, base, "/", "/", "start page"));
    pages.push(await visit(browser, base, "/bank", "/bank", "the bank: every answer rendered on the server"));
    pages.push(
      await visit(browser, base, "interview room", room, "first question; then a Markdown + KaTeX + code answer is typed and graded (later)", undefined, async (tab) => {
        await tab.getByTestId("answer-input").fill(MARKDOWN_ANSWER);
        await tab.getByTestId("answer-input").press("Control+Enter");
        await formulaIn(tab, '[data-testid="candidate-message"]');
        await tab.getByTestId("grading-indicator").waitFor({ state: "detached" });
      }),
    );
    pages.push(await visit(browser, base, "interview room, reopened", room, "a turn with Markdown + KaTeX on screen", (tab) => formulaIn(tab, '[data-testid="candidate-message"]')));
    await post(base, `/api/sessions/${created.id}/chat`, { action: "finish" });
    pages.push(await visit(browser, base, "report", room, "finished session: charts, missed points", (tab) => tab.getByTestId("report-dimensions-chart").locator("svg").first().waitFor()));
    pages.push(await visit(browser, base, "/questions/[id]", `/questions/${created.plan[0]}`, "a question with one attempt"));
    pages.push(await visit(browser, base, "/history", "/history", "one finished session, mastery chart", (tab) => tab.getByTestId("history-mastery-chart").locator("svg").first().waitFor()));
    pages.push(await visit(browser, base, "/login", "/login", "no APP_PASSWORD set"));
    return { budgetKb: BUDGET_KB, build, rows: pages.map((p) => pageWeightRow(p)), pages };
  } finally {
    await browser.close();
    await app.stop();
  }
}
