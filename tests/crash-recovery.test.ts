import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { listPlan, listTurns } from "@/lib/db/session-queries";
import { startFakeLlm, type FakeLlm } from "@/scripts/fake-llm/server";
import { TEST_KEY } from "./support/llm";

// kill -9 of a real process in the middle of grading and of a streamed line, then a restart.
// One process (node with tsx's loader), not the tsx wrapper: SIGKILL must reach the process that works.
const NODE_ARGS = ["--import", "tsx", "tests/support/chat-child.ts"];
let fake: FakeLlm;
let dbPath: string;

beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  dbPath = join(mkdtempSync(join(tmpdir(), "mi-crash-")), "app.db");
});

interface Child {
  done: Promise<Array<Record<string, unknown>>>;
  kill(): void;
}

/** Runs the child; resolves with its events, or kills it (SIGKILL) once `killWhen` says so. */
function child(args: string[], killWhen?: (ev: Record<string, unknown>, seen: number) => boolean): Promise<Array<Record<string, unknown>>> {
  return start(args, killWhen).done;
}

function start(args: string[], killWhen?: (ev: Record<string, unknown>, seen: number) => boolean): Child {
  const env = { ...process.env, OFFLINE: "1", DATABASE_PATH: dbPath, OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "fake-model", OPENAI_API_KEY: TEST_KEY, LLM_TIMEOUT_MS: "20000", LLM_MAX_RETRIES: "0" };
  const p = spawn(process.execPath, [...NODE_ARGS, ...args], { env, stdio: ["ignore", "pipe", "inherit"] });
  const events: Array<Record<string, unknown>> = [];
  const done = new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
    createInterface({ input: p.stdout }).on("line", (line) => {
      const ev = JSON.parse(line) as Record<string, unknown>;
      events.push(ev);
      if (killWhen?.(ev, events.length)) p.kill("SIGKILL");
    });
    p.on("exit", (code, signal) => (code === 0 || signal === "SIGKILL" ? resolve(events) : reject(new Error(`child exited ${code}`))));
  });
  return { done, kill: () => p.kill("SIGKILL") };
}

const ANSWER = "DDPM 前向过程逐步加高斯噪声，有闭式解；反向过程训练网络预测噪声 ε，用 L_simple 训练，采样时从噪声迭代去噪。";
const CONFIG = JSON.stringify({ bankId: "aigc-video-generation", chapters: [3], count: 2, maxFollowUps: 0 });

describe("crash recovery", () => {
  it("kill -9 while the model grades: the reply is kept, graded exactly once after the restart", async () => {
    const { id } = (await child(["create", CONFIG]))[0] as { id: string };
    await child([id, JSON.stringify({ action: "resume" })]);
    // The grader hangs; the child is killed once the reply is saved and the call is out.
    fake.configure({ faults: ["hang"] });
    const killed = start([id, JSON.stringify({ action: "answer", text: ANSWER })]);
    await waitUntil(() => fake.log.some((r) => r.role === "grader"));
    await new Promise((r) => setTimeout(r, 200));
    const db = openDb(dbPath);
    expect(listTurns(db, id).filter((t) => t.role === "candidate")).toMatchObject([{ content: ANSWER, grade: null }]);
    killed.kill();
    await killed.done;
    // Restart: the page's resume POST grades it; a second resume changes nothing.
    await child([id, JSON.stringify({ action: "resume" })]);
    await child([id, JSON.stringify({ action: "resume" })]);
    const turns = listTurns(db, id);
    expect(turns.filter((t) => t.role === "candidate")).toHaveLength(1);
    expect(turns.filter((t) => t.role === "candidate")[0]!.grade).not.toBeNull();
    expect(turns.filter((t) => t.kind === "question")).toHaveLength(2);
    expect(listPlan(db, id)[0]!.status).toBe("answered");
  }, 120_000);

  it("kill -9 mid-stream: the line is phrased again by the next process, and the interview goes on", async () => {
    const { id } = (await child(["create", CONFIG]))[0] as { id: string };
    fake.configure({ chunks: 10, chunkDelayMs: 200 });
    const events = await child([id, JSON.stringify({ action: "resume" })], (ev) => ev.type === "delta");
    expect(events.some((e) => e.type === "delta")).toBe(true);
    const db = openDb(dbPath);
    expect(listTurns(db, id)[0]!.meta?.phrase).toBe("streaming");
    fake.configure({ chunkDelayMs: 0 });
    await child([id, JSON.stringify({ action: "resume" })]);
    expect(listTurns(db, id)[0]!.meta).toMatchObject({ phrase: "llm" });
    const after = await child([id, JSON.stringify({ action: "answer", text: ANSWER })]);
    expect(after.some((e) => e.type === "end")).toBe(true);
    expect(listTurns(db, id).filter((t) => t.role === "candidate")[0]!.grade).not.toBeNull();
  }, 120_000);
});

async function waitUntil(ok: () => boolean, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
