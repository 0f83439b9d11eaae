import { expect, type Locator, type Page } from "@playwright/test";

/** The "Practise a topic" box, on the home page and on /bank. */
export class TopicSearch {
  readonly root: Locator;
  readonly input: Locator;
  readonly results: Locator;
  readonly start: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("topic-search");
    this.input = this.root.getByTestId("topic-input");
    this.results = this.root.getByTestId("topic-result");
    this.start = this.root.getByTestId("topic-start");
  }

  async search(topic: string) {
    await this.input.fill(topic);
    await this.root.getByTestId("topic-search-button").click();
    await expect(this.root.getByTestId("topic-count").or(this.root.getByTestId("topic-empty")).or(this.root.getByTestId("topic-error"))).toBeVisible();
  }

  result(questionId: string): Locator {
    return this.root.locator(`[data-testid="topic-result"][data-question-id="${questionId}"]`);
  }

  /** Question ids of the results, in order. */
  async resultIds(): Promise<string[]> {
    return this.results.evaluateAll((els) => els.map((e) => e.getAttribute("data-question-id") ?? ""));
  }

  /** Ticks exactly these questions. */
  async choose(questionIds: string[]) {
    for (const id of await this.resultIds()) {
      await this.result(id).getByTestId("topic-checkbox").setChecked(questionIds.includes(id));
    }
  }
}
