import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import { openDb, type Db } from "@/lib/db/client";
import { getSessionRow, insertTurn, listPlan, listTurns } from "@/lib/db/session-queries";
import { gradeAnswer, mergeFollowUpGrade, type Grade } from "@/lib/grading";
import { InterviewError } from "@/lib/interview/errors";
import { processPending } from "@/lib/interview/advance";
import { createSession, finish, resume, submit, type InterviewDeps } from "@/lib/interview/service";
import { spacedReview } from "@/lib/review/spaced-review";
import { sessionView } from "@/lib/interview/view";

let all: Question[];
const dbPath = () => join(mkdtempSync(join(tmpdir(), "mi-iv-")), "app.db");

function deps(db: Db): InterviewDeps<Grade> {
  const byId = new Map(all.map((q) => [q.id, q]));
  return {
    db,
    questions: { get: (id) => byId.get(id) ?? null, list: (bankId) => all.filter((q) => q.bankId === bankId) },
    review: spacedReview,
    // The real offline grader, in lexical mode (no embedding model in this test).
    grader: {
      grade: (question, answer, o) => gradeAnswer({ question, answer, ...o }, { embedder: null, questions: all }),
      merge: (b, f, q) => mergeFollowUpGrade(b, f, q),
    },
    random: () => 0.5,
  };
}

beforeAll(() => {
  all = loadBanks().banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
});

const DDPM = { bankId: "aigc-video-generation", chapters: [3], order: "bank" as const };
const question = (d: InterviewDeps<Grade>, id: string, pos: number) => d.questions.get(listPlan(d.db, id)[pos]!.questionId)!;

describe("interview service", () => {
  it("asks, grades a strong answer without a follow-up, and moves to the next question", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, count: 2, maxFollowUps: 1 });
    expect(listTurns(d.db, id).map((t) => t.kind)).toEqual(["question"]);
    const q0 = question(d, id, 0);
    await submit(d, id, { type: "answer", text: q0.answer! });
    const turns = listTurns<Grade>(d.db, id);
    expect(turns.map((t) => `${t.role}:${t.kind}`)).toEqual(["interviewer:question", "candidate:answer", "interviewer:question"]);
    expect(turns[1]!.grade!.score).toBeGreaterThanOrEqual(7);
    expect(getSessionRow(d.db, id)!.phase).toEqual({ kind: "awaiting-answer", position: 1 });
  });

  it("follows up on a weak answer, merges the follow-up reply, and never exceeds the limit", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, count: 1, maxFollowUps: 1 });
    const q0 = question(d, id, 0);
    await submit(d, id, { type: "answer", text: "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。" });
    const phase = getSessionRow(d.db, id)!.phase;
    expect(phase.kind).toBe("awaiting-follow-up");
    if (phase.kind !== "awaiting-follow-up") return;
    const probed = q0.rubric.find((p) => p.id === phase.pointId)!;
    const before = listPlan<Grade>(d.db, id)[0]!.grade!;
    // Reply with the reference passage the probed point rests on.
    await submit(d, id, { type: "answer", text: probed.passage });
    const after = listPlan<Grade>(d.db, id)[0]!;
    const status = (g: Grade) => g.points.find((p) => p.id === probed.id)!.status;
    expect(status(after.grade!)).not.toBe("missing");
    expect(after.grade!.score).toBeGreaterThanOrEqual(before.score);
    expect(after.followUps).toBe(1);
    // One follow-up allowed: the session is over (one question) with a closing note.
    expect(getSessionRow(d.db, id)!.status).toBe("finished");
    const view = sessionView(d.db, d.questions, id);
    expect(view.report?.answered).toBe(1);
    expect(view.report?.questions[0]?.missed.every((m) => m.passage !== null)).toBe(true);
  });

  it("records a skip as 0 and a don't-know without a follow-up", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, count: 3, maxFollowUps: 2 });
    await submit(d, id, { type: "skip" });
    await submit(d, id, { type: "dont-know" });
    const plan = listPlan<Grade>(d.db, id);
    expect(plan.map((p) => p.status)).toEqual(["skipped", "answered", "asked"]);
    expect(plan[1]!.grade!.flags).toContain("dont-know");
    expect(plan[1]!.grade!.score).toBeLessThanOrEqual(1);
    expect(listTurns(d.db, id).filter((t) => t.kind === "follow-up")).toHaveLength(0);
  });

  it("rejects an empty answer and answers on a finished session with clear errors", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, count: 1 });
    await expect(submit(d, id, { type: "answer", text: "   " })).rejects.toThrow(/empty/);
    await finish(d, id);
    await expect(submit(d, id, { type: "answer", text: "x" })).rejects.toBeInstanceOf(InterviewError);
    // Ended before the question was answered: listed as not answered, not scored as a 0.
    const view = sessionView(d.db, d.questions, id);
    expect(view.report).toMatchObject({ asked: 0, skipped: 0, overall: null });
    expect(view.report?.questions[0]?.status).toBe("asked");
    expect(() => createSession(d, { ...DDPM, chapters: [99] })).toThrow(/No question matches/);
  });

  it("survives a restart between saving a reply and grading it", async () => {
    const path = dbPath();
    const first = deps(openDb(path));
    const id = createSession(first, { ...DDPM, count: 2, maxFollowUps: 0 });
    // The server saved the reply, then died before grading it.
    insertTurn(first.db, { sessionId: id, position: 0, role: "candidate", kind: "answer", content: question(first, id, 0).answer! });
    first.db.close();

    const second = deps(openDb(path));
    expect(sessionView(second.db, second.questions, id).grading).toBe(true);
    await resume(second, id);
    const view = sessionView<Grade>(second.db, second.questions, id);
    expect(view.grading).toBe(false);
    expect(view.turns[1]!.grade!.score).toBeGreaterThan(5);
    expect(view.phase).toEqual({ kind: "awaiting-answer", position: 1 });
    expect(view.progress).toMatchObject({ current: 2, total: 2, done: 1 });
  });
});

