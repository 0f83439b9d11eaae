import type { Locator, Page } from "@playwright/test";

/** The home page's "N questions due today" section. */
export class HomeReview {
  readonly root: Locator;
  readonly count: Locator;
  readonly banks: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("review-due");
    this.count = page.getByTestId("review-due-count");
    this.banks = page.getByTestId("review-due-bank");
  }

  async goto() {
    await this.page.goto("/");
    await this.root.waitFor();
  }

  async dueCount(): Promise<number> {
    return Number(await this.root.getAttribute("data-due-count"));
  }

  /** Starts the review session of one bank's due questions and waits for the interview room. */
  async startReview(bankId: string) {
    await this.page.locator(`[data-testid="review-due-bank"][data-bank-id="${bankId}"]`).getByTestId("review-start").click();
    await this.page.waitForURL(/\/interview\/[0-9a-f-]+$/);
    await this.page.getByTestId("answer-input").waitFor();
  }
}
