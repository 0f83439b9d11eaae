import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import { openDb } from "@/lib/db/client";
import { listPlan } from "@/lib/db/session-queries";
import { gradeAnswer, mergeFollowUpGrade, type Grade } from "@/lib/grading";
import { planQuestions, questionPool } from "@/lib/interview/plan";
import { createSession, type InterviewDeps } from "@/lib/interview/service";
import { spacedReview } from "@/lib/review/spaced-review";
import { sessionConfigSchema, type QuestionSource } from "@/lib/interview/types";

let all: Question[];
let source: QuestionSource;

beforeAll(() => {
  all = loadBanks().banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
  const byId = new Map(all.map((q) => [q.id, q]));
  source = { get: (id) => byId.get(id) ?? null, list: (bankId) => {
    const qs = all.filter((q) => q.bankId === bankId);
    return qs.length ? qs : null;
  } };
});

const BANK = "aigc-video-generation";

describe("an explicit question list (topic practice)", () => {
  it("is asked as chosen: its order, each once, ignoring chapters, difficulty, order and count", () => {
    const [a, b, c] = [all[20]!, all[3]!, all[11]!];
    const config = sessionConfigSchema.parse({
      bankId: BANK,
      questionIds: [a.id, b.id, a.id, "no-such-question", c.id],
      chapters: [99],
      count: 1,
      order: "random",
    });
    const pool = questionPool(source, config)!;
    expect(pool.map((q) => q.id)).toEqual([a.id, b.id, a.id, c.id]);
    expect(planQuestions(pool, config, new Map(), 0, spacedReview.schedule, () => 0)).toEqual([a.id, b.id, c.id]);
  });

  it("without a list, plans from the whole bank as before", () => {
    const config = sessionConfigSchema.parse({ bankId: BANK, count: 2 });
    expect(questionPool(source, config)).toHaveLength(all.filter((q) => q.bankId === BANK).length);
    expect(questionPool(source, { ...config, bankId: "nope" })).toBeNull();
  });

  it("creates a session on exactly the chosen questions", () => {
    const d: InterviewDeps<Grade> = {
      db: openDb(join(mkdtempSync(join(tmpdir(), "mi-topic-")), "app.db")),
      questions: source,
      review: spacedReview,
      grader: { grade: (question, answer, o) => gradeAnswer({ question, answer, ...o }, { embedder: null, questions: all }), merge: (x, y, q) => mergeFollowUpGrade(x, y, q) },
    };
    const ids = [all[30]!.id, all[2]!.id];
    const id = createSession(d, { bankId: BANK, questionIds: ids });
    expect(listPlan(d.db, id).map((p) => p.questionId)).toEqual(ids);
    expect(() => createSession(d, { bankId: BANK, questionIds: ["gone"] })).toThrow(/No question/);
    expect(() => sessionConfigSchema.parse({ bankId: BANK, questionIds: [] })).toThrow();
  });
});
