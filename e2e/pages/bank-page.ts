import type { Locator, Page } from "@playwright/test";

/** The /bank page: chapter list, question view, answer, rubric. */
export class BankPage {
  constructor(readonly page: Page) {}

  async goto(bankId?: string, questionId?: string) {
    const params = new URLSearchParams();
    if (bankId) params.set("bank", bankId);
    if (questionId) params.set("q", questionId);
    const query = params.toString();
    await this.page.goto(`/bank${query ? `?${query}` : ""}`);
  }

  get chapters(): Locator {
    return this.page.getByTestId("chapter");
  }

  chapter(number: number): Locator {
    return this.page.locator(`[data-testid="chapter"][data-chapter="${number}"]`);
  }

  /** Opens question `number` of chapter `chapter` from the chapter list, as a user would. */
  async openQuestion(chapter: number, number: number) {
    const ch = this.chapter(chapter);
    const link = ch.getByTestId("question-link").nth(number - 1);
    if (!(await link.isVisible())) await ch.locator("summary").click();
    await link.click();
    await this.title.waitFor();
  }

  get title(): Locator {
    return this.page.getByTestId("question-title");
  }
  get answer(): Locator {
    return this.page.getByTestId("answer");
  }
  get formulas(): Locator {
    return this.page.getByTestId("formula");
  }
  get imagePlaceholders(): Locator {
    return this.page.getByTestId("image-placeholder");
  }
  get noAnswer(): Locator {
    return this.page.getByTestId("no-answer");
  }
  get authoredBadge(): Locator {
    return this.page.getByTestId("authored-badge");
  }
  get citations(): Locator {
    return this.page.getByTestId("citation");
  }
  get rubricPoints(): Locator {
    return this.page.getByTestId("rubric-point");
  }
  /** "52 questions in 4 chapters, 51 answered; 3 warnings" on a bank's overview. */
  get importSummary(): Locator {
    return this.page.getByTestId("bank-import-summary");
  }
  get warnings(): Locator {
    return this.page.getByTestId("bank-warnings");
  }
  get warningItems(): Locator {
    return this.page.getByTestId("bank-warning");
  }
}
