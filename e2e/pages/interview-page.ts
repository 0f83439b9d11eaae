import { expect, type Locator, type Page } from "@playwright/test";

/** The start form (/) and the interview room (/interview/[id]). */
export class InterviewPage {
  readonly answerInput: Locator;
  readonly progress: Locator;
  readonly interviewerMessages: Locator;
  readonly feedbackCards: Locator;
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.answerInput = page.getByTestId("answer-input");
    this.progress = page.getByTestId("progress");
    this.interviewerMessages = page.getByTestId("interviewer-message");
    this.feedbackCards = page.getByTestId("feedback-card");
    this.report = page.getByTestId("report");
  }

  async start(opts: { chapters: number[]; count: number; followUps: number; feedback?: "each" | "end"; lang?: "zh" | "en" }) {
    await this.page.goto("/");
    for (const c of opts.chapters) await this.page.getByTestId(`chapter-checkbox-${c}`).check();
    await this.page.getByTestId("count-input").fill(String(opts.count));
    await this.page.getByTestId("followups-select").selectOption(String(opts.followUps));
    if (opts.feedback) await this.page.getByTestId(`feedback-${opts.feedback}`).check();
    if (opts.lang) await this.page.getByTestId("lang-select").selectOption(opts.lang);
    await this.page.getByTestId("start-button").click();
    await this.page.waitForURL(/\/interview\/[0-9a-f-]+$/);
    await expect(this.answerInput).toBeVisible();
  }

  lastInterviewerMessage(): Locator {
    return this.interviewerMessages.last();
  }

  /**
   * Types an answer and sends it with Ctrl+Enter, then waits until it has been graded. Not for a
   * feedback card: a question's feedback shows only once the question is finished.
   */
  async answer(text: string) {
    const sent = this.page.getByTestId("candidate-message");
    const before = await sent.count();
    await this.answerInput.fill(text);
    await this.answerInput.press("Control+Enter");
    await expect(sent).toHaveCount(before + 1);
    await expect(this.page.getByTestId("grading-indicator")).toHaveCount(0);
  }

  async skip() {
    const before = await this.interviewerMessages.count();
    await this.page.getByTestId("skip-button").click();
    await expect(this.interviewerMessages).not.toHaveCount(before);
  }
}
