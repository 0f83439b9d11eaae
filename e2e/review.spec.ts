import { expect, test, type Browser } from "@playwright/test";
import { join } from "node:path";
import { startClockServer, type ClockServer } from "./clock-server";
import { QuestionHistoryPage } from "./pages/history-page";
import { HomeReview } from "./pages/home-review";
import { InterviewPage } from "./pages/interview-page";
import { ReportSection } from "./pages/report-section";

const BANK = "aigc-video-generation";
const WEAK_PRINCIPLE = "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。";

// Its own database, so that what other specs answered does not fall due here.
const dbPath = () => join(process.env.E2E_TMP ?? "", "review-e2e.db");
const servers: ClockServer[] = [];

async function pageOn(browser: Browser, server: ClockServer) {
  const context = await browser.newContext({ baseURL: server.baseURL });
  return context.newPage();
}

test.afterAll(async () => {
  for (const s of servers) await s.stop();
});

test("a skipped question falls due the next day and a review session brings it back", async ({ browser }) => {
  test.setTimeout(240_000);
  // Today: skip the one question of a session (FSRS: Again, due tomorrow).
  const today = await startClockServer({ databasePath: dbPath(), offsetDays: 0 });
  servers.push(today);
  const page = await pageOn(browser, today);
  const home = new HomeReview(page);
  await home.goto();
  expect(await home.dueCount()).toBe(0);
  await expect(home.count).toContainText("今天没有到期");

  const iv = new InterviewPage(page);
  await iv.start({ chapters: [3], count: 1, followUps: 0 });
  const title = await iv.lastInterviewerMessage().textContent();
  expect(title).toContain("DDPM模型的原理");
  await iv.skip();
  await expect(iv.report).toBeVisible();
  await home.goto();
  expect(await home.dueCount()).toBe(0); // due tomorrow, not today
  await page.context().close();
  await today.stop();

  // Tomorrow (the app's clock one day ahead): it is due, and the review session asks it.
  const tomorrow = await startClockServer({ databasePath: dbPath(), offsetDays: 1 });
  servers.push(tomorrow);
  const next = await pageOn(browser, tomorrow);
  const home2 = new HomeReview(next);
  await home2.goto();
  expect(await home2.dueCount()).toBe(1);
  await expect(home2.count).toHaveText("今天有 1 道题到期复习");
  await expect(home2.banks.getByTestId("review-due-questions")).toContainText("DDPM模型的原理");
  await home2.startReview(BANK);
  const review = new InterviewPage(next);
  await expect(review.progress).toHaveText(/第 1 \/ 1 题/);
  await expect(review.lastInterviewerMessage()).toContainText("DDPM模型的原理");
  // The first reply a fresh server grades also loads the banks' lexical index: allow for it.
  await review.answerInput.fill(WEAK_PRINCIPLE);
  await review.answerInput.press("Control+Enter");
  // A review session is an interview like any other: the weak answer draws a follow-up (its
  // feedback card comes once the question is done); pass on it.
  await expect(review.lastInterviewerMessage()).toHaveAttribute("data-kind", "follow-up", { timeout: 60_000 });
  await review.skip();
  await expect(review.report).toBeVisible();

  // Its page (linked from the report) shows both attempts and both reviews; it is not due today.
  await new ReportSection(next).openQuestionHistory(0);
  const qh = new QuestionHistoryPage(next);
  await expect(qh.title).toContainText("DDPM模型的原理");
  await expect(qh.attempts).toHaveCount(2);
  await expect(qh.attempts.nth(0)).toHaveAttribute("data-status", "skipped");
  await expect(qh.attempts.nth(1)).toHaveAttribute("data-status", "answered");
  await expect(qh.reviewLog).toContainText(/重来.*→/);
  await expect(qh.card).toHaveAttribute("data-due-today", "false");
  await home2.goto();
  expect(await home2.dueCount()).toBe(0);
});
