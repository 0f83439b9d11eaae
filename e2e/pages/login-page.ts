import type { Locator, Page } from "@playwright/test";

/** The /login page a server started with APP_PASSWORD asks for first. */
export class LoginPage {
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.password = page.getByTestId("login-password");
    this.submit = page.getByTestId("login-submit");
    this.error = page.getByTestId("login-error");
  }

  async signIn(password: string) {
    await this.password.fill(password);
    await this.submit.click();
  }
}
