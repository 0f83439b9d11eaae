import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../e2e/serve-process";

/** The build folder the benchmarks share (load and page weight): one build serves both. */
export const BENCH_DIST_DIR = process.env.BENCH_DIST_DIR || ".next-bench";

// What a production build is made from; a file newer than BUILD_ID makes the build stale.
const BUILD_INPUTS = ["app", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), st.mtimeMs);
}

/**
 * Why `dist` must be (re)built, or null when its build is newer than every source it was made
 * from: a benchmark of a stale build would measure code that is no longer there.
 */
export function buildStaleReason(dist: string, root = process.cwd()): string | null {
  const id = join(root, dist, "BUILD_ID");
  if (!existsSync(id)) return `no build in ${dist}`;
  const built = statSync(id).mtimeMs;
  const newer = BUILD_INPUTS.find((p) => newestMtime(join(root, p)) > built);
  return newer ? `${newer} changed since the build in ${dist}` : null;
}

/** Builds into `dist` unless its build is current; returns what was done, for the report. */
export function ensureBuild(dist: string, opts: { force?: boolean } = {}): { built: boolean; seconds: number; reason: string | null } {
  const reason = opts.force ? "rebuild asked for" : buildStaleReason(dist);
  if (!reason) return { built: false, seconds: 0, reason: null };
  console.error(`building into ${dist} (${reason}) …`);
  const t0 = performance.now();
  const b = spawnSync("npx", ["next", "build"], {
    env: { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (b.status !== 0) throw new Error(`next build into ${dist} failed (exit ${b.status})`);
  return { built: true, seconds: (performance.now() - t0) / 1000, reason };
}

export interface AppServer {
  base: string;
  pid: number;
  /** A fresh temp folder holding this server's database. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * `next start` on a free loopback port from the build in `dist`, with a database of its own in
 * a temp folder (never data/app.db) and `env` on top; resolves once /api/status answers.
 */
export async function startApp(dist: string, env: Record<string, string>, timeoutMs = 60_000): Promise<AppServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "mi-bench-app-"));
  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: "1", DATABASE_PATH: join(dataDir, "app.db"), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      await exited;
    }
  };
  for (const t = Date.now(); ; ) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/status`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() - t > timeoutMs) {
      await stop();
      throw new Error(`next start did not answer within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, pid: server.pid as number, dataDir, stop };
}
