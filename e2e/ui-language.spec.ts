import { expect, test } from "@playwright/test";
import { InterviewPage } from "./pages/interview-page";
import { SiteChrome } from "./pages/site-chrome";

test.describe("with an English-speaking browser", () => {
  test.use({ locale: "en-US" });

  test("the interface defaults to the browser's language, with no Chinese beside it", async ({ page }) => {
    const ui = new SiteChrome(page);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(ui.navBank).toHaveText("Question bank");
    await expect(page.getByTestId("home-title")).toHaveText("Mock interview");
    await expect(page.getByTestId("start-button")).toHaveText("Start");
    await expect(page.getByTestId("start-form")).not.toContainText("开始");
    await expect(page.getByTestId("retrieval-mode-badge")).toContainText("Retrieval:");
    await expect(page.getByTestId("retrieval-mode-badge")).not.toContainText("检索");
    // The interview itself follows the interface language unless chosen otherwise.
    await expect(page.getByTestId("lang-select")).toHaveValue("en");
  });
});

test("the switch changes every page's language, persists, and leaves the interview's own language alone", async ({ page }) => {
  const ui = new SiteChrome(page);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(ui.navBank).toHaveText("题库");
  await expect(page.getByTestId("start-button")).toHaveText("开始面试");
  await expect(page.getByTestId("start-form")).not.toContainText("Start");

  await ui.langButton("en").click();
  await expect(ui.langSwitch).toHaveAttribute("data-lang", "en");
  await expect(page.getByTestId("start-button")).toHaveText("Start");
  await expect(ui.navBank).toHaveText("Question bank");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(ui.langButton("en")).toHaveAttribute("aria-pressed", "true");

  // Kept in a cookie: a reload and another page render in English on the server.
  await page.reload();
  await expect(page.getByTestId("home-title")).toHaveText("Mock interview");
  await ui.navBank.click();
  await expect(page.getByTestId("chapter").first().getByTestId("chapter-count")).toContainText("questions");
  await expect(page).toHaveTitle(/Question bank/);
  const html = await (await page.request.get("/bank")).text();
  expect(html).toContain("Question bank");

  // An English interface, a Chinese interview: the interviewer speaks the session's language.
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [3], count: 1, followUps: 0, lang: "zh" });
  await expect(iv.lastInterviewerMessage()).toContainText("第 1 题");
  await expect(ui.navBank).toHaveText("Question bank");

  await ui.langButton("zh").click();
  await expect(ui.navBank).toHaveText("题库");
  await page.goto("/bank");
  await expect(page.getByTestId("chapter").first().getByTestId("chapter-count")).toContainText("题");
});
