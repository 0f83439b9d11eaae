/**
 * A fake OpenAI-compatible server for tests, the browser tests and benchmarks: real HTTP on
 * 127.0.0.1, POST /v1/chat/completions answering JSON or SSE (`data:` chunks ending in
 * `data: [DONE]`). It plays three parts, recognised by the prompt: the grader (system prompt
 * "You grade…"), the connection ping, and the interviewer. Faults are scripted per request
 * (a queue) or drawn at a seeded rate: 429, 500, 401, hang, bad JSON, cut stream.
 * Control: POST /_fake/config (merge settings), POST /_fake/reset, GET /_fake/log.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Fault = "429" | "500" | "401" | "hang" | "bad-json" | "cut";
export type GraderPersona = "honest" | "gullible-real" | "gullible-invented" | "missing";

export interface FakeSettings {
  /** What response_format the server accepts; others get a 400, as real servers answer. */
  structured: "json_schema" | "json_object" | "prompt";
  grader: GraderPersona;
  /** Faults for the next requests, in order; consumed one per request. */
  faults: Fault[];
  /** Share of requests (after the queue) that get a fault drawn from `stormFaults`. */
  faultRate: number;
  stormFaults: Fault[];
  seed: number;
  /** Streamed interviewer lines: pieces and the pause between them. */
  chunks: number;
  chunkDelayMs: number;
  /** Retry-After sent with a 429, in ms (sent as retry-after-ms, and rounded up in retry-after). */
  retryAfterMs: number;
  /** Text the interviewer says; default derives from the prompt. */
  line: string | null;
  /** Streams pause after this many pieces until POST /_fake/release: what arrived is on screen, the line is not done. */
  holdAfter: number | null;
}

const DEFAULTS: FakeSettings = {
  structured: "json_schema",
  grader: "honest",
  faults: [],
  faultRate: 0,
  stormFaults: ["429", "500", "hang", "bad-json", "cut"],
  seed: 1,
  chunks: 6,
  chunkDelayMs: 0,
  retryAfterMs: 20,
  line: null,
  holdAfter: null,
};

export interface LoggedRequest {
  path: string;
  authorization: string | null;
  role: "grader" | "ping" | "interviewer";
  stream: boolean;
  responseFormat: string | null;
  fault: Fault | null;
  body: { model?: string; messages?: Array<{ role: string; content: string }> };
}

export interface FakeLlm {
  url: string;
  port: number;
  settings: FakeSettings;
  log: LoggedRequest[];
  configure(patch: Partial<FakeSettings>): void;
  reset(): void;
  /** Lets held streams go on (see holdAfter). */
  release(): void;
  close(): Promise<void>;
}

function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

/** The grader's verdict as each persona gives it, from the contract's user message. */
export function fakeVerdict(user: string, persona: GraderPersona): object {
  const ids = [...user.matchAll(/^- \[([^\]]+)\]/gm)].map((m) => m[1] as string);
  const answer = /<candidate_answer>\n?([\s\S]*?)\n?<\/candidate_answer>/.exec(user)?.[1] ?? "";
  const refs = [...user.matchAll(/^\[([^\]]+)\] \(this question\)/gm)].map((m) => m[1] as string);
  const sentences = answer.split(/(?<=[。！？.!?；;\n])/).map((s) => s.trim()).filter((s) => s.length >= 4);
  const quote = (i: number) => sentences[i % Math.max(1, sentences.length)] ?? answer.slice(0, 40);
  const points = ids.map((id, i) => {
    if (persona === "missing") return { id, status: "missing", evidence: [], refs: [] };
    if (persona === "gullible-invented") return { id, status: "covered", evidence: [`The candidate fully explains ${id} with rigorous derivation`], refs: refs.slice(0, 1) };
    if (persona === "gullible-real") return { id, status: "covered", evidence: [quote(i)], refs: refs.slice(0, 1) };
    // honest: a long answer covers the first half of the points, a short one nothing.
    const covered = answer.length >= 80 && i < Math.ceil(ids.length / 2);
    return covered ? { id, status: "covered", evidence: [quote(i)], refs: refs.slice(0, 1) } : { id, status: "missing", evidence: [], refs: [] };
  });
  return { points, misconceptions: [], feedback: persona === "honest" ? "（模型点评）回答覆盖了部分要点。" : "Excellent, complete answer." };
}

function interviewerLine(user: string): string {
  const title = /「([^」]+)」/.exec(user)?.[1] ?? /"([^"]+)"/.exec(user)?.[1] ?? "";
  if (/澄清|clarifying/.test(user)) return "（模型）我的意思是按题目字面理解即可，请继续作答。";
  if (/请求提示|asks for a hint/.test(user)) return "（模型）可以从训练目标和推理过程的区别想一想。";
  if (/追问的方向|What to probe/.test(user)) return `（模型）你提到的思路很好。那么在「${title}」里，这一步具体是怎么做的？`;
  return `（模型）我们来看这道题：${title}`;
}

