import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gradeSchema } from "@/lib/grading";
import { LAYER_NORM, question } from "./grading-helpers";

// The CLI as the evaluation harness runs it: a child process whose stdout is data only.
const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "mi-grade-cli-"));
const ln = question(LAYER_NORM);

function run(args: string[]) {
  return spawnSync(TSX, ["scripts/grade.ts", "--lexical", ...args], { encoding: "utf8", env: { ...process.env, OFFLINE: "1" }, timeout: 60_000 });
}

describe("scripts/grade.ts", () => {
  it("--batch writes exactly one JSON line per input line, in order, errors included", () => {
    const lines = [
      { question: ln.id, answer: "LayerNorm 在每个 token 的特征维度上归一化，不依赖 batch，适合变长序列和小 batch。" },
      { question: "请介绍下什么是对比学习？", answer: "对比学习构造正负样本对，在嵌入空间里拉近正样本、推远负样本，常用 InfoNCE 损失。" },
      { question: "no such question", answer: "whatever" },
      { question: ln.title, answer: "" },
    ];
    const file = join(dir, "batch.jsonl");
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join("\n")}\n{not json}\n`);
    const r = run(["--json", "--batch", file]);
    expect(r.status).toBe(0);
    const out = r.stdout.split("\n").filter((l) => l !== "");
    expect(out).toHaveLength(5);
    const rows = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[0]).toMatchObject({ questionId: ln.id });
    expect(rows[1]?.questionId).toMatch(/^clip-/);
    for (const row of [rows[0], rows[1], rows[3]]) {
      expect(Object.keys(row ?? {})).toEqual(expect.arrayContaining(["questionId", "score", "dimensions", "points", "feedback"]));
      for (const p of row?.points as Array<Record<string, unknown>>) {
        expect(Object.keys(p)).toEqual(["id", "status", "evidence"]);
        expect(["covered", "partial", "missing"]).toContain(p.status);
      }
    }
    expect(rows[2]).toEqual({ line: 3, error: "unknown question: no such question" });
    expect(rows[3]).toMatchObject({ score: 0, flags: ["empty"] });
    expect(rows[4]?.error).toBeTruthy();
    expect(r.stderr).toMatch(/line 3: unknown question/);
  });

  it("--question --answer-file prints one full grade", () => {
    const file = join(dir, "answer.txt");
    writeFileSync(file, "RMSNorm 去掉了减均值和偏置，只按均方根缩放，计算更省。");
    const r = run(["--json", "--question", ln.title, "--answer-file", file]);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split("\n");
    expect(out).toHaveLength(1);
    const g = gradeSchema.parse(JSON.parse(out[0] ?? ""));
    expect(g.questionId).toBe(ln.id);
    expect(g.points.find((p) => p.id === "rmsnorm")?.status).not.toBe("missing");
  });

  it("exits non-zero with usage on bad arguments, and on an unknown question", () => {
    const bad = run(["--json"]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    const unknown = run(["--json", "--question", "nope", "--answer", "x"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toBe("");
  });
});
