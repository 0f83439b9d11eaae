import { execFileSync } from "node:child_process";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { getBanks } from "../../lib/bank/load";
import { percentile } from "../../lib/retrieval/metrics";
import { startFakeLlm } from "../fake-llm/server";
import { BENCH_DIST_DIR, ensureBuild, startApp } from "./app-server";

export interface LoadOptions {
  clients?: number;
  questions?: number;
  /** Past this, candidates stop answering and the run ends (each finishes its request in flight). */
  maxSeconds?: number;
  dist?: string;
}

export interface RouteTiming {
  route: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadResult {
  clients: number;
  questions: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  wallSeconds: number;
  requestsPerSecond: number;
  peakRssMb: number;
  llmCalls: number;
  /** Candidates that reached the end of their interview before the deadline. */
  finished: number;
  rows: RouteTiming[];
}

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

type LoadView = { status: string; current: { questionId: string } | null; turns: Array<{ id: number }> };

/**
 * Simulated candidates against `next start` with the fake LLM streaming (loopback only, bounded
 * in count and time). Each starts a session, lets the first question stream, and answers until
 * the interview ends (follow-ups included). The rate limiter is off: this measures the app.
 */
export async function runLoad(opts: LoadOptions = {}): Promise<LoadResult> {
  const CLIENTS = opts.clients ?? 50;
  const QUESTIONS = opts.questions ?? 5;
  const MAX_ACTIONS = QUESTIONS * 3 + 2;
  const dist = opts.dist ?? BENCH_DIST_DIR;
  const timings = new Map<string, number[]>();
  const record = (route: string, ms: number) => timings.set(route, [...(timings.get(route) ?? []), ms]);
  let requests = 0;
  let finished = 0;
  const errors: string[] = [];

  /** One chat POST, its SSE read to the end; returns the last data-view. */
  async function chat(base: string, id: string, body: object, route: string): Promise<LoadView | null> {
    const t0 = performance.now();
    requests++;
    const res = await send(`${base}/api/sessions/${id}/chat`, "POST", body);
    if (res.statusCode !== 200) {
      errors.push(`${route}: HTTP ${res.statusCode} ${(await readAll(res)).slice(0, 200)}`);
      return null;
    }
    let view: LoadView | null = null;
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
        if (part.type === "data-view") view = part.data as LoadView;
        if (part.type === "data-error" || part.type === "error") errors.push(`${route}: ${JSON.stringify(part).slice(0, 200)}`);
      }
    }
    record(route, performance.now() - t0);
    if (firstToken !== null) record("first streamed token", firstToken);
    return view;
  }

  async function candidate(base: string, bankId: string, answers: Map<string, string>, n: number, deadline: number): Promise<void> {
    let t0 = performance.now();
    requests++;
    const res = await send(`${base}/api/sessions`, "POST", { bankId, count: QUESTIONS, maxFollowUps: 1, order: "random" });
    const raw = await readAll(res);
    record("POST /api/sessions", performance.now() - t0);
    if (res.statusCode !== 200) return void errors.push(`POST /api/sessions: HTTP ${res.statusCode} ${raw.slice(0, 200)}`);
    const created = JSON.parse(raw) as { id: string };
    let view = await chat(base, created.id, { action: "resume" }, "POST chat (resume: first question)");
    for (let i = 0; i < MAX_ACTIONS && view && view.status === "active" && Date.now() < deadline; i++) {
      const ref = answers.get(view.current?.questionId ?? "") ?? "我不太确定。";
      // Half the candidates answer with half of the reference (so follow-ups come), half in full.
      const text = n % 2 ? ref : ref.slice(0, Math.max(40, Math.floor(ref.length / 2)));
      view = await chat(base, created.id, { action: "answer", text: `${text}（${n}-${i}）`, afterTurnId: view.turns.at(-1)?.id, clientKey: `load-${n}-${i}-${created.id}` }, "POST chat (answer)");
    }
    if (view?.status === "finished") finished++;
    t0 = performance.now();
    requests++;
    const got = await send(`${base}/api/sessions/${created.id}`, "GET");
    await readAll(got);
    record("GET /api/sessions/[id]", performance.now() - t0);
    if (got.statusCode !== 200) errors.push(`GET session: HTTP ${got.statusCode}`);
  }

  ensureBuild(dist);
  const fake = await startFakeLlm({ chunks: 8, chunkDelayMs: 5 });
  const app = await startApp(dist, {
    OFFLINE: "1",
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: "fake-model",
    OPENAI_API_KEY: "sk-load-not-a-key",
    RATE_LIMIT_BURST: "0",
    RATE_LIMIT_PER_MINUTE: "0",
  }).catch(async (e: unknown) => {
    await fake.close();
    throw e;
  });
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, Number(execFileSync("ps", ["-o", "rss=", "-p", String(app.pid)]).toString().trim()) * 1024);
    } catch {
      // the server has gone
    }
  }, 250);
  try {
    const bank = getBanks().banks[0]!;
    const answers = new Map(bank.chapters.flatMap((c) => c.questions).map((q) => [q.id, (q.answer ?? "").replace(/!\[[^\]]*\]\([^)]*\)/g, "").slice(0, 1500)]));
    const deadline = Date.now() + (opts.maxSeconds ?? 300) * 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, (_, n) => candidate(app.base, bank.id, answers, n, deadline).catch((e: Error) => void errors.push(`candidate ${n}: ${e.message}`))),
    );
    const wall = (performance.now() - t0) / 1000;
    const rows = [...timings.entries()].map(([route, xs]) => ({ route, n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99) }));
    return {
      clients: CLIENTS,
      questions: QUESTIONS,
      requests,
      errors: errors.length,
      errorSamples: errors.slice(0, 5),
      wallSeconds: wall,
      requestsPerSecond: requests / wall,
      peakRssMb: peakRss / 2 ** 20,
      llmCalls: fake.log.length,
      finished,
      rows,
    };
  } finally {
    clearInterval(sampler);
    await app.stop();
    await fake.close();
  }
}
