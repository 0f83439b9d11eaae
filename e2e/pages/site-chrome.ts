import type { Locator, Page } from "@playwright/test";

/** What every page has: the nav, the language switch, the theme toggle. */
export class SiteChrome {
  readonly navHome: Locator;
  readonly navBank: Locator;
  readonly langSwitch: Locator;
  readonly themeToggle: Locator;

  constructor(readonly page: Page) {
    this.navHome = page.getByTestId("nav-home");
    this.navBank = page.getByTestId("nav-bank");
    this.langSwitch = page.getByTestId("lang-switch");
    this.themeToggle = page.getByTestId("theme-toggle");
  }

  langButton(lang: "zh" | "en"): Locator {
    return this.page.getByTestId(`lang-${lang}`);
  }

  themeButton(theme: "system" | "light" | "dark"): Locator {
    return this.page.getByTestId(`theme-${theme}`);
  }

  /** Whether <html> carries the class Tailwind's dark: variant keys on. */
  isDark(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.classList.contains("dark"));
  }

  bodyBackground(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  }
}
