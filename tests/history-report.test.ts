import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import { openDb } from "@/lib/db/client";
import { gradeAnswer, mergeFollowUpGrade, type Grade } from "@/lib/grading";
import { reportFileName, reportMarkdown } from "@/lib/interview/report-markdown";
import { formatDuration } from "@/lib/interview/report-fields";
import { createSession, submit, type InterviewDeps } from "@/lib/interview/service";
import { spacedReview } from "@/lib/review/spaced-review";
import { sessionView } from "@/lib/interview/view";

let all: Question[];
beforeAll(() => {
  all = loadBanks().banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
});

function deps(): InterviewDeps<Grade> {
  const byId = new Map(all.map((q) => [q.id, q]));
  return {
    db: openDb(join(mkdtempSync(join(tmpdir(), "mi-report-")), "app.db")),
    questions: { get: (id) => byId.get(id) ?? null, list: (bankId) => all.filter((q) => q.bankId === bankId) },
    review: spacedReview,
    grader: {
      grade: (question, answer, o) => gradeAnswer({ question, answer, ...o }, { embedder: null, questions: all }),
      merge: (b, f, q) => mergeFollowUpGrade(b, f, q),
    },
  };
}

const WEAK = "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。";

describe("report", () => {
  it("holds dimensions, chapter mastery, sources, times and the transcript with its grader", async () => {
    const d = deps();
    const id = createSession(d, { bankId: "aigc-video-generation", chapters: [3], count: 2, maxFollowUps: 0, lang: "en" });
    await submit(d, id, { type: "answer", text: WEAK });
    await submit(d, id, { type: "skip" });
    const r = sessionView(d.db, d.questions, id).report!;
    expect(r.sessionId).toBe(id);
    expect(r.lang).toBe("en");
    const [answered, skipped] = r.questions as [(typeof r.questions)[0], (typeof r.questions)[0]];
    // Only the answered question has dimensions; the session's are its.
    expect(answered.dimensions).not.toBeNull();
    expect(skipped.dimensions).toBeNull();
    expect(r.dimensions).toEqual(answered.dimensions);
    expect(r.chapters).toEqual([{ chapter: 3, title: expect.any(Object), asked: 2, mean: r.overall }]);
    expect(answered.durationMs).toBeGreaterThanOrEqual(0);
    expect(answered.facts.map((f) => f.key)).toContain("time");
    expect(skipped.missed.every((m) => m.source !== null && m.passage !== null)).toBe(true);
    // Authored passages: the question's papers are listed once, DDPM (arXiv:2006.11239) among them.
    expect(skipped.missed.some((m) => m.source?.kind === "authored")).toBe(true);
    expect(skipped.citations.map((c) => c.arxiv)).toContain("2006.11239");
    expect(r.transcript.map((t) => `${t.role}:${t.kind}`)).toEqual([
      "interviewer:question", "candidate:answer", "interviewer:question", "candidate:skip", "interviewer:note", "interviewer:note",
    ]);
    const reply = r.transcript[1]!;
    expect(reply.facts.find((f) => f.key === "grader")?.value).toEqual({ zh: "离线评分器（词法）", en: "offline rubric grader (lexical)" });
    // Interviewer turns have no grader: facts with no value are left out.
    expect(r.transcript[0]!.facts).toEqual([]);

    const md = reportMarkdown(r, "en");
    expect(md).toMatch(/^# Interview report\n/);
    expect(md).toContain(`- **Overall**: ${r.overall!.toFixed(1)} / 10`);
    expect(md).toContain("## Dimensions");
    expect(md).toContain(`| 3 ${r.chapters[0]!.title!.en} | 2 | ${r.chapters[0]!.mean.toFixed(1)} |`);
    expect(md).toContain("- **Status**: skipped");
    expect(md).toContain(`> ${WEAK}`);
    expect(md).toContain("Graded by: offline rubric grader (lexical)");
    for (const m of skipped.missed) expect(md).toContain(m.en);
    expect(md).toContain("**Citations**");
    expect(md).toContain("arXiv:2006.11239 (https://arxiv.org/abs/2006.11239)");
    expect(reportFileName(r)).toBe(`interview-report-${r.createdAt!.slice(0, 10)}-${id.slice(0, 8)}.md`);
  });

  it("formats durations in both languages", () => {
    expect(formatDuration(42_000)).toEqual({ zh: "42 秒", en: "42 s" });
    expect(formatDuration(192_000)).toEqual({ zh: "3 分 12 秒", en: "3 min 12 s" });
    expect(formatDuration(3_720_000)).toEqual({ zh: "1 小时 2 分", en: "1 h 2 min" });
    expect(formatDuration(null)).toBeNull();
    expect(formatDuration(-5)).toBeNull();
  });
});
