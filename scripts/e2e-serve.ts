/**
 * The browser tests' servers: one production build, served twice from it. The offline app
 * (E2E_PORT: no LLM, as on a machine with no key) and the LLM app (E2E_LLM_PORT) talking to a
 * fake OpenAI-compatible server on E2E_FAKE_PORT, each with a database of its own. The LLM app
 * is up before the offline one answers, so Playwright's wait on E2E_PORT covers both.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { join } from "node:path";
import { startFakeLlm } from "./fake-llm/server";

const env = process.env;
const tmp = env.E2E_TMP as string;
const children: ChildProcess[] = [];

/** `log`: a file for the server's stdout and stderr (the tests read it for leaked secrets). */
function serve(port: string, extra: Record<string, string>, log?: string): ChildProcess {
  const out = log ? openSync(log, "a") : "ignore";
  const child = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { env: { ...env, ...extra }, stdio: ["ignore", out, log ? out : "inherit"] });
  children.push(child);
  return child;
}

async function waitFor(url: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

const stop = () => {
  for (const c of children) c.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

const build = spawnSync("npx", ["next", "build"], { env, stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) process.exit(build.status ?? 1);

void startFakeLlm({}, Number(env.E2E_FAKE_PORT)).then(async (fake) => {
  serve(env.E2E_LLM_PORT as string, {
    DATABASE_PATH: join(tmp, "llm-app.db"),
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: "fake-model",
    OPENAI_API_KEY: env.E2E_FAKE_KEY as string,
    LLM_TIMEOUT_MS: "2000",
    LLM_MAX_RETRIES: "1",
  }, join(tmp, "llm-server.log"));
  await waitFor(`http://127.0.0.1:${env.E2E_LLM_PORT}/bank`);
  serve(env.E2E_PORT as string, { DATABASE_PATH: join(tmp, "app.db") });
});
