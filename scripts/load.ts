/**
 * Load: simulated candidates against `next start`, with the fake LLM streaming (loopback only,
 * bounded in count and time):
 *   npm run -s load [-- --clients 50] [-- --questions 5] [-- --max-seconds 300] [-- --json]
 * Each candidate starts a session, lets the first question stream, and answers until the
 * interview ends (follow-ups included). Prints requests, errors, p50/p95/p99 per route, time to
 * the first streamed token, and the server's peak RSS. Builds into .next-load if needed.
 * The rate limiter is off for the run: this measures the app, not the limiter.
 */
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getBanks } from "../lib/bank/load";
import { percentile } from "../lib/retrieval/metrics";
import { startFakeLlm } from "./fake-llm/server";

const argv = process.argv.slice(2);
const opt = (n: string, d: number) => (argv.includes(n) ? Number(argv[argv.indexOf(n) + 1]) : d);
const CLIENTS = opt("--clients", 50);
const QUESTIONS = opt("--questions", 5);
const MAX_SECONDS = opt("--max-seconds", 300);
const MAX_ACTIONS = QUESTIONS * 3 + 2;
const DIST = ".next-load";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

const timings = new Map<string, number[]>();
const record = (route: string, ms: number) => timings.set(route, [...(timings.get(route) ?? []), ms]);
let requests = 0;
const errors: string[] = [];

/**
 * One HTTP request on a connection of its own: fetch's pooled keep-alive sockets race the
 * server's idle timeout under load (ECONNRESET on a reused socket), which is the client's
 * artefact, not the app's.
 */
function send(url: string, method: "GET" | "POST", body?: object): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : undefined;
    const req = httpRequest(url, { method, agent: false, headers: data ? { "content-type": "application/json", "content-length": Buffer.byteLength(data) } : {} }, resolve);
    req.on("error", reject);
    req.end(data);
  });
}

async function readAll(res: IncomingMessage): Promise<string> {
  let s = "";
  for await (const c of res) s += c;
  return s;
}

/** One chat POST, its SSE read to the end; returns the last data-view and the time to first token. */
async function chat(base: string, id: string, body: object, route: string): Promise<{ view: { status: string; turns: Array<{ id: number }> } | null; firstToken: number | null }> {
  const t0 = performance.now();
  requests++;
  const res = await send(`${base}/api/sessions/${id}/chat`, "POST", body);
  if (res.statusCode !== 200) {
    errors.push(`${route}: HTTP ${res.statusCode} ${(await readAll(res)).slice(0, 200)}`);
    return { view: null, firstToken: null };
  }
  let view = null;
  let firstToken: number | null = null;
  let buf = "";
  const decoder = new TextDecoder();
  for await (const chunk of res as AsyncIterable<Buffer>) {
    buf += decoder.decode(chunk, { stream: true });
    let i: number;
    while ((i = buf.indexOf("\n\n")) >= 0) {
      const line = buf.slice(0, i).replace(/^data: /, "");
      buf = buf.slice(i + 2);
      if (!line || line === "[DONE]") continue;
      const part = JSON.parse(line) as { type: string; data?: unknown };
      if (part.type === "text-delta" && firstToken === null) firstToken = performance.now() - t0;
      if (part.type === "data-view") view = part.data as never;
      if (part.type === "data-error" || part.type === "error") errors.push(`${route}: ${JSON.stringify(part).slice(0, 200)}`);
    }
  }
  record(route, performance.now() - t0);
  if (firstToken !== null) record("first streamed token", firstToken);
  return { view, firstToken };
}

