import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      s.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export interface ClockServer {
  baseURL: string;
  stop(): Promise<void>;
}

/**
 * A second `next start` of the build the Playwright config made, on its own database and with
 * the review clock shifted by APP_CLOCK_OFFSET_DAYS: "tomorrow" for the app, today for the test.
 */
export async function startClockServer(opts: { databasePath: string; offsetDays: number }): Promise<ClockServer> {
  const port = await freePort();
  const tmp = process.env.E2E_TMP;
  if (!tmp) throw new Error("E2E_TMP is not set: run through playwright.config.ts");
  const child: ChildProcess = spawn(join(process.cwd(), "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      DATABASE_PATH: opts.databasePath,
      CONTENT_DIR: join(tmp, "content"),
      OFFLINE: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      APP_CLOCK_OFFSET_DAYS: String(opts.offsetDays),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => void (stderr += d.toString()));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${baseURL}/api/review/due`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`next start did not answer within 60 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseURL,
    // next start waits for open keep-alive connections on SIGTERM: give it a moment, then end it.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill("SIGKILL"), 3_000);
        child.once("exit", () => {
          clearTimeout(force);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
