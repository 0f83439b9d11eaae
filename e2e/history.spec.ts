import { expect, test } from "@playwright/test";
import { BankPage } from "./pages/bank-page";
import { HistoryPage, QuestionHistoryPage } from "./pages/history-page";
import { InterviewPage } from "./pages/interview-page";
import { shotPath } from "./shots";

const BANK = "aigc-video-generation";

test("history lists every session, filters by bank and chapter, and charts mastery", async ({ page }, testInfo) => {
  test.setTimeout(90_000); // two interviews before the history itself
  const iv = new InterviewPage(page);
  // Chapter 5 skipped, chapter 6 answered: two sessions of our own in a shared database.
  await iv.start({ chapters: [5], count: 1, followUps: 0 });
  const skippedId = page.url().split("/").pop()!;
  await iv.skip();
  await expect(iv.report).toBeVisible();
  await iv.start({ chapters: [6], count: 1, followUps: 0 });
  const answeredId = page.url().split("/").pop()!;
  await iv.answer("位置编码给每个位置一个向量，加到词向量上，因为自注意力本身对顺序不敏感，需要位置信息区分词序；原始 Transformer 用正弦余弦编码。");
  await expect(iv.report).toBeVisible();

  const history = new HistoryPage(page);
  await history.goto();
  await expect(history.session(skippedId)).toBeVisible();
  await expect(history.session(answeredId)).toBeVisible();
  await expect(history.session(skippedId).getByTestId("history-session-score")).toHaveText("0.0");
  await expect(history.session(skippedId).getByTestId("history-session-chapters")).toHaveText("5");
  await expect(history.session(answeredId).getByTestId("history-session-score")).toHaveText(/^\d+\.\d$/);
  await expect(history.session(answeredId).getByTestId("history-session-duration")).not.toHaveText("—");
  // Newest first.
  const ids = await history.sessions.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-session-id")));
  expect(ids.indexOf(answeredId)).toBeLessThan(ids.indexOf(skippedId));

  // Mastery per chapter over time: a line per chapter practised, 5 and 6 among them.
  await expect(history.chart.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  const charted = (await history.chart.getAttribute("data-chapters"))!.split(",");
  expect(charted).toEqual(expect.arrayContaining(["5", "6"]));
  await expect(history.chart.locator(".recharts-line")).toHaveCount(charted.length);
  await page.screenshot({ path: shotPath(testInfo, "history.png"), fullPage: true });

  // Filter: bank, then chapter 5 — only sessions that asked a chapter-5 question.
  await history.filter({ bankId: BANK, chapter: 5 });
  expect(page.url()).toMatch(/bank=aigc-video-generation&chapter=5/);
  await expect(history.session(skippedId)).toBeVisible();
  await expect(history.session(answeredId)).toHaveCount(0);
  for (const cell of await history.sessions.getByTestId("history-session-chapters").allTextContents()) {
    expect(cell.split(", ")).toContain("5");
  }
  await expect(history.chart).toHaveAttribute("data-chapters", "5");
  await history.goto("?bank=e2e-fixture");
  await expect(history.empty).toBeVisible();
});

test("a question's history is one click from the bank page, with every attempt and what it missed", async ({ page }) => {
  test.setTimeout(60_000);
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [7], count: 1, followUps: 0 });
  await iv.skip();
  await expect(iv.report).toBeVisible();

  const bank = new BankPage(page);
  await bank.goto();
  await bank.openQuestion(7, 1);
  const title = (await bank.title.textContent())!.replace(/^\d+\.\s*/, "");
  await page.getByTestId("question-attempts-link").click();
  const qh = new QuestionHistoryPage(page);
  await expect(qh.title).toHaveText(title);
  const last = qh.attempts.last();
  await expect(last).toHaveAttribute("data-status", "skipped");
  await expect(last.getByTestId("attempt-score")).toHaveText("0.0");
  // A skip misses every key point of the rubric.
  await page.getByTestId("question-history-bank-link").click();
  await expect(bank.rubricPoints.first()).toBeVisible();
  const points = await bank.rubricPoints.count();
  expect(points).toBeGreaterThan(0);
  await page.goBack();
  await expect(qh.attempts.last().getByTestId("attempt-missed-point")).toHaveCount(points);
  await expect(qh.card).toBeVisible();
  await expect(qh.reviewLog).toContainText("重来");
});
