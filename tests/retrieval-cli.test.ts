import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mi-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  return run(join("node_modules", ".bin", "tsx"), ["scripts/retrieve.ts", ...args], {
    env: { ...process.env, OFFLINE: "1", DATABASE_PATH: join(dir, "app.db") },
  });
}

describe("npm run retrieve", () => {
  it("writes one JSON line per batch query, in order, and nothing else on stdout", async () => {
    const file = join(dir, "queries.jsonl");
    const queries = ["T5 的位置编码", "What is contrastive learning?", "VAE 和普通自编码器的区别"];
    writeFileSync(file, `${queries.map((query) => JSON.stringify({ query })).join("\n")}\n`);
    const { stdout, stderr } = await cli(["--json", "--batch", file]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const out = lines.map((l) => JSON.parse(l) as { query: string; mode: string; hits: Array<Record<string, unknown>> });
    expect(out.map((o) => o.query)).toEqual(queries);
    for (const o of out) {
      expect(o.mode).toBe("lexical");
      expect(o.hits).toHaveLength(5);
      expect(Object.keys(o.hits[0]!).sort()).toEqual(["questionId", "score", "text", "unit"]);
    }
    expect(stderr).toMatch(/OFFLINE/);
  });

  it("answers a single query with -k", async () => {
    const { stdout } = await cli(["--json", "-k", "2", "T5 的位置编码"]);
    const o = JSON.parse(stdout) as { hits: Array<{ questionId: string }> };
    expect(o.hits).toHaveLength(2);
    // The generic position-encoding question and T5's own changes (which name it) lead.
    expect(o.hits.map((h) => h.questionId.split("-")[0]).sort()).toEqual(["dit", "t5"]);
  });
});
