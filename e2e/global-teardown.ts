import { rmSync } from "node:fs";

/** Removes the run's temp folder (database and linked content); playwright.config.ts made it. */
export default function globalTeardown(): void {
  const dir = process.env.E2E_TMP;
  if (dir && /mi-e2e-/.test(dir)) rmSync(dir, { recursive: true, force: true });
}
