import { join } from "node:path";
import { expect, test, type Response } from "@playwright/test";
import { loadBanks } from "../lib/bank/load";
import type { Question } from "../lib/bank/types";
import { leaksIn, secretsOf, type Secret } from "../tests/view-leaks";
import { InterviewPage } from "./pages/interview-page";

// Chapter 3 (DDPM) in bank order; a weak first reply draws a follow-up.
const WEAK = "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。";
const REPLY = "前向过程可以一步采样任意时刻的 x_t，训练时随机采 t。";
// Nothing of the reference in it, so what the final check finds came from the server.
const LAST = "采样要一步一步去噪，比较慢。";

/**
 * Every response body the page receives (documents, RSC payloads, API JSON), except the build's
 * static assets: they are the same for everyone and carry no session data (a chart library's
 * code says "sequential", which is also a rubric term).
 */
function recordBodies(page: import("@playwright/test").Page) {
  const bodies: Array<{ url: string; body: Promise<string> }> = [];
  page.on("response", (r: Response) => {
    if (r.request().method() === "OPTIONS" || r.status() === 204 || (r.status() >= 300 && r.status() < 400)) return;
    if (new URL(r.url()).pathname.startsWith("/_next/static/")) return;
    bodies.push({ url: r.url(), body: r.text().catch(() => "") });
  });
  return {
    async leaks(secrets: Secret[]) {
      const found: Array<{ url: string; secret: Secret }> = [];
      for (const b of bodies) for (const s of leaksIn(await b.body, secrets)) found.push({ url: b.url, secret: s });
      return found;
    },
    count: () => bodies.length,
    clear: () => bodies.splice(0),
  };
}

test("feedback only in the report: no key point, term or reference passage reaches the browser before the end", async ({ page }) => {
  const { banks } = loadBanks({ contentDir: join(process.env.E2E_TMP!, "content") });
  const all = banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
  // Bank and chapter titles are on the start page for all to see ("…文生图 text-to-image").
  const labels = banks.flatMap((b) => [b.title, b.titleEn ?? "", ...b.chapters.flatMap((c) => [c.title, c.titleEn ?? ""])]);
  const ddpm = all.filter((q) => q.bankId === "aigc-video-generation" && q.chapter === 3).slice(0, 2) as Question[];
  expect(ddpm).toHaveLength(2);
  const secrets = secretsOf(ddpm, [WEAK, REPLY, LAST, ...labels]);
  expect(secrets.filter((s) => s.kind === "passage").length).toBeGreaterThan(0);

  const net = recordBodies(page);
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [3], count: 2, followUps: 1, feedback: "end" });
  await expect(iv.lastInterviewerMessage()).toContainText("DDPM模型的原理");

  await iv.answer(WEAK);
  await expect(iv.lastInterviewerMessage()).toHaveAttribute("data-kind", "follow-up");
  await iv.answer(REPLY);
  await expect(iv.progress).toHaveText(/第 2 \/ 2 题/);
  // Question 1 is done, but with feedback at the end nothing of it is shown yet, even after a reload.
  await expect(iv.feedbackCards).toHaveCount(0);
  await page.reload();
  await expect(iv.progress).toHaveText(/第 2 \/ 2 题/);
  await expect(iv.feedbackCards).toHaveCount(0);

  // A weak reply to question 2 draws its follow-up: still nothing.
  await iv.answer(LAST);
  await expect(iv.lastInterviewerMessage()).toHaveAttribute("data-kind", "follow-up");
  expect(net.count()).toBeGreaterThan(5);
  expect(await net.leaks(secrets)).toEqual([]);

  // Ending the interview: now the report shows the missed points and their passages, and the
  // same check finds them in what arrived (it is not blind).
  net.clear();
  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("finish-button").click();
  await expect(iv.report).toBeVisible();
  await expect(iv.report.getByTestId("report-passage").first()).toBeVisible();
  await expect(iv.feedbackCards.first()).toBeVisible();
  expect((await net.leaks(secrets)).length).toBeGreaterThan(0);
});