async function candidate(base: string, bankId: string, answers: Map<string, string>, n: number, deadline: number): Promise<void> {
  let t0 = performance.now();
  requests++;
  const res = await send(`${base}/api/sessions`, "POST", { bankId, count: QUESTIONS, maxFollowUps: 1, order: "random" });
  const raw = await readAll(res);
  record("POST /api/sessions", performance.now() - t0);
  if (res.statusCode !== 200) return void errors.push(`POST /api/sessions: HTTP ${res.statusCode} ${raw.slice(0, 200)}`);
  const created = JSON.parse(raw) as { id: string; turns: Array<{ id: number }> };
  let { view } = await chat(base, created.id, { action: "resume" }, "POST chat (resume: first question)");
  for (let i = 0; i < MAX_ACTIONS && view && view.status === "active" && Date.now() < deadline; i++) {
    const v = view as unknown as { current: { questionId: string } | null; turns: Array<{ id: number }> };
    const ref = answers.get(v.current?.questionId ?? "") ?? "我不太确定。";
    // Half the candidates answer with half of the reference (so follow-ups come), half in full.
    const text = n % 2 ? ref : ref.slice(0, Math.max(40, Math.floor(ref.length / 2)));
    ({ view } = await chat(base, created.id, { action: "answer", text: `${text}（${n}-${i}）`, afterTurnId: v.turns.at(-1)?.id, clientKey: `load-${n}-${i}-${created.id}` }, "POST chat (answer)"));
  }
  t0 = performance.now();
  requests++;
  const got = await send(`${base}/api/sessions/${created.id}`, "GET");
  await readAll(got);
  record("GET /api/sessions/[id]", performance.now() - t0);
  if (got.statusCode !== 200) errors.push(`GET session: HTTP ${got.statusCode}`);
}

async function main() {
  if (!existsSync(join(DIST, "BUILD_ID"))) {
    console.error(`building into ${DIST} …`);
    const b = spawnSync("npx", ["next", "build"], { env: { ...process.env, NEXT_DIST_DIR: DIST }, stdio: ["ignore", "ignore", "inherit"] });
    if (b.status !== 0) process.exit(1);
  }
  const fake = await startFakeLlm({ chunks: 8, chunkDelayMs: 5 });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NEXT_DIST_DIR: DIST,
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "mi-load-")), "app.db"),
    OFFLINE: "1",
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: "fake-model",
    OPENAI_API_KEY: "sk-load-not-a-key",
    RATE_LIMIT_BURST: "0",
    RATE_LIMIT_PER_MINUTE: "0",
  };
  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"] });
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, Number(execFileSync("ps", ["-o", "rss=", "-p", String(server.pid)]).toString().trim()) * 1024);
    } catch {
      // the server has gone
    }
  }, 250);
  try {
    for (let t = Date.now(); ; ) {
      try {
        if ((await fetch(`${base}/api/status`)).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() - t > 60_000) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 200));
    }
    const bank = getBanks().banks[0]!;
    const answers = new Map(bank.chapters.flatMap((c) => c.questions).map((q) => [q.id, (q.answer ?? "").replace(/!\[[^\]]*\]\([^)]*\)/g, "").slice(0, 1500)]));
    const deadline = Date.now() + MAX_SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, n) => candidate(base, bank.id, answers, n, deadline).catch((e: Error) => void errors.push(`candidate ${n}: ${e.message}`))),
    );
    const wall = (performance.now() - t0) / 1000;
    const rows = [...timings.entries()].map(([route, xs]) => ({
      route,
      n: xs.length,
      p50: percentile(xs, 50),
      p95: percentile(xs, 95),
      p99: percentile(xs, 99),
    }));
    const result = { clients: CLIENTS, questions: QUESTIONS, requests, errors: errors.length, wallSeconds: wall, peakRssMb: peakRss / 2 ** 20, llmCalls: fake.log.length, rows };
    if (argv.includes("--json")) console.log(JSON.stringify(result));
    else {
      console.log(`${CLIENTS} candidates × ${QUESTIONS} questions: ${requests} requests in ${wall.toFixed(1)} s, ${errors.length} errors, ${fake.log.length} LLM calls, server peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`);
      for (const r of rows) console.log(`${r.route.padEnd(36)} n=${String(r.n).padStart(4)}  p50 ${r.p50.toFixed(0).padStart(6)} ms  p95 ${r.p95.toFixed(0).padStart(6)} ms  p99 ${r.p99.toFixed(0).padStart(6)} ms`);
      for (const e of errors.slice(0, 5)) console.log(`error: ${e}`);
    }
    if (errors.length) process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    server.kill("SIGTERM");
    await fake.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
