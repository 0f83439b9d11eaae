import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { BankPage } from "./pages/bank-page";

// The default bank is the real seed (content/banks/aigc-video-generation.md, which ships
// unchanged); "e2e-fixture" comes from tests/fixtures/e2e (see e2e/e2e-content.ts).

test("lists all 12 chapters of the default bank with their counts", async ({ page }) => {
  const bank = new BankPage(page);
  await bank.goto();
  await expect(bank.chapters).toHaveCount(12);
  await expect(bank.chapter(1)).toContainText("T5：文本编码器");
  await expect(bank.chapter(1).getByTestId("chapter-count")).toContainText("6 题");
  await expect(bank.chapter(12)).toContainText("EMA-VFI");
  await expect(bank.chapter(5).getByTestId("question-link")).toHaveCount(6);
});

test("renders the formula of chapter 2 question 2 (对比学习) with KaTeX", async ({ page }) => {
  const bank = new BankPage(page);
  await bank.goto();
  await bank.openQuestion(2, 2);
  await expect(bank.title).toContainText("什么是对比学习");
  await expect(bank.answer.locator(".katex-display .katex").first()).toBeVisible();
  await expect(bank.answer.getByTestId("formula").first()).toBeVisible();
  // Typeset, not printed: no KaTeX error and no "$$" left in the visible text.
  await expect(bank.answer.locator(".katex-error")).toHaveCount(0);
  expect(await bank.answer.innerText()).not.toContain("$$");
  // The stylesheet matches the KaTeX that typeset the page: subscripts are set smaller.
  const sizes = await bank.answer.locator(".katex-display .katex").first().evaluate((el) => {
    const base = parseFloat(getComputedStyle(el).fontSize);
    const sub = el.querySelector(".msupsub .mord");
    return { base, sub: sub ? parseFloat(getComputedStyle(sub).fontSize) : base };
  });
  expect(sizes.sub).toBeLessThan(sizes.base * 0.85);
});

test("shows a placeholder for the missing image of T5 question 1, never a broken image", async ({ page }) => {
  const bank = new BankPage(page);
  await bank.goto();
  await bank.openQuestion(1, 1);
  await expect(bank.imagePlaceholders).toHaveCount(1);
  await expect(bank.imagePlaceholders.first()).toContainText("图片缺失: imgs/T5.png");
  await expect(bank.answer.locator("img")).toHaveCount(0);
});

test("says plainly when a question has no reference answer", async ({ page }) => {
  const bank = new BankPage(page);
  await bank.goto("e2e-fixture");
  await bank.openQuestion(1, 2);
  await expect(bank.noAnswer).toHaveText("无参考答案");
  await expect(bank.answer).toHaveCount(0);
});

test("marks an authored answer and shows its citations and rubric", async ({ page }) => {
  const bank = new BankPage(page);
  await bank.goto("e2e-fixture");
  await bank.openQuestion(1, 3);
  await expect(bank.authoredBadge.first()).toHaveText("本项目编写 · 非原题库内容");
  await expect(bank.answer.locator(".katex-display")).toHaveCount(1);
  await expect(bank.citations.getByRole("link", { name: "arXiv:2006.11239" })).toHaveAttribute("href", "https://arxiv.org/abs/2006.11239");
  await expect(bank.rubricPoints).toHaveCount(3);
  await expect(bank.rubricPoints.first()).toContainText("要点甲");
  await expect(bank.rubricPoints.first()).toContainText("权重 3");
  await expect(bank.rubricPoints.first()).toContainText("追问甲？");
});

test("shows raw HTML from a bank as text, serves existing images and placeholders missing ones", async ({ page }) => {
  const bank = new BankPage(page);
  await bank.goto("e2e-fixture");
  await bank.openQuestion(1, 1);
  await expect(bank.answer).toContainText('<b onmouseover="window.__bankPwned = true">');
  await expect(bank.answer.locator("b, script")).toHaveCount(0);
  await bank.answer.getByText("粗体", { exact: false }).hover();
  expect(await page.evaluate(() => (window as unknown as { __bankPwned?: boolean }).__bankPwned)).toBeUndefined();

  const img = bank.answer.locator('img[alt="存在的图"]');
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await expect(bank.imagePlaceholders).toHaveText(/图片缺失: e2e-imgs\/absent\.png/);
  await expect(bank.formulas).toHaveCount(1);
});

test("the image route serves only images the bank refers to", async ({ request }) => {
  const ok = await request.get("/bank/image?bank=e2e-fixture&src=e2e-imgs/ok.png");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("image/png");
  for (const src of ["../e2e-fixture.md", "e2e-imgs/../e2e-fixture.md", "/etc/passwd", "e2e-imgs/absent.png"]) {
    expect((await request.get(`/bank/image?bank=e2e-fixture&src=${encodeURIComponent(src)}`)).status()).toBe(404);
  }
  expect((await request.get("/bank/image")).status()).toBe(400);
});

test("a deep link to a question survives a reload", async ({ page }) => {
  const bank = new BankPage(page);
  await bank.goto();
  await bank.openQuestion(6, 4);
  const url = page.url();
  expect(url).toMatch(/\/bank\?bank=aigc-video-generation&q=dit-[0-9a-f]{8}$/);
  await page.reload();
  await expect(bank.title).toHaveText("4. 为什么Transformer一般使用LayerNorm？");
  await expect(bank.chapter(6).getByRole("link", { name: /为什么Transformer一般使用LayerNorm/ })).toHaveAttribute("aria-current", "page");
});

test("a bank's overview says in one line what was imported, and lists its warnings open", async ({ page }) => {
  const bank = new BankPage(page);
  await bank.goto();
  await expect(bank.importSummary).toContainText("55 questions in 12 chapters, 55 answered; 5 warnings");
  await expect(bank.warnings).toHaveAttribute("open", "");
  await expect(bank.warningItems).toHaveCount(5);
  await expect(bank.warningItems.first()).toContainText("aigc-video-generation.md:112: image not found");
  // On a question the list stays, collapsed.
  await bank.openQuestion(1, 1);
  await expect(bank.warnings).not.toHaveAttribute("open", "");
});

test("a bank file dropped into the content folder shows what was read and what was not", async ({ page }) => {
  // The server re-reads the banks when a content file appears: drop one in as a user would.
  const dropped = join(process.env.E2E_TMP ?? "", "content", "banks", "zz-dropped.md");
  copyFileSync("tests/fixtures/banks/layouts/sections.md", dropped);
  try {
    const bank = new BankPage(page);
    await bank.goto("zz-dropped");
    await expect(bank.importSummary).toContainText("2 questions in 1 chapter, 2 answered; 2 warnings");
    await expect(bank.warningItems).toHaveCount(2);
    await expect(bank.warningItems.first()).toContainText('zz-dropped.md:19: heading "参考资料" is neither a chapter nor a question');
    await bank.openQuestion(1, 1);
    await expect(bank.answer).toContainText("子序列越短越快");
    await expect(bank.answer).not.toContainText("Denoising Diffusion Implicit Models");
  } finally {
    rmSync(dropped, { force: true });
  }
});
