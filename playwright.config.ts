import { defineConfig } from "@playwright/test";
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeE2eContent } from "./e2e/e2e-content";

// This file is evaluated by the runner and again by every worker. Choose the ports and the temp
// folder once, in the first process; the workers inherit them through the environment.
const freePort = () =>
  execSync(`node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"`)
    .toString()
    .trim();
process.env.E2E_PORT ??= freePort();
process.env.E2E_LLM_PORT ??= freePort();
process.env.E2E_FAKE_PORT ??= freePort();
// The fake LLM's key: the tests check it never reaches a page, the database or the log.
process.env.E2E_FAKE_KEY ??= `sk-e2e-${Math.random().toString(36).slice(2)}-secret`;
if (!process.env.E2E_TMP) {
  process.env.E2E_TMP = mkdtempSync(join(tmpdir(), "mi-e2e-"));
  makeE2eContent(join(process.env.E2E_TMP, "content"));
}

const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  globalTeardown: "./e2e/global-teardown.ts",
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    // Accept-Language picks the interface language when no cookie does: most users read Chinese.
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium where it is installed; otherwise Playwright's own (npx playwright install chromium).
      executablePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
      // Keep Chromium from reaching out to the network on its own.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    // One build, two servers (offline, and LLM against a fake server): scripts/e2e-serve.ts.
    command: "npx tsx scripts/e2e-serve.ts",
    url: `${baseURL}/bank`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      ...(process.env as Record<string, string>),
      // A build dir of its own, so a test run never clobbers a developer's .next.
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      CONTENT_DIR: join(process.env.E2E_TMP, "content"),
      OFFLINE: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