export async function startFakeLlm(initial: Partial<FakeSettings> = {}, port = 0): Promise<FakeLlm> {
  const settings: FakeSettings = { ...DEFAULTS, ...initial, faults: [...(initial.faults ?? [])] };
  const log: LoggedRequest[] = [];
  let rand = prng(settings.seed);
  const hanging = new Set<ServerResponse>();
  let release: () => void = () => undefined;
  let gate = new Promise<void>((r) => (release = r));
  const openGate = () => {
    release();
    gate = new Promise<void>((r) => (release = r));
  };

  const nextFault = (): Fault | null => {
    const queued = settings.faults.shift();
    if (queued) return queued;
    if (settings.faultRate > 0 && rand() < settings.faultRate) {
      return settings.stormFaults[Math.floor(rand() * settings.stormFaults.length)] ?? null;
    }
    return null;
  };

  const completions = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    let body: { model?: string; stream?: boolean; messages?: Array<{ role: string; content: string }>; response_format?: { type: string } };
    try {
      body = JSON.parse(raw);
    } catch {
      return json(res, 400, { error: { message: "invalid JSON body" } });
    }
    const system = body.messages?.find((m) => m.role === "system")?.content ?? "";
    const user = body.messages?.filter((m) => m.role === "user").at(-1)?.content ?? "";
    const role: LoggedRequest["role"] = system.startsWith("You grade") ? "grader" : /"ok": true/.test(user) ? "ping" : "interviewer";
    const rf = body.response_format?.type ?? null;
    const fault = nextFault();
    log.push({ path: req.url ?? "", authorization: req.headers.authorization ?? null, role, stream: !!body.stream, responseFormat: rf, fault, body });

    if (rf && rf !== "text") {
      const ok = settings.structured === "json_schema" ? true : settings.structured === "json_object" ? rf === "json_object" : false;
      if (!ok) return json(res, 400, { error: { message: `response_format type ${rf} is not supported by this model` } });
    }
    if (fault === "429") {
      return json(res, 429, { error: { message: "rate limited" } }, { "retry-after-ms": String(settings.retryAfterMs), "retry-after": String(Math.ceil(settings.retryAfterMs / 1000)) });
    }
    if (fault === "500") return json(res, 500, { error: { message: "internal error" } });
    if (fault === "401") {
      const key = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
      return json(res, 401, { error: { message: `Incorrect API key provided: ${key}` } });
    }
    if (fault === "hang") {
      hanging.add(res);
      res.on("close", () => hanging.delete(res));
      return;
    }
    const usage = { prompt_tokens: Math.ceil((system.length + user.length) / 4), completion_tokens: 0, total_tokens: 0 };
    const id = `chatcmpl-${log.length}`;
    const model = body.model ?? "fake";

    if (!body.stream) {
      if (fault === "cut") return res.destroy();
      const content =
        role === "grader"
          ? fault === "bad-json" ? "Sure! Here is my grade: covered, covered, {oops" : JSON.stringify(fakeVerdict(user, settings.grader))
          : role === "ping" ? '{"ok": true}' : settings.line ?? interviewerLine(user);
      usage.completion_tokens = Math.ceil(content.length / 4);
      return json(res, 200, {
        id,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
        usage,
      });
    }

    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const text = settings.line ?? interviewerLine(user);
    const n = Math.max(1, settings.chunks);
    const size = Math.ceil(text.length / n);
    const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
    const send = (obj: unknown) => res.write(`data: ${JSON.stringify(obj)}\n\n`);
    for (const [i, piece] of pieces.entries()) {
      if (res.destroyed) return;
      if ((fault === "cut" || fault === "bad-json") && i === Math.min(2, pieces.length - 1)) {
        // Let what was written reach the client first: a cut mid-stream, not a refused connection.
        await new Promise((r) => setTimeout(r, 50));
        return res.destroy();
      }
      send({ id, object: "chat.completion.chunk", created: 0, model, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] });
      if (settings.holdAfter !== null && i + 1 === settings.holdAfter) await gate;
      if (settings.chunkDelayMs) await new Promise((r) => setTimeout(r, settings.chunkDelayMs));
    }
    usage.completion_tokens = Math.ceil(text.length / 4);
    send({ id, object: "chat.completion.chunk", created: 0, model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
    send({ id, object: "chat.completion.chunk", created: 0, model, choices: [], usage });
    res.end("data: [DONE]\n\n");
  };

  const server: Server = createServer((req, res) => {
    const url = req.url ?? "";
    if (req.method === "POST" && url.endsWith("/chat/completions")) return void completions(req, res).catch(() => res.destroy());
    if (req.method === "POST" && url === "/_fake/config") {
      return void readBody(req).then((b) => {
        Object.assign(settings, JSON.parse(b || "{}"));
        rand = prng(settings.seed);
        json(res, 200, settings);
      });
    }
    if (req.method === "POST" && url === "/_fake/reset") {
      Object.assign(settings, DEFAULTS, { faults: [] });
      log.length = 0;
      rand = prng(settings.seed);
      return json(res, 200, settings);
    }
    if (req.method === "POST" && url === "/_fake/release") {
      openGate();
      return json(res, 200, { released: true });
    }
    if (req.method === "GET" && url === "/_fake/log") return json(res, 200, { requests: log });
    json(res, 404, { error: { message: `no route ${req.method} ${url}` } });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/v1`,
    port: actual,
    settings,
    log,
    configure(patch) {
      Object.assign(settings, patch);
      if (patch.faults) settings.faults = [...patch.faults];
      rand = prng(settings.seed);
    },
    reset() {
      Object.assign(settings, DEFAULTS, { faults: [] });
      log.length = 0;
      rand = prng(settings.seed);
    },
    release: openGate,
    close: () =>
      new Promise<void>((resolve) => {
        openGate();
        for (const r of hanging) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
