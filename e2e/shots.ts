import type { TestInfo } from "@playwright/test";
import { join } from "node:path";

/**
 * Where a spec saves a screenshot: the docs/ folder when UPDATE_SCREENSHOTS=1 (for the README),
 * the test's output folder otherwise, so an ordinary run never rewrites committed images.
 */
export const shotPath = (testInfo: TestInfo, name: string) =>
  process.env.UPDATE_SCREENSHOTS === "1" ? join(process.cwd(), "docs", name) : testInfo.outputPath(name);