describe("interview service under races and edits", () => {
  it("grades a reply once when two requests race to grade it", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, count: 2, maxFollowUps: 0 });
    insertTurn(d.db, { sessionId: id, position: 0, role: "candidate", kind: "answer", content: question(d, id, 0).answer! });
    // Bypass the in-process lock, as two server bundles or processes would.
    await Promise.all([processPending(d, id), processPending(d, id)]);
    expect(listTurns(d.db, id).map((t) => `${t.role}:${t.kind}`)).toEqual(["interviewer:question", "candidate:answer", "interviewer:question"]);
  });

  it("refuses a reply from a stale page, and takes a retried reply only once", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, count: 3, maxFollowUps: 0 });
    const seen = listTurns(d.db, id).at(-1)!.id;
    const text = question(d, id, 0).answer!;
    await submit(d, id, { type: "answer", text }, seen);
    await submit(d, id, { type: "answer", text }, seen); // the same request again (lost response)
    expect(listTurns(d.db, id).filter((t) => t.role === "candidate")).toHaveLength(1);
    await expect(submit(d, id, { type: "answer", text: "another tab's answer" }, seen)).rejects.toThrow(/moved on/);
    expect(listTurns(d.db, id).filter((t) => t.role === "candidate")).toHaveLength(1);
  });

  it("stops probing after a typed 不知道 to a follow-up", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, count: 2, maxFollowUps: 3 });
    await submit(d, id, { type: "answer", text: "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。" });
    expect(getSessionRow(d.db, id)!.phase.kind).toBe("awaiting-follow-up");
    await submit(d, id, { type: "answer", text: "不知道" });
    expect(getSessionRow(d.db, id)!.phase).toEqual({ kind: "awaiting-answer", position: 1 });
  });

  it("passes over a question removed from the bank mid-session, and still reports it", async () => {
    const d = deps(openDb(dbPath()));
    const id = createSession(d, { ...DDPM, count: 3, maxFollowUps: 0 });
    const removed = listPlan(d.db, id)[1]!.questionId;
    const edited: InterviewDeps<Grade> = { ...d, questions: { ...d.questions, get: (qid) => (qid === removed ? null : d.questions.get(qid)) } };
    await submit(edited, id, { type: "answer", text: question(d, id, 0).answer! });
    expect(getSessionRow(d.db, id)!.phase).toEqual({ kind: "awaiting-answer", position: 2 });
    expect(listPlan(d.db, id).map((p) => p.status)).toEqual(["answered", "skipped", "asked"]);
    await finish(edited, id);
    expect(sessionView(d.db, edited.questions, id).report?.questions).toHaveLength(3);
  });

  it("lets the candidate end the interview when a reply cannot be graded", async () => {
    const d = deps(openDb(dbPath()));
    const broken: InterviewDeps<Grade> = {
      ...d,
      grader: { ...d.grader, grade: () => Promise.reject(new Error("grader unavailable")) },
    };
    const id = createSession(broken, { ...DDPM, count: 2 });
    await expect(submit(broken, id, { type: "answer", text: "一个回答" })).rejects.toThrow(/unavailable/);
    // The reply was saved before grading failed.
    expect(listTurns(d.db, id).at(-1)).toMatchObject({ role: "candidate", content: "一个回答", grade: null });
    await finish(broken, id);
    const view = sessionView(d.db, d.questions, id);
    expect(view.status).toBe("finished");
    expect(view.grading).toBe(false);
  });
});
