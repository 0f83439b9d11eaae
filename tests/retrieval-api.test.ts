import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { retrieveRequestSchema } from "@/lib/retrieval/types";

// The route handlers themselves, called with real Request objects; the app's retriever runs
// lexical-only (OFFLINE=1) against a throw-away database.
let dir: string;
let POST: (req: Request) => Promise<Response>;
let GET: () => Promise<Response>;
const saved = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mi-api-"));
  process.env.DATABASE_PATH = join(dir, "app.db");
  process.env.OFFLINE = "1";
  vi.spyOn(console, "warn").mockImplementation(() => {});
  ({ POST } = await import("@/app/api/retrieve/route"));
  ({ GET } = await import("@/app/api/status/route"));
});
afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: string) => POST(new Request("http://test/api/retrieve", { method: "POST", body, headers: { "content-type": "application/json" } }));

describe("POST /api/retrieve", () => {
  it("answers question-level hits, best first, with the mode", async () => {
    const res = await post(JSON.stringify({ query: "What is contrastive learning?", k: 3 }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { mode: string; hits: Array<Record<string, unknown>> };
    expect(body.mode).toBe("lexical");
    expect(body.hits).toHaveLength(3);
    expect(body.hits[0]).toMatchObject({ bankId: "aigc-video-generation", title: expect.stringContaining("对比学习") });
    for (const h of body.hits) expect(Object.keys(h)).toEqual(expect.arrayContaining(["questionId", "unit", "text", "score"]));
    const scores = body.hits.map((h) => h.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it.each([
    ["not JSON", "{query:", /JSON/],
    ["no query", "{}", /query/],
    ["empty query", JSON.stringify({ query: "   " }), /query/],
    ["k of 0", JSON.stringify({ query: "x", k: 0 }), /k must be at least 1/],
    ["k as a string", JSON.stringify({ query: "x", k: "5" }), /k:/],
    ["k too large", JSON.stringify({ query: "x", k: 500 }), /at most 50/],
  ])("rejects %s with a 400 that says why", async (_name, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it("answers 404 for an unknown bank, naming the known ones", async () => {
    const res = await post(JSON.stringify({ query: "x", bank: "no-such-bank" }));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/Unknown bank "no-such-bank"; known:/);
  });

  it("validates with a schema that defaults k to 5", () => {
    expect(retrieveRequestSchema.parse({ query: " T5 " })).toEqual({ query: "T5", k: 5 });
  });
});

describe("GET /api/status", () => {
  it("says lexical and why", async () => {
    const body = (await (await GET()).json()) as { mode: string; reason: string; index: { units: number; questions: number } };
    expect(body.mode).toBe("lexical");
    expect(body.reason).toMatch(/OFFLINE/);
    expect(body.index.questions).toBe(55);
  });
});
