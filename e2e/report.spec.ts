import { expect, test } from "@playwright/test";
import { InterviewPage } from "./pages/interview-page";
import { QuestionHistoryPage } from "./pages/history-page";
import { ReportSection } from "./pages/report-section";
import { shotPath } from "./shots";

const WEAK_PRINCIPLE = "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。";

test("the report: charts, missed points with sources, transcript, Markdown export, print", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const iv = new InterviewPage(page);
  await iv.start({ chapters: [3], count: 2, followUps: 0 });
  await iv.answer(WEAK_PRINCIPLE);
  await iv.skip();
  const report = new ReportSection(page);
  await expect(report.root).toBeVisible();

  // Scores, the four dimensions as a chart, mastery by chapter.
  const overall = (await report.overall.textContent())!;
  expect(overall).toMatch(/^\d+\.\d$/);
  await expect(report.dimensionsChart.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  await expect(report.dimensionsChart.locator(".recharts-radar-polygon")).toHaveCount(1);
  await expect(report.dimensionsChart.getByTestId("report-dimension")).toHaveCount(4);
  await expect(report.chaptersChart.locator(".recharts-bar-rectangle")).toHaveCount(1);
  await expect(report.chaptersChart.getByTestId("report-chapter")).toHaveAttribute("data-chapter", "3");
  await expect(report.fact("duration")).toBeVisible();
  await expect(report.questions.nth(0).getByTestId("report-question-time")).toBeVisible();

  // Every missed point with its passage and where the passage comes from.
  const missed = report.questions.nth(0).getByTestId("report-missed-point");
  expect(await missed.count()).toBeGreaterThan(0);
  await expect(missed.first().getByTestId("report-passage")).toBeVisible();
  await expect(missed.first().getByTestId("report-citation")).toBeVisible();
  const firstMissed = (await missed.first().textContent())!;

  // The transcript, each reply with its grader.
  await expect(report.transcript.getByTestId("report-turn").filter({ hasText: WEAK_PRINCIPLE })).toHaveCount(1);
  await expect(report.transcript.getByTestId("report-turn-grader").first()).toContainText("离线评分器");

  // Markdown export: a file whose content is the report.
  const { name, text } = await report.exportMarkdown();
  expect(name).toMatch(/^interview-report-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.md$/);
  expect(text).toMatch(/^# 面试报告\n/);
  expect(text).toContain(`- **总分**: ${overall} / 10`);
  expect(text).toContain("### 1. 请讲一讲DDPM模型的原理及其应用场景？");
  expect(text).toContain("- **状态**: 已跳过");
  expect(text).toContain("| 正确性 |");
  expect(text).toContain("**遗漏的要点**");
  expect(text).toMatch(/出处: (题库原文|本项目撰写)/);
  expect(text).toContain("**参考文献**");
  expect(text).toContain("arXiv:2006.11239"); // DDPM (Ho, Jain, Abbeel, 2020), cited by the authored passages
  expect(text).toContain(`> ${WEAK_PRINCIPLE}`);
  expect(text).toContain("评分: 离线评分器（词法）");
  // The first missed point on screen is in the file too (its text after the status word).
  expect(text).toContain(firstMissed.replace(/^(缺失|部分)\s*/, "").split(/\n/)[0]!.slice(0, 12));

  await report.root.screenshot({ path: shotPath(testInfo, "report.png") });

  // Print: the report alone, without its buttons, the chat or the site's navigation.
  await page.emulateMedia({ media: "print" });
  await expect(report.root).toBeVisible();
  await expect(page.getByTestId("chat")).toBeHidden();
  await expect(page.getByTestId("nav-bank")).toBeHidden();
  await expect(report.root.getByTestId("report-export-markdown")).toBeHidden();
  await expect(report.dimensionsChart).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByTestId("chat")).toBeVisible();

  // Each question links to its own history.
  await report.openQuestionHistory(0);
  const qh = new QuestionHistoryPage(page);
  await expect(qh.title).toContainText("DDPM模型的原理");
  await expect(qh.attempts.last()).toHaveAttribute("data-status", "answered");
  await expect(qh.attempts.last().getByTestId("attempt-reply")).toHaveText(WEAK_PRINCIPLE);
});
