import { expect, test } from "@playwright/test";
import { InterviewPage } from "./pages/interview-page";
import { TopicSearch } from "./pages/topic-search";

test("practise a topic typed in Chinese: matching questions, pick two, interview on exactly those", async ({ page }) => {
  await page.goto("/");
  const topic = new TopicSearch(page);
  await topic.search("DDIM 反演");
  await expect(topic.results.first()).toBeVisible();
  // The best match sits in the DDIM chapter, and its chapter is shown.
  await expect(topic.results.first().getByTestId("topic-result-chapter")).toContainText("DDIM");
  const ids = await topic.resultIds();
  expect(ids.length).toBeGreaterThanOrEqual(2);
  // The best match and the last one offered (not necessarily ticked by default).
  const chosen = [ids[0]!, ids[ids.length - 1]!];
  await topic.choose(chosen);
  await expect(topic.start).toContainText("2");
  const firstTitle = (await topic.result(chosen[0]!).getByTestId("topic-result-title").textContent())!.replace(/\s*查看\s*$/, "").trim();

  await topic.start.click();
  await page.waitForURL(/\/interview\/[0-9a-f-]+$/);
  const iv = new InterviewPage(page);
  await expect(iv.progress).toHaveText(/第 1 \/ 2 题/);
  await expect(iv.lastInterviewerMessage()).toContainText(firstTitle);
});

test("the bank page has the same search: English and mixed topics, across banks, and no match", async ({ page }) => {
  await page.goto("/bank");
  const topic = new TopicSearch(page);
  await topic.search("classifier-free guidance");
  await expect(topic.results.first()).toBeVisible();
  await topic.search("Q-Former 的缺点");
  await expect(topic.results.first().getByTestId("topic-result-chapter")).toContainText("CLIP");
  await topic.search("zzqx wvvk");
  await expect(topic.root.getByTestId("topic-empty")).toBeVisible();
  await expect(topic.start).toHaveCount(0);
});

test("the topic API: question-level results without any answer text, and clear errors", async ({ request }) => {
  const res = await request.get(`/api/topics?${new URLSearchParams({ q: "DDIM 反演", k: "5" })}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(["lexical", "hybrid"]).toContain(body.mode);
  expect(body.questions.length).toBeGreaterThan(0);
  expect(body.questions.length).toBeLessThanOrEqual(5);
  expect(Object.keys(body.questions[0]).sort()).toEqual(
    ["bankId", "bankTitle", "chapter", "chapterTopic", "difficulty", "number", "questionId", "score", "suggested", "title", "titleEn"].sort(),
  );
  const empty = await request.get("/api/topics?q=%20");
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error).toMatch(/q/);
  const bad = await request.get("/api/topics?q=x&k=500");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/k must be at most 30/);
});
