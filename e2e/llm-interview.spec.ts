import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { FakeLlm, llmBaseURL } from "./pages/fake-llm";
import { InterviewPage } from "./pages/interview-page";

// The app configured with an LLM: a fake OpenAI-compatible server over real HTTP.
test.use({ baseURL: llmBaseURL });

const GOOD =
  "DDPM 的前向过程按方差表逐步给数据加高斯噪声，q(x_t|x_0) 有闭式解，可以一步采样任意时刻；反向过程用神经网络参数化高斯转移，训练时预测噪声 ε，用简化的 L_simple 目标。" +
  "采样时从纯噪声出发迭代 T 步去噪。它用于图像生成、超分、修复，也是 Stable Diffusion 和视频扩散模型的基础。";

test.beforeEach(async ({ request }) => {
  await new FakeLlm(request).reset();
});

test("an LLM interview: streamed lines, LLM grades, a hint and a question back, tokens in the report", async ({ page, request }) => {
  const fake = new FakeLlm(request);
  await fake.configure({ chunks: 8, holdAfter: 3 });
  const iv = new InterviewPage(page);
  await page.goto("/");
  await expect(page.getByTestId("llm-mode-badge")).toHaveAttribute("data-mode", "llm");
  await iv.start({ chapters: [3], count: 2, followUps: 1 });

  // The first question arrives token by token: the fake holds its stream after three pieces,
  // and what arrived is on screen while the line is still being spoken.
  const first = iv.interviewerMessages.first();
  await expect(first).toHaveAttribute("data-streaming", "true");
  await expect(first).toContainText("（模型）");
  await expect(first).not.toContainText("DDPM");
  await fake.configure({ holdAfter: null });
  await fake.release();
  await expect(first).not.toHaveAttribute("data-streaming", "true");
  await expect(first).toContainText("DDPM");

  // A question back is answered, not graded.
  await iv.answerInput.fill("你说的原理是指训练还是采样？");
  await page.getByTestId("clarify-button").click();
  await expect(iv.lastInterviewerMessage()).toHaveAttribute("data-kind", "clarification");
  await expect(iv.feedbackCards).toHaveCount(0);

  // A hint, then a real answer graded by the model.
  await page.getByTestId("hint-button").click();
  await expect(iv.lastInterviewerMessage()).toHaveAttribute("data-kind", "hint");
  await expect(iv.lastInterviewerMessage()).not.toHaveAttribute("data-streaming", "true");
  await iv.answer(GOOD);
  await expect(iv.lastInterviewerMessage()).not.toHaveAttribute("data-streaming", "true");
  await expect(iv.lastInterviewerMessage()).toContainText("（模型）");

  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("finish-button").click();
  await expect(iv.report).toBeVisible();
  // A question's feedback shows once it is finished (here the model followed up, so at the end).
  await expect(iv.feedbackCards.first().getByTestId("grader-label")).toHaveAttribute("data-grader", "llm");
  await expect(page.getByTestId("llm-model")).toContainText("fake-model");
  expect(Number(await page.getByTestId("llm-tokens").textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId("hints-taken")).toContainText("1");
});

test("a cut stream keeps what arrived, adds the offline line, says so, and the interview goes on", async ({ page, request }) => {
  const fake = new FakeLlm(request);
  const iv = new InterviewPage(page);
  await fake.configure({ chunkDelayMs: 30, chunks: 8, faults: ["cut"] });
  await iv.start({ chapters: [3], count: 2, followUps: 0 });
  const first = iv.interviewerMessages.first();
  await expect(page.getByTestId("phrase-fallback")).toBeVisible();
  await expect(first).toContainText("（模型）");
  await expect(first).toContainText("第 1 题");
  await iv.answer(GOOD);
  await expect(iv.progress).toHaveText(/第 2 \/ 2 题/);
});

test("a grader that times out is a visible fallback to the offline grade", async ({ page, request }) => {
  const fake = new FakeLlm(request);
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [3], count: 1, followUps: 0 });
  await expect(iv.lastInterviewerMessage()).not.toHaveAttribute("data-streaming", "true");
  await fake.configure({ faults: ["hang", "hang"] });
  await iv.answer(GOOD);
  const card = iv.feedbackCards.first();
  await expect(card.getByTestId("grader-label")).toHaveAttribute("data-grader", "offline");
  await expect(card.getByTestId("grader-notes")).toContainText("离线评分");
});

test("the API key never reaches a page, an API answer, the database or the server log", async ({ page, request }) => {
  const key = process.env.E2E_FAKE_KEY as string;
  const fake = new FakeLlm(request);
  const seen: string[] = [];
  page.on("response", async (r) => {
    seen.push(await r.text().catch(() => ""));
  });
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [3], count: 1, followUps: 0 });
  await iv.answer(GOOD);
  await fake.configure({ faults: ["401"] });
  await page.getByTestId("llm-mode-badge").click();
  await page.getByTestId("test-connection").click();
  await expect(page.getByTestId("test-connection-result")).toContainText("API key rejected");
  for (const path of ["/", "/bank", page.url(), "/api/status"]) seen.push(await (await request.get(path)).text());
  // The fake did receive it: the app sends the key where it belongs, and nowhere else.
  expect((await fake.requests()).some((r) => r.authorization === `Bearer ${key}`)).toBe(true);
  for (const body of seen) expect(body).not.toContain(key);
  const tmp = process.env.E2E_TMP as string;
  for (const f of readdirSync(tmp).filter((n) => n.startsWith("llm-app.db") || n === "llm-server.log")) {
    expect(readFileSync(join(tmp, f)).includes(key), f).toBe(false);
  }
});
