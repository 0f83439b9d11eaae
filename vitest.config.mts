import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup-env.ts"],
    // Model generation and SQLite files are per-test-file; keep files isolated but not slow.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
