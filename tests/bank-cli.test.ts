import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const tmp = mkdtempSync(join(tmpdir(), "mi-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], contentDir: string) {
  const r = spawnSync("npx", ["tsx", "scripts/bank.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: contentDir, DATABASE_PATH: join(tmp, "app.db") },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A content folder holding the layout fixtures as banks, as if a user had dropped them in. */
function dropped(): string {
  const dir = join(tmp, "dropped");
  mkdirSync(join(dir, "banks"), { recursive: true });
  const src = "tests/fixtures/banks/layouts";
  for (const name of readdirSync(src)) copyFileSync(join(src, name), join(dir, "banks", name));
  return dir;
}

describe("npm run bank", () => {
  it("--json prints every bank on stdout and warnings as file:line: message on stderr", () => {
    const { code, stdout, stderr } = run(["--json"], "tests/fixtures/content");
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { banks: Array<Record<string, unknown> & { chapters: Array<Record<string, unknown> & { questions: Array<Record<string, unknown>> }> }> };
    expect(out.banks.map((b) => b.id)).toEqual(["alpha", "broken", "latin1"]);
    const alpha = out.banks[0]!;
    expect(alpha).toMatchObject({ id: "alpha", title: "Alpha 测试题库" });
    const chapter = alpha.chapters[0]!;
    expect(chapter).toMatchObject({ number: 1, title: "第一章 【Alpha：第一个主题】核心考点", topic: "Alpha：第一个主题" });
    const [q1, q2] = chapter.questions;
    for (const key of ["id", "chapter", "number", "title", "answerSource", "titleEn", "topic", "difficulty", "tags", "answer", "citations", "rubric"]) {
      expect(q1).toHaveProperty(key);
    }
    expect(q1).toMatchObject({ chapter: 1, number: 1, title: "什么是Alpha？", answerSource: "seed", topic: "Alpha：第一个主题", difficulty: 1 });
    expect(q2).toMatchObject({ answerSource: "authored" });
    expect(Object.keys((q1!.rubric as object[])[0]!).sort()).toEqual(
      ["en", "followUps", "id", "misconceptions", "passage", "terms", "weight", "zh"],
    );
    expect(alpha.chapters[1]!.questions[0]).toMatchObject({ answerSource: null, answer: null });

    // stdout is only JSON; warnings went to stderr in file:line: form.
    expect(stdout).not.toMatch(/file is empty/);
    expect(stderr).toMatch(/^tests\/fixtures\/content\/banks\/broken\.md:0: file is empty$/m);
    expect(stderr).toMatch(/^tests\/fixtures\/content\/authored\/alpha\/ch02-beta\.yaml:12: questions\.0\.rubric\.1\.weight: /m);
  });

  it("prints a readable summary without --json", () => {
    const { code, stdout } = run([], "tests/fixtures/content");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Alpha 测试题库 \(Alpha test bank\)/);
    expect(stdout).toMatch(/2 chapters, 3 questions; answers: 1 seed, 1 authored, 1 none; rubric: 2\/3/);
    expect(stdout).toMatch(/^Alpha 测试题库 \(Alpha test bank\)\n  3 questions in 2 chapters, 2 answered; 4 warnings$/m);
  });

  it("says per dropped-in bank, in one line, what it read (the layout fixtures as a content folder)", () => {
    const text = run([], dropped());
    expect(text.code).toBe(0);
    const summaries = text.stdout.split("\n").filter((l) => /^  \d+ questions? in /.test(l)).map((l) => l.trim());
    expect(summaries).toEqual([
      "3 questions in 1 chapter, 2 answered; 0 warnings", // flat-toc
      "4 questions in 2 chapters, 4 answered; 0 warnings", // h2-chapters
      "6 questions in 4 chapters, 6 answered; 0 warnings", // intro-chapter
      "5 questions in 2 chapters, 5 answered; 1 warning", // plain-toc
      "2 questions in 1 chapter, 2 answered; 2 warnings", // sections
      "3 questions in 2 chapters, 3 answered; 0 warnings", // topics-difficulty
      "4 questions in 2 chapters, 4 answered; 0 warnings", // zh-h2-chapters
    ]);
    expect(text.stderr).toMatch(/^\S*sections\.md:19: heading "参考资料" is neither a chapter nor a question/m);
  });

  it("--json carries the same summary as each bank's `import`", () => {
    const json = JSON.parse(run(["--json"], dropped()).stdout) as { banks: Array<{ id: string; import: Record<string, unknown> }> };
    expect(json.banks.find((b) => b.id === "plain-toc")?.import).toEqual({
      chapters: 2, questions: 5, answered: 5, warnings: 1, text: "5 questions in 2 chapters, 5 answered; 1 warning",
    });
  });

  it("exits non-zero only when no bank could be read", () => {
    const { code, stderr } = run(["--json"], join(tmp, "nothing-here"));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/cannot list banks/);
  });
});
