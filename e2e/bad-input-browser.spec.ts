import { expect, type Page, test } from "@playwright/test";
import { BankPage } from "./pages/bank-page";
import { watchPage } from "./pages/browser-watch";
import { InterviewPage } from "./pages/interview-page";

// Hostile text in a real browser, on both sides: bank markdown (the fixture bank
// tests/fixtures/e2e/banks/e2e-hostile.md) and a candidate's reply typed into the interview
// page. Asserts on what must not happen (no script runs, no dangerous markup, no crash), not on
// how the text is rendered, so it keeps holding when rendering changes.

/** Nothing injected ran and no dangerous markup made it into the DOM. */
async function expectInert(page: Page, scope: string) {
  const found = await page.evaluate((sel) => {
    const root = document.querySelector(sel) ?? document.body;
    const all = [...root.querySelectorAll("*")];
    return {
      pwned: (window as unknown as Record<string, unknown>).__hostilePwned ?? (window as unknown as Record<string, unknown>).__candidatePwned ?? null,
      // The whole body holds Next's own inline scripts; an answer or the chat holds none.
      scripts: sel === "body" ? 0 : root.querySelectorAll("script").length,
      frames: root.querySelectorAll("iframe, object, embed").length,
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 120)),
      jsLinks: [...document.querySelectorAll("[href], [src], [action], [formaction]")]
        .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action") ?? el.getAttribute("formaction") ?? "")
        .filter((u) => /^\s*(javascript|vbscript|data:text\/html)/i.test(u)),
      injectedIds: root.querySelectorAll("#pwn, .pwn").length,
    };
  }, scope);
  expect(found).toEqual({ pwned: null, scripts: 0, frames: 0, handlers: [], jsLinks: [], injectedIds: 0 });
}

test("hostile bank markdown renders as inert text: scripts, handlers, javascript: links, KaTeX \\href and \\htmlData", async ({ page }) => {
  const watch = watchPage(page);
  const bank = new BankPage(page);
  await bank.goto("e2e-hostile");

  await bank.openQuestion(1, 1);
  await expect(bank.answer).toContainText("Raw HTML must stay text");
  await expectInert(page, '[data-testid="answer"]');
  // Clicking every link in the answer runs nothing either.
  for (const link of await bank.answer.locator("a").all()) await link.click({ modifiers: ["Alt"], timeout: 2000 }).catch(() => {});
  await expect(bank.answer).toContainText("RTL");

  await bank.openQuestion(1, 2);
  await expect(bank.answer).toContainText("A link inside a formula");
  await expectInert(page, '[data-testid="answer"]');
  for (const el of await bank.answer.locator(".katex").all()) await el.click({ timeout: 2000 }).catch(() => {});

  expect(watch.dialogs).toEqual([]);
  expect(watch.problems).toEqual([]);
  await expectInert(page, "body");
});

test("a huge formula and a 1 MB line in the bank neither crash nor hang the page", async ({ page }) => {
  test.setTimeout(90_000);
  const watch = watchPage(page);
  const bank = new BankPage(page);
  await bank.goto("e2e-hostile");
  await bank.openQuestion(1, 3);
  await expect(bank.answer).toContainText("End of the long answer.", { timeout: 30_000 });
  await expect(bank.answer.locator(".katex").first()).toBeAttached();
  // The page still responds: the chapter list is there and another question opens.
  await bank.openQuestion(1, 1);
  await expect(bank.title).toContainText("脚本");
  expect(watch.dialogs).toEqual([]);
  expect(watch.problems).toEqual([]);
});

const HOSTILE_REPLY = [
  "VAE 的编码器输出均值和方差，用重参数化采样，解码器重建，损失是重建误差加 KL 散度。",
  '<script>window.__candidatePwned = 1; alert("candidate script")</script>',
  '<img src="x" onerror="window.__candidatePwned = 2; alert(\'candidate onerror\')">',
  "[click me](javascript:window.__candidatePwned=3;alert('candidate link')) <javascript:alert(4)>",
  "$\\href{javascript:alert('katex href')}{click}$ $\\url{javascript:alert(5)}$",
  "$\\htmlData{onclick=alert(6)}{x}$ $\\htmlId{pwn}{y}$ $\\htmlClass{pwn}{z}$",
  "RTL override: \u202egnp.exe\u202c done.",
  "$$" + Array.from({ length: 600 }, (_, i) => `x_{${i}}^{2}`).join(" + ") + "$$",
].join("\n\n");

test("a hostile reply typed into the interview is saved, graded and shown as inert text, also after a reload", async ({ page }) => {
  test.setTimeout(90_000);
  const watch = watchPage(page);
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [9], count: 2, followUps: 0 });
  await iv.answer(HOSTILE_REPLY);
  const reply = page.getByTestId("candidate-message").last();
  await expect(reply).toContainText("RTL override");
  await expect(iv.feedbackCards.first().getByTestId("feedback-score")).toBeVisible();
  await expectInert(page, '[data-testid="chat"]');
  for (const link of await reply.locator("a").all()) await link.click({ timeout: 2000 }).catch(() => {});

  // Rendered again from the database, on the server, it is just as inert (a fresh load, not
  // reload(): the page may still be refreshing itself after the grade).
  await page.waitForLoadState("networkidle");
  await page.goto(page.url());
  await expect(page.getByTestId("candidate-message").last()).toContainText("RTL override");
  await expectInert(page, '[data-testid="chat"]');
  expect(watch.dialogs).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test("a 1 MB line as a reply is either capped and graded or refused with a message; nothing crashes", async ({ page }) => {
  test.setTimeout(90_000);
  const watch = watchPage(page);
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [9], count: 1, followUps: 0 });
  const line = "VAE 重参数化 KL 散度 ".repeat(70_000); // about 1 MB of UTF-8 on one line
  await iv.answerInput.fill(line);
  await iv.answerInput.press("Control+Enter");
  const banner = page.getByTestId("error-banner");
  await expect.poll(async () => (await iv.feedbackCards.count()) + (await banner.count()), { timeout: 30_000 }).toBeGreaterThan(0);
  if ((await banner.count()) > 0) {
    await expect(banner).toContainText(/limited to 20,000 characters|larger than 256 KiB/);
    expect((await iv.answerInput.inputValue()).length).toBeGreaterThan(0); // the text is kept
  } else {
    await expect(iv.feedbackCards.first().getByTestId("feedback-score")).toBeVisible();
  }
  expect(watch.dialogs).toEqual([]);
  // A refused request shows in the console as a failed resource load (4xx); nothing else may.
  expect(watch.problems.filter((p) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(p))).toEqual([]);
});
