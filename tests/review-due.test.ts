import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Rating } from "ts-fsrs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import { openDb, type Db } from "@/lib/db/client";
import { getCard, listReviewLogs } from "@/lib/db/review-queries";
import { listPlan, questionHistory } from "@/lib/db/session-queries";
import { gradeAnswer, mergeFollowUpGrade, type Grade } from "@/lib/grading";
import { isGradable, planQuestions, type QuestionHistory } from "@/lib/interview/plan";
import { createSession, finish, submit, type InterviewDeps } from "@/lib/interview/service";
import { spacedReview } from "@/lib/review/spaced-review";
import { sessionConfigSchema } from "@/lib/interview/types";
import { reviewFinished } from "@/lib/review/record";
import { dueQuestions, reviewSettings, saveReviewSettings } from "@/lib/review/service";
import { startReview } from "@/lib/review/start";

const DAY = 86_400_000;
// Local noon, so that "tomorrow" is tomorrow in whatever time zone the test runs.
const T0 = new Date(2026, 11, 1, 12, 0).getTime();
let all: Question[];
const BANK = "aigc-video-generation";

function setup(): { d: InterviewDeps<Grade>; setNow: (t: number) => void } {
  const db: Db = openDb(join(mkdtempSync(join(tmpdir(), "mi-review-")), "app.db"));
  const byId = new Map(all.map((q) => [q.id, q]));
  let now = T0;
  const d: InterviewDeps<Grade> = {
    db,
    questions: { get: (id) => byId.get(id) ?? null, list: (bankId) => all.filter((q) => q.bankId === bankId) },
    review: spacedReview,
    grader: {
      grade: (question, answer, o) => gradeAnswer({ question, answer, ...o }, { embedder: null, questions: all }),
      merge: (b, f, q) => mergeFollowUpGrade(b, f, q),
    },
    now: () => now,
  };
  return { d, setNow: (t) => void (now = t) };
}

const due = (d: InterviewDeps<Grade>, at: number) =>
  dueQuestions(d.db, (id) => d.questions.get(id), at, isGradable).flatMap((b) => b.questions.map((q) => q.questionId));

beforeAll(() => {
  all = loadBanks().banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
});

