import type { Page } from "@playwright/test";

/**
 * Everything a page does that it must not: dialogs (alert/confirm/prompt from injected script),
 * console errors (CSP violations are reported there), uncaught exceptions, and navigations to
 * javascript: URLs. Attach before the first goto; read `problems` at the end.
 */
export function watchPage(page: Page): { problems: string[]; dialogs: string[] } {
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return { problems, dialogs };
}
