import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import type { Question } from "@/lib/bank/types";
import { openDb, type Db } from "@/lib/db/client";
import { listPlan, listTurns } from "@/lib/db/session-queries";
import { gradeAnswer } from "@/lib/grading";
import { judgeAnswer } from "@/lib/grading/judge";
import type { JudgedGrade } from "@/lib/grading/judged";
import { mergeJudged } from "@/lib/grading/judged-merge";
import type { Llm } from "@/lib/llm/client";
import { runChat, type ChatAction, type ChatEvent } from "@/lib/interview/chat";
import { createSession, type InterviewDeps } from "@/lib/interview/service";
import { spacedReview } from "@/lib/review/spaced-review";
import { startFakeLlm, type FakeLlm } from "@/scripts/fake-llm/server";
import { llmFor } from "./support/llm";

let all: Question[];
let fake: FakeLlm;
let llm: Llm;
/** Short timeouts so that hangs in the storm cost little; under load they only add fallbacks. */
let stormLlm: Llm;

beforeAll(async () => {
  all = loadBanks().banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
  fake = await startFakeLlm();
  llm = llmFor(fake.url, { LLM_TIMEOUT_MS: "10000", LLM_MAX_RETRIES: "1" });
  stormLlm = llmFor(fake.url, { LLM_TIMEOUT_MS: "150", LLM_MAX_RETRIES: "1" });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function deps(db: Db, model: Llm = llm): InterviewDeps<JudgedGrade> {
  const byId = new Map(all.map((q) => [q.id, q]));
  return {
    db,
    questions: { get: (id) => byId.get(id) ?? null, list: (bankId) => all.filter((q) => q.bankId === bankId) },
    currentMode: () => ({ llm: true, dense: false, model: "fake-model @ 127.0.0.1" }),
    review: spacedReview,
    grader: {
      grade: (question, answer, { pointIds, lang, mode }) =>
        judgeAnswer(
          { llm: model, wantsLlm: !!mode?.llm, offline: (q, a, o) => gradeAnswer({ question: q, answer: a, ...o }, { embedder: null, questions: all }) },
          question,
          answer,
          { pointIds, lang },
        ),
      merge: mergeJudged,
    },
    random: () => 0.5,
  };
}

const newDb = () => openDb(join(mkdtempSync(join(tmpdir(), "mi-llm-")), "app.db"));
const DDPM = { bankId: "aigc-video-generation", chapters: [3], order: "bank" as const, count: 2, maxFollowUps: 1 };

async function chat(d: InterviewDeps<JudgedGrade>, id: string, action: ChatAction, key?: string, model: Llm = llm): Promise<ChatEvent<JudgedGrade>[]> {
  const out: ChatEvent<JudgedGrade>[] = [];
  const last = listTurns(d.db, id).at(-1)?.id;
  for await (const ev of runChat(d, { llm: model }, id, action, { afterTurnId: last, clientKey: key })) out.push(ev);
  return out;
}

const GOOD = "DDPM 前向过程逐步加高斯噪声，q(x_t|x_0) 有闭式解。反向过程用网络预测噪声 ε，训练目标是简化的 L_simple。采样时从纯噪声迭代去噪，应用于图像生成和视频生成。";

describe("the LLM interviewer", () => {
  it("phrases the first question as it streams and saves the line once complete", async () => {
    const d = deps(newDb());
    const id = createSession(d, DDPM);
    expect(listTurns(d.db, id)[0]!.meta).toEqual({ phrase: "pending" });
    const events = await chat(d, id, { action: "resume" });
    const deltas = events.filter((e) => e.type === "delta");
    expect(deltas.length).toBeGreaterThan(1);
    const first = listTurns(d.db, id)[0]!;
    expect(first.content).toBe(deltas.map((e) => (e as { text: string }).text).join(""));
    expect(first.meta).toMatchObject({ phrase: "llm", model: "fake-model" });
    expect(first.meta!.usage!.completion).toBeGreaterThan(0);
    // The interviewer was told the question, never its reference answer.
    const prompt = JSON.stringify(fake.log.find((r) => r.role === "interviewer")!.body.messages);
    const q = all.find((x) => x.id === listPlan(d.db, id)[0]!.questionId)!;
    expect(prompt).toContain(q.title);
    expect(prompt).not.toContain(q.rubric[0]!.passage.slice(0, 30));
  });

  it("grades with the LLM, then phrases the follow-up from the candidate's own words", async () => {
    const d = deps(newDb());
    const id = createSession(d, DDPM);
    await chat(d, id, { action: "resume" });
    await chat(d, id, { action: "answer", text: GOOD });
    const turns = listTurns(d.db, id);
    const reply = turns.find((t) => t.role === "candidate")!;
    expect((reply.grade as JudgedGrade).grader).toBe("llm");
    const next = turns.at(-1)!;
    expect(next.meta?.phrase).toBe("llm");
    if (next.kind === "follow-up") {
      const prompt = fake.log.filter((r) => r.role === "interviewer").at(-1)!.body.messages!.at(-1)!.content;
      expect(prompt).toContain("前向过程逐步加高斯噪声");
    }
  });

  it("answers a question back and a hint request without grading them", async () => {
    const d = deps(newDb());
    const id = createSession(d, DDPM);
    await chat(d, id, { action: "resume" });
    await chat(d, id, { action: "answer", text: "你说的原理是指训练过程吗？" });
    await chat(d, id, { action: "hint" });
    const kinds = listTurns(d.db, id).map((t) => t.kind);
    expect(kinds).toEqual(["question", "clarify", "clarification", "hint-request", "hint"]);
    expect(listTurns(d.db, id).every((t) => t.grade === null)).toBe(true);
    expect(listPlan(d.db, id)[0]!.status).toBe("asked");
  });

  it("replaces a hint that names the point with the offline hint", async () => {
    const d = deps(newDb());
    const id = createSession(d, DDPM);
    await chat(d, id, { action: "resume" });
    const q = all.find((x) => x.id === listPlan(d.db, id)[0]!.questionId)!;
    const heaviest = [...q.rubric].sort((a, b) => b.weight - a.weight)[0]!;
    const term = heaviest.terms[0]!.split(" / ")[0]!;
    fake.configure({ line: `提示：答案就是${term}。` });
    await chat(d, id, { action: "hint" });
    const hint = listTurns(d.db, id).at(-1)!;
    expect(hint.meta).toMatchObject({ phrase: "offline", fallback: "hint-named-point" });
    expect(hint.content).not.toContain(`答案就是${term}`);
  });

  it("keeps what a cut stream sent, adds the offline line and records why", async () => {
    const d = deps(newDb());
    const id = createSession(d, DDPM);
    const offline = listTurns(d.db, id)[0]!.content;
    fake.configure({ faults: ["cut"], chunks: 8 });
    await chat(d, id, { action: "resume" });
    const t = listTurns(d.db, id)[0]!;
    expect(t.meta).toMatchObject({ phrase: "offline", fallback: "cut-stream" });
    expect(t.content.endsWith(offline)).toBe(true);
    expect(t.content.length).toBeGreaterThan(offline.length);
  });

  it("a repeated post with the same client key saves one reply", async () => {
    const d = deps(newDb());
    const id = createSession(d, DDPM);
    await chat(d, id, { action: "resume" });
    const last = listTurns(d.db, id).at(-1)!.id;
    const send = async () => {
      for await (const _ of runChat(d, { llm }, id, { action: "answer", text: GOOD }, { afterTurnId: last, clientKey: "key-0000001" })) void _;
    };
    await Promise.all([send(), send()]);
    expect(listTurns(d.db, id).filter((t) => t.role === "candidate")).toHaveLength(1);
  });

  it("survives a fault storm: 20 sessions, 200+ turns, no reply lost, every session finishable", async () => {
    fake.configure({ faultRate: 0.35, seed: 7, chunks: 3 });
    const d = deps(newDb(), stormLlm);
    let sent = 0;
    const ids: string[] = [];
    for (let s = 0; s < 20; s++) {
      const id = createSession(d, { bankId: "aigc-video-generation", count: 12, maxFollowUps: 2, order: "random" });
      ids.push(id);
      await chat(d, id, { action: "resume" }, undefined, stormLlm);
      for (let i = 0; i < 12 && listTurns(d.db, id).length && listPlan(d.db, id).some((p) => p.status === "asked"); i++) {
        const action: ChatAction = i % 5 === 4 ? { action: "hint" } : { action: "answer", text: `${GOOD}（第 ${s}-${i} 次）` };
        await chat(d, id, action, `storm-${s}-${i}`, stormLlm);
        sent++;
      }
      await chat(d, id, { action: "finish" }, undefined, stormLlm);
    }
    expect(sent).toBeGreaterThanOrEqual(200);
    const faults = fake.log.filter((r) => r.fault).length;
    expect(faults).toBeGreaterThan(50);
    let saved = 0;
    for (const id of ids) {
      const turns = listTurns(d.db, id);
      saved += turns.filter((t) => t.role === "candidate").length;
      // Every reply graded exactly once, every line settled, every session finished.
      expect(turns.filter((t) => t.role === "candidate" && t.kind === "answer").every((t) => t.grade !== null)).toBe(true);
      expect(turns.every((t) => t.meta?.phrase !== "pending" && t.meta?.phrase !== "streaming")).toBe(true);
      expect(d.db.prepare("SELECT status FROM sessions WHERE id = ?").get(id)).toEqual({ status: "finished" });
    }
    expect(saved).toBe(sent);
  }, 240_000);
});
