import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Served {
  proc: ChildProcess;
  port: number;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

/**
 * Starts `scripts/serve.ts` (what `npm run serve` runs) on the build the Playwright web server
 * made, with its own database and the browser tests' content. Resolves once it listens, or
 * once it has exited (a refusal to start is something to test, too).
 */
export async function startServe(env: Record<string, string>): Promise<Served> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const dir = mkdtempSync(join(tmpdir(), "mi-serve-"));
  const proc = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      DATABASE_PATH: join(dir, "app.db"),
      CONTENT_DIR: join(process.env.E2E_TMP!, "content"),
      OFFLINE: "1",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (d) => (out += String(d)));
  proc.stderr!.on("data", (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const listening = new Promise<void>((resolve) => {
    const check = () => (/Mock Interviewer on http/.test(out) ? resolve() : setTimeout(check, 50));
    check();
  });
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 60_000).unref());
  const ended = await Promise.race([listening.then(() => false), exited.then(() => true), timeout]);
  if (ended === "timeout") {
    proc.kill("SIGKILL");
    throw new Error(`scripts/serve.ts did not start within 60 s:\n${out}`);
  }
  return {
    proc,
    port,
    output: () => out,
    exited,
    stop: async () => {
      if (!ended && proc.exitCode === null) {
        proc.kill("SIGTERM");
        await exited;
      }
    },
  };
}
