import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeLlm, type FakeLlm } from "@/scripts/fake-llm/server";
import { LAYER_NORM, question } from "./grading-helpers";
import { TEST_KEY } from "./support/llm";

// The CLI with an LLM configured by the same variables as the app, against the fake server.
const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "mi-grade-llm-"));
const ln = question(LAYER_NORM);
let fake: FakeLlm;

beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function run(args: string[]) {
  const env = { ...process.env, OFFLINE: "1", OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "fake-model", OPENAI_API_KEY: TEST_KEY, LLM_MAX_RETRIES: "0" };
  return promisify(execFile)(TSX, ["scripts/grade.ts", "--lexical", ...args], { encoding: "utf8", env, timeout: 60_000 }).catch((e: { stdout: string; stderr: string; code: number }) => e);
}

const ANSWER = "LayerNorm 在每个 token 的特征维度上归一化，不依赖 batch 统计量，所以适合变长序列和小 batch，训练和推理行为一致。";

describe("npm run grade with an LLM", () => {
  it("grades as the app does, and says which grader decided", async () => {
    const file = join(dir, "b.jsonl");
    writeFileSync(file, `${JSON.stringify({ question: ln.id, answer: ANSWER })}\n`);
    const llm = JSON.parse((await run(["--json", "--batch", file])).stdout.trim());
    expect(llm).toMatchObject({ grader: "llm", model: "fake-model", questionId: ln.id });
    expect(llm.fallback).toBeUndefined();
    expect(fake.log.filter((r) => r.role === "grader")).toHaveLength(1);

    const off = JSON.parse((await run(["--json", "--offline", "--batch", file])).stdout.trim());
    expect(off).toMatchObject({ grader: "offline" });
    expect(off.fallback).toBeUndefined();
    expect(fake.log.filter((r) => r.role === "grader")).toHaveLength(1);
  }, 120_000);

  it("names the fallback when the configured LLM is not used, and never prints the key", async () => {
    fake.configure({ faults: ["401"] });
    const r = await run(["--json", "--question", ln.id, "--answer", ANSWER]);
    const g = JSON.parse(r.stdout);
    expect(g).toMatchObject({ grader: "offline", fallback: "auth" });
    expect(r.stdout + r.stderr).not.toContain(TEST_KEY);
  }, 120_000);
});
