import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_BODY_BYTES, readCappedText } from "@/lib/security/body-limit";
import { clipEcho, findBadString } from "@/lib/security/text-checks";

// The route handlers themselves with real Request objects (bodies as real streams), against a
// throw-away database; e2e/bad-input-api.spec.ts sends the same through real HTTP.
type Handler = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
let dir: string;
let createSession: (req: Request) => Promise<Response>;
let answer: Handler;
let getSession: Handler;
let retrieveRoute: (req: Request) => Promise<Response>;
let grade: (req: Request) => Promise<Response>;
const saved = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mi-api-limits-"));
  process.env.DATABASE_PATH = join(dir, "app.db");
  process.env.OFFLINE = "1";
  vi.spyOn(console, "warn").mockImplementation(() => {});
  ({ POST: createSession } = await import("@/app/api/sessions/route"));
  ({ POST: answer } = await import("@/app/api/sessions/[id]/answer/route"));
  ({ GET: getSession } = await import("@/app/api/sessions/[id]/route"));
  ({ POST: retrieveRoute } = await import("@/app/api/retrieve/route"));
  ({ POST: grade } = await import("@/app/api/grade/route"));
});
afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const json = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://test/api", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const error = async (res: Response) => ((await res.json()) as { error: string }).error;

/** A body stream that counts how much of itself was pulled: the reader must stop early. */
function endless(chunk: Uint8Array): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      pulled += chunk.byteLength;
      c.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readCappedText", () => {
  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const { stream, pulled } = endless(new Uint8Array(1024));
    const req = json(stream, { "content-length": String(MAX_BODY_BYTES + 1) });
    await expect(readCappedText(req)).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/larger than 256 KiB/) });
    expect(pulled()).toBeLessThanOrEqual(64 * 1024); // at most what the stream pre-fetched
  });

  it("cuts off a body without Content-Length as soon as it passes the cap", async () => {
    const { stream, pulled } = endless(new Uint8Array(16 * 1024).fill(0x20));
    await expect(readCappedText(json(stream))).rejects.toMatchObject({ status: 413 });
    expect(pulled()).toBeLessThan(MAX_BODY_BYTES + 128 * 1024);
  });

  it("reads a body at the cap, and refuses bytes that are not UTF-8", async () => {
    const text = `"${"字".repeat(20_000)}"`;
    expect(await readCappedText(json(text))).toBe(text);
    await expect(readCappedText(json(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/UTF-8/) });
  });
});

describe("string checks", () => {
  it("finds NUL characters and unpaired surrogates anywhere, with where they are", () => {
    expect(findBadString({ a: ["ok", "x\u0000y"] })).toEqual({ path: "a.1", reason: expect.stringMatching(/NUL/) });
    expect(findBadString({ text: "lone \ud800 high" })).toEqual({ path: "text", reason: expect.stringMatching(/surrogate/) });
    expect(findBadString({ text: "lone \udc00 low" })?.path).toBe("text");
    expect(findBadString({ text: "emoji 😀, RTL \u202e, 中文" })).toBeNull();
  });

  it("never echoes a long run whole", () => {
    const long = "a".repeat(10_000);
    const clipped = clipEcho(`No interview session "${long}".`);
    expect(clipped.length).toBeLessThan(200);
    expect(clipped).toContain("…");
    expect(clipEcho("short message stays")).toBe("short message stays");
  });
});

describe("routes refuse bad bodies with a 4xx and a message", () => {
  it("413 on every POST body over the cap", async () => {
    const big = JSON.stringify({ text: "x".repeat(MAX_BODY_BYTES) });
    const res = await answer(json(big), ctx("00000000-0000-0000-0000-000000000000"));
    expect(res.status).toBe(413);
    expect(await error(res)).toMatch(/256 KiB/);
    expect((await createSession(json(big))).status).toBe(413);
    expect((await grade(json(big))).status).toBe(413);
    expect((await retrieveRoute(json(big))).status).toBe(413);
  });

  it("caps id and string fields in the schemas", async () => {
    const long = "b".repeat(10_000);
    for (const res of [
      await createSession(json(JSON.stringify({ bankId: long }))),
      await grade(json(JSON.stringify({ questionId: long, answer: "x" }))),
      await retrieveRoute(json(JSON.stringify({ query: "x", bank: long }))),
    ]) {
      expect(res.status).toBe(400);
      const message = await error(res);
      expect(message).toMatch(/longer than|too big|at most/i);
      expect(message.length).toBeLessThan(300);
    }
    const many = await createSession(json(JSON.stringify({ bankId: "aigc-video-generation", chapters: Array.from({ length: 500 }, (_, i) => i + 1) })));
    expect(many.status).toBe(400);
  });

  it("never echoes a 10 kB id whole, and answers 404 for an id that is not a session id", async () => {
    const long = "c".repeat(10_000);
    for (const res of [await getSession(new Request("http://test"), ctx(long)), await answer(json('{"text":"x"}'), ctx(long))]) {
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(text.length).toBeLessThan(300);
      expect(text).not.toContain("c".repeat(100));
    }
    const res = await grade(json(JSON.stringify({ questionId: "d".repeat(200), answer: "x" })));
    expect(res.status).toBe(404);
    expect((await res.text()).length).toBeLessThan(300);
  });

  it("refuses NUL and unpaired surrogates in strings, and says where", async () => {
    const created = await createSession(json(JSON.stringify({ bankId: "aigc-video-generation", count: 1 })));
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    const nul = await answer(json('{"text":"before\\u0000after"}'), ctx(id));
    expect(nul.status).toBe(400);
    expect(await error(nul)).toMatch(/text contains a NUL/);
    const lone = await answer(json('{"text":"half \\ud83d pair"}'), ctx(id));
    expect(lone.status).toBe(400);
    expect(await error(lone)).toMatch(/surrogate/);
    // Nothing was saved by either refusal: the session still waits for its first answer.
    const view = (await (await getSession(new Request("http://test"), ctx(id))).json()) as { turns: Array<{ role: string }> };
    expect(view.turns.filter((t) => t.role === "candidate")).toHaveLength(0);
  });

  it("answers 404 for an unknown bank on /api/retrieve", async () => {
    const res = await retrieveRoute(json(JSON.stringify({ query: "x", bank: "no-such-bank" })));
    expect(res.status).toBe(404);
    expect(await error(res)).toMatch(/Unknown bank "no-such-bank"; known: aigc-video-generation/);
  });
});