describe("spaced review through the interview", () => {
  it("reviews each finished question once, from its grade, at the injected time", async () => {
    const { d } = setup();
    const id = createSession(d, { bankId: BANK, chapters: [3], count: 2, maxFollowUps: 0, order: "bank" });
    const [q0, q1] = listPlan(d.db, id).map((p) => p.questionId) as [string, string];
    await submit(d, id, { type: "answer", text: d.questions.get(q0)!.answer! });
    await submit(d, id, { type: "skip" });

    const logs0 = listReviewLogs(d.db, q0);
    expect(logs0).toHaveLength(1);
    expect(logs0[0]!.score).toBeGreaterThan(8.5);
    expect(logs0[0]!.rating).toBe(Rating.Easy);
    expect(logs0[0]!.review).toBe(new Date(T0).toISOString());
    const logs1 = listReviewLogs(d.db, q1);
    expect(logs1.map((l) => [l.outcome, l.rating])).toEqual([["skipped", Rating.Again]]);
    expect(getCard(d.db, q1)!.due.getTime()).toBe(T0 + DAY);
    expect(getCard(d.db, q0)!.due.getTime()).toBeGreaterThan(T0 + 3 * DAY);

    // Further calls (every later state change makes one) review nothing twice.
    reviewFinished(d, id);
    expect(listReviewLogs(d.db, q0)).toHaveLength(1);
    expect(listReviewLogs(d.db, q1)).toHaveLength(1);
  });

  it("lists what is due today, most overdue first, and starts a review session of exactly those", async () => {
    const { d, setNow } = setup();
    const id = createSession(d, { bankId: BANK, chapters: [3], count: 3, maxFollowUps: 0, order: "bank" });
    const ids = listPlan(d.db, id).map((p) => p.questionId) as [string, string, string];
    await submit(d, id, { type: "skip" }); // Again: tomorrow
    await submit(d, id, { type: "answer", text: d.questions.get(ids[1])!.answer! }); // Easy: later
    await submit(d, id, { type: "skip" }); // Again: tomorrow

    expect(due(d, T0)).toEqual([]);
    expect(due(d, T0 + DAY - 60_000)).toEqual([ids[0], ids[2]].sort());
    const month = T0 + 30 * DAY;
    expect(due(d, month)[2]).toBe(ids[1]); // due latest of the three, so listed last

    setNow(T0 + DAY);
    const review = startReview(d, { bankId: BANK, lang: "en" });
    expect(listPlan(d.db, review).map((p) => p.questionId).sort()).toEqual([ids[0], ids[2]].sort());
    expect(() => startReview(d, { bankId: "no-such-bank", lang: "en" })).toThrow(/Nothing is due/);

    // Answering them well moves them out of today's list.
    for (const p of listPlan(d.db, review)) await submit(d, review, { type: "answer", text: d.questions.get(p.questionId)!.answer! });
    expect(due(d, T0 + DAY)).toEqual([]);
    expect(listReviewLogs(d.db, ids[0]).map((l) => l.rating)).toEqual([Rating.Again, Rating.Easy]);
  });

  it("reviews a question cut short by finish() from what its replies earned", async () => {
    const { d } = setup();
    const id = createSession(d, { bankId: BANK, chapters: [3], count: 2, maxFollowUps: 1, order: "bank" });
    const [q0, q1] = listPlan(d.db, id).map((p) => p.questionId) as [string, string];
    await submit(d, id, { type: "answer", text: "DDPM 通过前向过程逐步加高斯噪声，再训练网络预测噪声来逐步去噪，用于图像生成。" });
    expect(listReviewLogs(d.db, q0)).toHaveLength(0); // a follow-up is pending: not finished yet
    await finish(d, id);
    const [log] = listReviewLogs(d.db, q0);
    expect(log!.outcome).toBe("answered");
    expect(log!.score).toBe(listPlan(d.db, id)[0]!.score);
    expect(listReviewLogs(d.db, q1)).toHaveLength(0); // never asked: no review
  });

  it("orders a 'due' session by FSRS due dates from the database", async () => {
    const { d } = setup();
    const id = createSession(d, { bankId: BANK, chapters: [3], count: 3, maxFollowUps: 0, order: "bank" });
    const ids = listPlan(d.db, id).map((p) => p.questionId) as [string, string, string];
    await submit(d, id, { type: "answer", text: d.questions.get(ids[0])!.answer! }); // Easy
    await submit(d, id, { type: "skip" }); // Again
    await submit(d, id, { type: "answer", text: d.questions.get(ids[2])!.answer! }); // Easy
    const history = new Map<string, QuestionHistory>(questionHistory(d.db).map((h) => [h.questionId, h]));
    expect(history.get(ids[1])!.due).toBe(new Date(T0 + DAY).toISOString());
    const chapter3 = all.filter((q) => q.bankId === BANK && q.chapter === 3);
    const config = sessionConfigSchema.parse({ bankId: BANK, chapters: [3], count: 55, order: "due" });
    const tomorrow = planQuestions(chapter3, config, history, T0 + DAY, spacedReview.schedule);
    // Due today first, then never-seen questions, then the two that are not due yet.
    expect(tomorrow[0]).toBe(ids[1]);
    expect(tomorrow.slice(-2).sort()).toEqual([ids[0], ids[2]].sort());
    // The same cards, a card's due date moved into the past: now it leads.
    d.db.prepare("UPDATE review_cards SET due = ? WHERE question_id = ?").run(new Date(T0 - DAY).toISOString(), ids[2]);
    const moved = new Map<string, QuestionHistory>(questionHistory(d.db).map((h) => [h.questionId, h]));
    expect(planQuestions(chapter3, config, moved, T0 + DAY, spacedReview.schedule).slice(0, 2)).toEqual([ids[2], ids[1]]);
  });

  it("keeps desired retention as a setting that re-dates reviewed cards", async () => {
    const { d } = setup();
    expect(reviewSettings(d.db).desiredRetention).toBe(0.9);
    const id = createSession(d, { bankId: BANK, chapters: [3], count: 1, maxFollowUps: 0, order: "bank" });
    const q0 = listPlan(d.db, id)[0]!.questionId;
    await submit(d, id, { type: "answer", text: d.questions.get(q0)!.answer! });
    const before = getCard(d.db, q0)!.due.getTime();
    saveReviewSettings(d.db, { desiredRetention: 0.97 });
    expect(reviewSettings(d.db).desiredRetention).toBe(0.97);
    expect(getCard(d.db, q0)!.due.getTime()).toBeLessThan(before);
    expect(() => saveReviewSettings(d.db, { desiredRetention: 2 })).toThrow();
    expect(reviewSettings(d.db).desiredRetention).toBe(0.97);
  });
});
