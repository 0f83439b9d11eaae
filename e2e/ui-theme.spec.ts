import { expect, test, type Page } from "@playwright/test";
import { SiteChrome } from "./pages/site-chrome";
import { TopicSearch } from "./pages/topic-search";

/** Records the <html> class at the moment <body> is parsed, i.e. before anything is painted. */
async function recordClassBeforeBody(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __classAtBody?: string };
    new MutationObserver((_, obs) => {
      if (document.body && w.__classAtBody === undefined) {
        w.__classAtBody = document.documentElement.className;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}
const classAtBody = (page: Page) => page.evaluate(() => (window as unknown as { __classAtBody?: string }).__classAtBody ?? "");

test("follows the system scheme with no flash, and a choice overrides it and persists", async ({ page }) => {
  const ui = new SiteChrome(page);
  await recordClassBeforeBody(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  // Dark before the body was parsed: the first paint is already dark.
  expect(await classAtBody(page)).toContain("dark");
  expect(await ui.isDark()).toBe(true);
  await expect(ui.themeButton("system")).toHaveAttribute("aria-pressed", "true");
  const dark = await ui.bodyBackground();

  // Light by choice on a dark system: kept across reloads, also before the body is parsed.
  await ui.themeButton("light").click();
  expect(await ui.isDark()).toBe(false);
  expect(await ui.bodyBackground()).not.toBe(dark);
  await page.reload();
  expect(await classAtBody(page)).not.toContain("dark");
  await expect(ui.themeButton("light")).toHaveAttribute("aria-pressed", "true");

  // Back to the system: a change of the system scheme is followed while the page is open.
  await ui.themeButton("system").click();
  expect(await ui.isDark()).toBe(true);
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(() => ui.isDark()).toBe(false);

  // Dark by choice on a light system, on another page too.
  await ui.themeButton("dark").click();
  expect(await ui.isDark()).toBe(true);
  await page.goto("/bank");
  expect(await classAtBody(page)).toContain("dark");
  expect(await ui.bodyBackground()).toBe(dark);
  const card = await page.getByTestId("chapter").first().evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(card).not.toBe("rgb(255, 255, 255)");
});

// DOCS_SCREENSHOTS=1 writes them into docs/ (for the README); otherwise into the test's output folder.
const shot = (name: string, out: (n: string) => string) => (process.env.DOCS_SCREENSHOTS ? `docs/${name}` : out(name));

test("screenshots of the start page (light, dark) and the bank page for the README", async ({ page }, info) => {
  const path = (name: string) => shot(name, (n) => info.outputPath(n));
  const ui = new SiteChrome(page);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(page.getByTestId("start-form")).toBeVisible();
  await expect(page.getByTestId("retrieval-mode-badge")).toHaveAttribute("data-mode", /./);
  await page.screenshot({ path: path("screenshot-start-light.png"), fullPage: true });
  await ui.themeButton("dark").click();
  await expect.poll(() => ui.isDark()).toBe(true);
  await page.screenshot({ path: path("screenshot-start-dark.png"), fullPage: true });
  await ui.themeButton("light").click();
  await page.goto("/bank");
  await expect(page.getByTestId("chapter-list")).toBeVisible();
  // The bank page with a topic search done: the questions it found, ready to practise.
  const topic = new TopicSearch(page);
  await topic.search("DDIM 反演");
  await expect(topic.results.first()).toBeVisible();
  await page.screenshot({ path: path("screenshot-bank.png"), fullPage: false });
});
