import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The report at the end of an interview (/interview/[id], finished). */
export class ReportSection {
  readonly root: Locator;
  readonly overall: Locator;
  readonly questions: Locator;
  readonly dimensionsChart: Locator;
  readonly chaptersChart: Locator;
  readonly missedPoints: Locator;
  readonly citations: Locator;
  readonly transcript: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("report");
    this.overall = this.root.getByTestId("report-overall");
    this.questions = this.root.getByTestId("report-question");
    this.dimensionsChart = this.root.getByTestId("report-dimensions-chart");
    this.chaptersChart = this.root.getByTestId("report-chapters");
    this.missedPoints = this.root.getByTestId("report-missed-point");
    this.citations = this.root.getByTestId("report-citation");
    this.transcript = this.root.getByTestId("report-transcript");
  }

  fact(key: string): Locator {
    return this.root.getByTestId(`report-fact-${key}`);
  }

  /** Clicks "Export Markdown" and returns the downloaded file's name and text. */
  async exportMarkdown(): Promise<{ name: string; text: string; download: Download }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.root.getByTestId("report-export-markdown").click()]);
    const path = await download.path();
    expect(path).toBeTruthy();
    return { name: download.suggestedFilename(), text: readFileSync(path, "utf8"), download };
  }

  /** Opens the per-question history of report row `index`. */
  async openQuestionHistory(index: number) {
    await this.questions.nth(index).getByTestId("report-question-history").click();
    await this.page.waitForURL(/\/questions\//);
  }
}
