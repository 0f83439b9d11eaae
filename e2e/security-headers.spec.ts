import { expect, test } from "@playwright/test";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { BankPage } from "./pages/bank-page";
import { watchPage } from "./pages/browser-watch";
import { InterviewPage } from "./pages/interview-page";

test("every response carries the security headers and no X-Powered-By", async ({ request }) => {
  for (const path of ["/", "/bank", "/login", "/api/status", "/no-such-page", "/api/sessions/nope"]) {
    const h = (await request.get(path)).headers();
    expect(h["content-security-policy"], path).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(h["content-security-policy"], path).toMatch(/object-src 'none'/);
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("same-origin");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});

test("pages render and work under the CSP with no violation in the console", async ({ page }) => {
  const watch = watchPage(page);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });

  // The bank page: KaTeX formulas (inline styles) and its fonts.
  const bank = new BankPage(page);
  await bank.goto();
  await bank.openQuestion(2, 2);
  await expect(bank.answer.locator(".katex-display .katex").first()).toBeVisible();
  // The KaTeX fonts load (same origin) instead of being blocked.
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes("KaTeX") && f.status === "loaded").length);
  expect(fonts).toBeGreaterThan(0);

  // The interview room hydrates (Next's inline scripts run) and a reply is graded.
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [9], count: 1, followUps: 0 });
  await iv.answer("VAE 用编码器输出均值和方差，重参数化采样，再用解码器重建，损失是重建误差加 KL 散度。");
  await expect(iv.feedbackCards).toHaveCount(1);

  await page.goto("/login");
  await expect(page.getByTestId("login-submit")).toBeVisible();

  expect(violations).toEqual([]);
  expect(watch.problems).toEqual([]);
  expect(watch.dialogs).toEqual([]);
});

test("the app cannot be framed by another page", async ({ page, baseURL }) => {
  const watch = watchPage(page);
  // A page on another origin (about:blank has an opaque one) tries to frame the app.
  await page.setContent(`<iframe id="f" src="${baseURL}/bank"></iframe>`);
  await page.waitForTimeout(1500);
  const framed = page.frames().find((f) => f.url().startsWith(String(baseURL)));
  const text = framed ? await framed.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
  expect(text).not.toContain("题库");
  expect(watch.dialogs).toEqual([]);
});

test.describe("cross-site requests", () => {
  test("a page on another site cannot create sessions or post answers", async ({ request, baseURL }) => {
    const attempts: Array<Record<string, string>> = [
      { origin: "https://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "http://sub.example" },
    ];
    for (const headers of attempts) {
      const res = await request.post("/api/sessions", { data: { bankId: "aigc-video-generation" }, headers });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
      expect((await res.json()).error).toMatch(/only accepts requests from its own pages/);
    }
    // The app's own pages (same origin) and tools with no browser headers (curl, CLI) still work.
    const same = await request.post("/api/sessions", {
      data: { bankId: "aigc-video-generation", count: 1 },
      headers: { origin: String(baseURL), "sec-fetch-site": "same-origin" },
    });
    expect(same.status()).toBe(200);
  });

  test("a POST must be JSON: form and text bodies are refused with a 415 that says what to send", async ({ request }) => {
    const form = await request.post("/api/sessions", { form: { bankId: "aigc-video-generation" } });
    expect(form.status()).toBe(415);
    expect((await form.json()).error).toMatch(/Content-Type: application\/json/);
    const text = await request.post("/api/sessions", { data: '{"bankId":"aigc-video-generation"}', headers: { "content-type": "text/plain" } });
    expect(text.status()).toBe(415);
  });

  test("a real browser page on another origin is refused", async ({ page, baseURL }) => {
    // A real page on another origin (another port of 127.0.0.1, so that Chromium's
    // local-network protection does not block the request first): the browser itself sends the
    // request with that page's Origin and Sec-Fetch-Site, as a CSRF attempt would.
    const evil = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>evil</title>"));
    await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    const evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    try {
      await page.goto(`${evilOrigin}/`);
      const answered = page.waitForResponse((r) => r.url() === `${baseURL}/api/sessions` && r.request().method() === "POST");
      await page.evaluate(async (target) => {
        // no-cors: the page cannot read the answer, but the request is sent.
        await fetch(`${target}/api/sessions`, { method: "POST", mode: "no-cors", body: JSON.stringify({ bankId: "aigc-video-generation" }) }).catch(() => null);
      }, String(baseURL));
      // The browser's own Origin / Sec-Fetch-Site headers (not visible to Playwright here) got it refused.
      expect((await answered).status()).toBe(403);
    } finally {
      evil.close();
    }
  });
});
