import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import { openDb, type Db } from "@/lib/db/client";
import { getSessionRow, listPlan } from "@/lib/db/session-queries";
import { gradeAnswer, mergeFollowUpGrade, type Grade } from "@/lib/grading";
import { createSession, finish, submit, type InterviewDeps } from "@/lib/interview/service";
import { spacedReview } from "@/lib/review/spaced-review";
import { revealed, sessionView } from "@/lib/interview/view";
import { sessionConfigSchema } from "@/lib/interview/types";
import { leaksIn, secretsOf } from "./view-leaks";

let all: Question[];
const dbPath = () => join(mkdtempSync(join(tmpdir(), "mi-view-")), "app.db");

function deps(db: Db): InterviewDeps<Grade> {
  const byId = new Map(all.map((q) => [q.id, q]));
  return {
    db,
    questions: { get: (id) => byId.get(id) ?? null, list: (bankId) => all.filter((q) => q.bankId === bankId) },
    review: spacedReview,
    grader: {
      grade: (question, answer, o) => gradeAnswer({ question, answer, ...o }, { embedder: null, questions: all }),
      merge: (b, f, q) => mergeFollowUpGrade(b, f, q),
    },
  };
}

beforeAll(() => {
  all = loadBanks().banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
});

// DDPM chapter, bank order: a weak reply to question 1 draws a follow-up on a weighty point.
const DDPM = { bankId: "aigc-video-generation", chapters: [3], order: "bank" as const, count: 2, maxFollowUps: 1 };
const WEAK = "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。";

function planned(d: InterviewDeps<Grade>, id: string): Question[] {
  return listPlan(d.db, id).map((p) => d.questions.get(p.questionId)!);
}

/** The view as the browser receives it, and the secrets of the given questions found in it. */
function leaks(d: InterviewDeps<Grade>, id: string, questions: Question[], replies: string[]) {
  const body = JSON.stringify(sessionView(d.db, d.questions, id));
  return leaksIn(body, secretsOf(questions, replies));
}

describe("sessionView withholds what a question would give away", () => {
  it("feedback after each question: nothing of a question until its follow-ups are done", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, DDPM);
    const [q0, q1] = planned(d, id) as [Question, Question];
    // Before any reply: no key point of any planned question, asked or not.
    expect(leaks(d, id, [q0, q1], [])).toEqual([]);
    expect(sessionView(d.db, d.questions, id).questions[q1.id]!.rubric).toEqual([]);

    await submit(d, id, { type: "answer", text: WEAK });
    const phase = getSessionRow(d.db, id)!.phase;
    expect(phase.kind).toBe("awaiting-follow-up");
    // Graded and stored, yet not sent: the follow-up is about to ask for a missed point.
    expect(listPlan<Grade>(d.db, id)[0]!.grade).not.toBeNull();
    const mid = sessionView<Grade>(d.db, d.questions, id);
    expect(mid.turns.map((t) => t.grade)).toEqual([null, null, null]);
    expect(mid.grades[0]).toBeNull();
    expect(mid.grading).toBe(false);
    expect(mid.phase).toEqual({ kind: "awaiting-follow-up", position: 0, pointId: "" });
    expect(mid.turns.every((t) => t.pointId === null)).toBe(true);
    expect(leaks(d, id, [q0, q1], [WEAK])).toEqual([]);

    // The follow-up reply finishes question 1: its grades, points and passages come out; question 2's do not.
    const reply = "前向过程可以一步采样任意时刻的 x_t。";
    await submit(d, id, { type: "answer", text: reply });
    const after = sessionView<Grade>(d.db, d.questions, id);
    expect(after.phase).toEqual({ kind: "awaiting-answer", position: 1 });
    expect(after.grades[0]?.score).toBeTypeOf("number");
    expect(after.turns.filter((t) => t.role === "candidate").every((t) => t.grade !== null)).toBe(true);
    expect(after.turns.find((t) => t.kind === "follow-up")?.pointId).toBeTruthy();
    expect(after.questions[q0.id]!.rubric.length).toBe(q0.rubric.length);
    expect(leaks(d, id, [q0], [WEAK, reply]).length).toBeGreaterThan(0);
    expect(after.questions[q1.id]!.rubric).toEqual([]);
    // Question 2 shares a topic with question 1: what question 1 now shows does not count against it.
    const shownOfQ0 = secretsOf([q0]).map((s) => s.text);
    expect(leaks(d, id, [q1], [WEAK, reply, ...shownOfQ0])).toEqual([]);
  });

  it("feedback only in the report: nothing at all until the session is finished", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, maxFollowUps: 0, feedback: "end" });
    const qs = planned(d, id);
    await submit(d, id, { type: "answer", text: qs[0]!.answer! });
    const mid = sessionView<Grade>(d.db, d.questions, id);
    expect(mid.progress.done).toBe(1);
    expect(mid.turns.every((t) => t.grade === null)).toBe(true);
    expect(Object.values(mid.grades)).toEqual([null, null]);
    expect(leaks(d, id, qs, [qs[0]!.answer!])).toEqual([]);

    await finish(d, id);
    const done = sessionView<Grade>(d.db, d.questions, id);
    expect(done.report?.questions[0]?.score).toBeTypeOf("number");
    expect(done.turns[1]!.grade).not.toBeNull();
    expect(done.questions[qs[1]!.id]!.rubric.length).toBeGreaterThan(0);
  });

  it("treats sessions saved before the option as feedback after each question", () => {
    const { feedback: _omitted, ...old } = sessionConfigSchema.parse({ bankId: "b" });
    const plan = [0, 1].map((position) => ({ position, questionId: `q${position}`, status: position ? "asked" : "answered", followUps: 0, score: null, grade: null }) as const);
    expect([...revealed("active", old as never, [...plan])]).toEqual([0]);
    expect([...revealed("finished", old as never, [...plan])]).toEqual([0, 1]);
    expect(sessionConfigSchema.parse({ bankId: "b" }).feedback).toBe("each");
    expect(() => sessionConfigSchema.parse({ bankId: "b", feedback: "never" })).toThrow();
  });
});
