import { expect, test } from "@playwright/test";
import { InterviewPage } from "./pages/interview-page";

// Chapter 3 (DDPM), in bank order: 1. 原理及应用, 2. 采样过程, 3. CIFAR-10 表现.
const WEAK_PRINCIPLE = "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。";
const GOOD_CIFAR =
  "DDPM 在无条件 CIFAR-10 上取得 IS 9.46、FID 3.17（相对训练集；相对测试集是 5.24）。NLL 上界是 3.75 bits/dim，比 Sparse Transformer 的 2.80 差；" +
  "如果直接用真实变分界训练，NLL 能到 3.70，但 FID 会恶化到 13.51。对比来看，它超过了无条件的 StyleGAN2+ADA（3.26）和 NCSN（25.32），" +
  "甚至好于类条件的 BigGAN（14.73），但不如类条件的 StyleGAN2+ADA（2.67）。消融实验表明预测噪声 ε 配合 L_simple 效果最好，预测均值只在真实变分界下可用，" +
  "学习对角方差会训练不稳定，所以固定方差。优势在于不需要对抗训练，训练稳定，不容易模式崩溃，分布覆盖好；而且有似然上界，超过一半的码长用来描述不可察觉的细节，" +
  "是很好的有损压缩器；生成过程由粗到细。代价是需要 1000 步采样，速度慢。";

test("a whole offline interview: follow-up, reload, skip, good answer, report", async ({ page }) => {
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [3], count: 3, followUps: 1 });
  await expect(iv.progress).toHaveText(/第 1 \/ 3 题/);
  await expect(iv.lastInterviewerMessage()).toContainText("DDPM模型的原理");

  // A weak answer: the interviewer probes a weighty point it left out. Its feedback waits until
  // the question is finished, or it would hand over the point the follow-up asks for.
  await iv.answer(WEAK_PRINCIPLE);
  await expect(iv.lastInterviewerMessage()).toHaveAttribute("data-kind", "follow-up");
  await expect(iv.feedbackCards).toHaveCount(0);

  // Reload mid-session: the conversation and an unsent draft come back where they stood.
  await iv.answerInput.fill("草稿：还没发出去的回答");
  await page.reload();
  await expect(iv.lastInterviewerMessage()).toHaveAttribute("data-kind", "follow-up");
  await expect(iv.feedbackCards).toHaveCount(0);
  await expect(iv.answerInput).toHaveValue("草稿：还没发出去的回答");
  await expect(iv.progress).toHaveText(/第 1 \/ 3 题/);

  // The follow-up reply is graded on the probed point, then the interview moves on.
  await iv.answer("前向过程有闭式解，q(x_t|x_0) 是均值 √ᾱ_t x_0、方差 (1-ᾱ_t)I 的高斯，其中 ᾱ_t 是 1-β_s 的连乘，所以可以一步采出任意时刻的 x_t，训练时随机采 t 即可。");
  await expect(iv.progress).toHaveText(/第 2 \/ 3 题/);
  await expect(iv.lastInterviewerMessage()).toHaveAttribute("data-kind", "question");
  // Question 1 is finished: the feedback of both its replies shows, with the reference passages.
  await expect(iv.feedbackCards).toHaveCount(2);
  const card = iv.feedbackCards.first();
  await expect(card.getByTestId("feedback-score")).toBeVisible();
  await expect(card.getByTestId("point-missing").first()).toBeVisible();
  await expect(card.getByTestId("reference-passage").first()).toBeVisible();

  // Skip question 2.
  await iv.skip();
  await expect(iv.progress).toHaveText(/第 3 \/ 3 题/);

  // A good answer to question 3 draws no follow-up; the interview ends with the report.
  await iv.answer(GOOD_CIFAR);
  await expect(iv.feedbackCards.last().getByTestId("point-covered").first()).toBeVisible();
  await expect(iv.report).toBeVisible();
  await expect(page.getByTestId("interviewer-message").filter({ hasText: "追问" })).toHaveCount(1);

  const rows = iv.report.getByTestId("report-question");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toHaveAttribute("data-status", "skipped");
  await expect(rows.nth(1).getByTestId("report-question-score")).toHaveText("0.0");
  const good = Number(await rows.nth(2).getByTestId("report-question-score").textContent());
  const weak = Number(await rows.nth(0).getByTestId("report-question-score").textContent());
  expect(good).toBeGreaterThan(weak);
  await expect(iv.report.getByTestId("report-missed-point").first()).toBeVisible();
  await expect(iv.report.getByTestId("report-passage").first()).toBeVisible();
  await expect(iv.report.getByTestId("report-overall")).toHaveText(/^\d+\.\d$/);

  // Reloading a finished session shows the same report.
  await page.reload();
  await expect(iv.report).toBeVisible();
  await expect(iv.answerInput).toHaveCount(0);
});

test("an empty answer cannot be sent, and a bad start says why", async ({ page }) => {
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [9], count: 1, followUps: 0 });
  await iv.answerInput.fill("   ");
  await expect(page.getByTestId("send-button")).toBeDisabled();

  const res = await page.request.post("/api/sessions", { data: { bankId: "no-such-bank" } });
  expect(res.status()).toBe(404);
  expect((await res.json()).error).toMatch(/no-such-bank/);
  const bad = await page.request.post("/api/sessions/abc/answer", { data: { text: 42 } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/text/);
});

test("a reply from a stale tab is refused and kept; ending early asks first", async ({ page, context }) => {
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [4], count: 2, followUps: 0 });
  const stale = await context.newPage();
  await stale.goto(page.url());
  await expect(stale.getByTestId("answer-input")).toBeVisible();

  await iv.skip();
  await expect(iv.progress).toHaveText(/第 2 \/ 2 题/);

  // The other tab still shows question 1: its answer must not be filed under question 2.
  await stale.getByTestId("answer-input").fill("我在另一个标签页里写的回答");
  await stale.getByTestId("send-button").click();
  await expect(stale.getByTestId("error-banner")).toContainText("moved on");
  await expect(stale.getByTestId("answer-input")).toHaveValue("我在另一个标签页里写的回答");
  await expect(stale.getByTestId("candidate-message")).toHaveCount(0);

  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("finish-button").click();
  await expect(iv.report).toBeVisible();
  await expect(iv.report.getByTestId("report-question").nth(1)).toHaveAttribute("data-status", "asked");
});
