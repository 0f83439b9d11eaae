import type { Locator, Page } from "@playwright/test";

/** /history: sessions table, bank/chapter filter, mastery chart. */
export class HistoryPage {
  readonly sessions: Locator;
  readonly chart: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.sessions = page.getByTestId("history-session");
    this.chart = page.getByTestId("history-mastery-chart");
    this.empty = page.getByTestId("history-empty");
  }

  async goto(query = "") {
    await this.page.goto(`/history${query}`);
    await this.page.getByTestId("history-page").waitFor();
  }

  /** Picks a bank and/or chapter in the filter form and applies it, as a user would. */
  async filter(opts: { bankId?: string; chapter?: number }) {
    if (opts.bankId !== undefined) await this.page.getByTestId("history-bank-filter").selectOption(opts.bankId);
    if (opts.chapter !== undefined) await this.page.getByTestId("history-chapter-filter").selectOption(String(opts.chapter));
    await Promise.all([this.page.waitForURL(/\/history\?/), this.page.getByTestId("history-apply").click()]);
    await this.page.getByTestId("history-page").waitFor();
  }

  session(id: string): Locator {
    return this.page.locator(`[data-testid="history-session"][data-session-id="${id}"]`);
  }
}

/** /questions/[id]: every attempt at a question and its review card. */
export class QuestionHistoryPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly attempts: Locator;
  readonly card: Locator;
  readonly reviewLog: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("question-history");
    this.title = page.getByTestId("question-history-title");
    this.attempts = page.getByTestId("attempt");
    this.card = page.getByTestId("review-card");
    this.reviewLog = page.getByTestId("review-log");
  }
}
