import { expect, test } from "@playwright/test";
import { startServe, type Served } from "./serve-process";

// The server of its own takes a few seconds to start (more on a loaded machine).
test.describe.configure({ timeout: 120_000 });

// Bad input on every route, through real HTTP to a real server (scripts/serve.ts on the
// browser tests' build, rate limit off so that the table is not cut short by 429s): each
// answer must be a 4xx whose JSON `error` a person can act on; never a 500, never a stack.

let served: Served;
let base: string;
let session: string;
test.beforeAll(async () => {
  served = await startServe({ RATE_LIMIT_BURST: "0" });
  base = `http://127.0.0.1:${served.port}`;
  const res = await fetch(`${base}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ bankId: "aigc-video-generation", count: 1 }) });
  session = ((await res.json()) as { id: string }).id;
});
test.afterAll(async () => {
  await served.stop();
  // The server must not have crashed or logged a stack trace for any of it.
  expect(served.output()).not.toMatch(/\n\s+at \S+ \(|Unhandled|uncaught/i);
});

type Body = string | Uint8Array<ArrayBuffer>;
interface Case {
  name: string;
  method?: "GET" | "POST";
  path: string | (() => string);
  body?: Body | (() => Body);
  type?: string;
  status: number | number[];
  message: RegExp;
}

const huge = JSON.stringify({ text: "长".repeat(100_000) }); // 300 kB of UTF-8
const deep = "[".repeat(100_000) + "]".repeat(100_000);
const invalidUtf8 = new Uint8Array([...Buffer.from('{"text":"'), 0xff, 0xfe, 0xc3, 0x28, ...Buffer.from('"}')]);
const sid = () => `/api/sessions/${session}`;
const POSTS = [
  { route: "/api/sessions", fields: '{"bankId": 42}', unknown: '{"bankId": "no-such-bank"}', unknownMessage: /No question bank "no-such-bank"/ },
  { route: () => `${sid()}/answer`, fields: '{"text": ["a"]}', unknown: null, unknownMessage: null },
  { route: () => `${sid()}/chat`, fields: '{"action": "answer", "text": 5}', unknown: null, unknownMessage: null },
  { route: () => `${sid()}/skip`, fields: '{"afterTurnId": "x"}', unknown: '{"afterTurnId": 999999}', unknownMessage: /moved on|interview/i },
  { route: "/api/grade", fields: '{"questionId": 1, "answer": true}', unknown: '{"questionId": "nope-00000000", "answer": "x"}', unknownMessage: /No question "nope-00000000"/ },
  { route: "/api/retrieve", fields: '{"query": {}, "k": "5"}', unknown: '{"query": "x", "bank": "no-such-bank"}', unknownMessage: /Unknown bank "no-such-bank"/ },
];

const cases: Case[] = [];
for (const p of POSTS) {
  const name = typeof p.route === "string" ? p.route : "/api/sessions/[id]/" + p.route().split("/").pop();
  cases.push(
    { name: `${name}: malformed JSON`, path: p.route, body: '{"text": "unterminated', status: 400, message: /not valid JSON/ },
    { name: `${name}: wrong types`, path: p.route, body: p.fields, status: 400, message: /Invalid request: \w+/ },
    { name: `${name}: a JSON array`, path: p.route, body: "[1,2,3]", status: 400, message: /Invalid request/ },
    { name: `${name}: body over 256 KiB`, path: p.route, body: huge, status: 413, message: /larger than 256 KiB/ },
    { name: `${name}: NUL in a string`, path: p.route, body: '{"text": "a\\u0000b", "bankId": "a\\u0000b", "query": "a\\u0000b", "questionId": "a\\u0000b", "answer": "x"}', status: 400, message: /contains a NUL character/ },
    { name: `${name}: unpaired surrogate`, path: p.route, body: '{"text": "\\ud800", "bankId": "\\ud800", "query": "\\ud800", "questionId": "\\ud800", "answer": "x"}', status: 400, message: /unpaired UTF-16 surrogate/ },
    { name: `${name}: invalid UTF-8 bytes`, path: p.route, body: invalidUtf8, status: 400, message: /not valid UTF-8/ },
    { name: `${name}: nested 100,000 deep`, path: p.route, body: deep, status: 400, message: /nested deeper|not valid JSON/ },
    { name: `${name}: form-encoded`, path: p.route, body: "a=1", type: "application/x-www-form-urlencoded", status: 415, message: /Content-Type: application\/json/ },
  );
  if (p.unknown) cases.push({ name: `${name}: unknown id`, path: p.route, body: p.unknown, status: [404, 409], message: p.unknownMessage! });
}
const long = "a".repeat(10_000);
cases.push(
  { name: "answer: text over 20,000 characters", path: () => `${sid()}/answer`, body: JSON.stringify({ text: "x".repeat(20_001), clientKey: "bad-input-key-2" }), status: 400, message: /limited to 20,000 characters/ },
  { name: "answer: neither text nor dontKnow", path: () => `${sid()}/answer`, body: '{"clientKey":"bad-input-key-3"}', status: 400, message: /Send either text/ },
  { name: "answer: neither afterTurnId nor clientKey", path: () => `${sid()}/answer`, body: '{"text":"x"}', status: 400, message: /Send afterTurnId .* or clientKey/ },
  { name: "chat: unknown action", path: () => `${sid()}/chat`, body: '{"action":"explode"}', status: 400, message: /Invalid request: action/ },
  { name: "chat: clarify over 2,000 characters", path: () => `${sid()}/chat`, body: JSON.stringify({ action: "clarify", text: "q".repeat(2001) }), status: 400, message: /limited to 2,000/ },
  { name: "chat: 10 kB id", path: `/api/sessions/${long}/chat`, body: '{"action":"hint"}', status: 404, message: /No interview session with this id/ },
  { name: "resume: unknown session", path: "/api/sessions/00000000-0000-4000-8000-000000000000/resume", status: 404, message: /No interview session/ },
  { name: "answer: unknown session", path: "/api/sessions/00000000-0000-4000-8000-000000000000/answer", body: '{"text":"x","clientKey":"bad-input-key-1"}', status: 404, message: /No interview session/ },
  { name: "finish: unknown session", path: "/api/sessions/00000000-0000-4000-8000-000000000000/finish", status: 404, message: /No interview session/ },
  { name: "GET session: unknown id", method: "GET", path: "/api/sessions/00000000-0000-4000-8000-000000000000", status: 404, message: /No interview session/ },
  { name: "GET session: invalid UTF-8 id", method: "GET", path: "/api/sessions/%ff%fe", status: 400, message: /not UTF-8/ },
  { name: "POST answer: invalid UTF-8 id", path: "/api/sessions/%ff%fe/answer", body: '{"text":"x"}', status: 400, message: /not UTF-8/ },
  { name: "GET session: 10 kB id", method: "GET", path: `/api/sessions/${long}`, status: 404, message: /No interview session with this id/ },
  { name: "POST answer: 10 kB id", path: `/api/sessions/${long}/answer`, body: '{"text":"x"}', status: 404, message: /No interview session with this id/ },
  { name: "GET session: NUL in the id", method: "GET", path: "/api/sessions/a%00b", status: 404, message: /No interview session/ },
  { name: "grade: 10 kB question id", path: "/api/grade", body: JSON.stringify({ questionId: long, answer: "x" }), status: 400, message: /questionId is longer than 200/ },
  { name: "sessions: 10 kB bank id", path: "/api/sessions", body: JSON.stringify({ bankId: long }), status: 400, message: /bankId is longer than 100/ },
  { name: "retrieve: 10 kB bank id", path: "/api/retrieve", body: JSON.stringify({ query: "x", bank: long }), status: 400, message: /bank is longer than 100/ },
  { name: "retrieve: query over 2000 characters", path: "/api/retrieve", body: JSON.stringify({ query: "q".repeat(2001) }), status: 400, message: /longer than 2000/ },
  { name: "bank image: unknown bank", method: "GET", path: "/bank/image?bank=nope&src=x.png", status: 404, message: /./ },
);

for (const c of cases) {
  test(`${c.name} → ${c.status}`, async () => {
    const path = typeof c.path === "function" ? c.path() : c.path;
    const body = typeof c.body === "function" ? c.body() : c.body;
    const res = await fetch(base + path, {
      method: c.method ?? "POST",
      headers: body !== undefined ? { "content-type": c.type ?? "application/json" } : {},
      body: c.method === "GET" ? undefined : body,
    });
    const text = await res.text();
    expect([c.status].flat(), `${res.status}: ${text.slice(0, 300)}`).toContain(res.status);
    expect(text.length).toBeLessThan(2000); // never the 10 kB id, never a page of stack
    expect(text).not.toMatch(/\bat [\w.<>]+ \(|\.tsx?:\d+|node_modules/);
    if (path.startsWith("/api/")) {
      const json = JSON.parse(text) as { error?: unknown };
      expect(typeof json.error).toBe("string");
      expect(json.error).toMatch(c.message);
    } else {
      expect(text).toMatch(c.message);
    }
  });
}

test("every bad request left the session as it was: no reply saved", async () => {
  const view = (await (await fetch(base + sid())).json()) as { turns: Array<{ role: string }> };
  expect(view.turns.filter((t) => t.role === "candidate")).toHaveLength(0);
});
