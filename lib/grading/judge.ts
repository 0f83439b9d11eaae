import type { Question } from "@/lib/bank/types";
import { questionPassages } from "@/lib/bank/passages";
import type { Llm } from "@/lib/llm/client";
import { LlmFailure, toLlmFailure } from "@/lib/llm/errors";
import { requestVerdict } from "@/lib/llm/verdict";
import { combineVerdict, offlineJudged } from "./combine";
import type { JudgedGrade, ReferencePassage } from "./judged";
import { pointTermsForMatch, verifyVerdict } from "./llm-evidence";
import type { Grade } from "./types";

type Lang = "zh" | "en";

export interface JudgeDeps {
  /** The session's LLM; null grades offline (no model configured, or a session started offline). */
  llm: Llm | null;
  /** Whether the session was meant to be graded by an LLM: a missing one is then a visible fallback. */
  wantsLlm: boolean;
  offline: (q: Question, answer: string, opts: { pointIds?: string[]; lang?: Lang }) => Promise<Grade>;
  /** Passages of other questions that match the question and the reply (retrieval), best first. */
  neighbours?: (q: Question, answer: string) => Promise<ReferencePassage[]>;
  log?: (line: string) => void;
}

// Replies the offline guards already settle: a model adds nothing to an empty answer.
const SETTLED = new Set(["empty", "no-reference"]);
const OWN_PASSAGES_MAX = 14;

/** The question's own passages first, then retrieved ones: what the verdict may cite. */
async function referencesFor(deps: JudgeDeps, q: Question, answer: string): Promise<ReferencePassage[]> {
  const own = questionPassages(q)
    .slice(0, OWN_PASSAGES_MAX)
    .map((p) => ({ id: p.id, source: q.title, text: p.text, own: true }));
  const others = deps.neighbours ? await deps.neighbours(q, answer).catch(() => []) : [];
  const seen = new Set(own.map((r) => r.id));
  return [...own, ...others.filter((r) => !seen.has(r.id) && (seen.add(r.id), true))];
}

/**
 * Grades a reply: the offline grader always runs (it is the guard, and the fallback); the LLM,
 * when the session has one, decides the points within the guards' bounds. Every fallback is
 * named on the grade. Never throws because of the model.
 */
export async function judgeAnswer(
  deps: JudgeDeps,
  q: Question,
  answer: string,
  opts: { pointIds?: string[]; lang?: Lang },
): Promise<JudgedGrade> {
  if (!deps.wantsLlm) return offlineJudged(await deps.offline(q, answer, opts));
  const llm = deps.llm;
  if (!llm) return offlineJudged(await deps.offline(q, answer, opts), "no-model");
  if (!answer.trim() || !q.rubric.length) return offlineJudged(await deps.offline(q, answer, opts));
  const pointIds = opts.pointIds?.length ? q.rubric.filter((p) => opts.pointIds?.includes(p.id)).map((p) => p.id) : q.rubric.map((p) => p.id);
  const byId = new Map(q.rubric.map((p) => [p.id, p]));
  const references = await referencesFor(deps, q, answer);
  // The request goes out first; the offline grade (CPU only) is computed while the model works.
  const verdict = requestVerdict(llm, {
    lang: opts.lang ?? (/[\u4e00-\u9fff]/.test(answer) ? "zh" : "en"),
    question: q.title,
    points: pointIds.map((id) => ({ id, statement: `${byId.get(id)?.zh ?? ""} / ${byId.get(id)?.en ?? ""}` })),
    references: references.map((x) => ({ id: x.id, source: x.own ? "this question" : x.source, text: x.text })),
    answer,
  }).then(
    (r) => ({ ok: true as const, r }),
    (e: unknown) => ({ ok: false as const, f: e instanceof LlmFailure ? e : toLlmFailure(e) }),
  );
  const offline = await deps.offline(q, answer, opts);
  const got = await verdict;
  if (offline.flags.some((f) => SETTLED.has(f))) return offlineJudged(offline);
  if (!got.ok) {
    deps.log?.(`[grading] ${q.id}: graded offline: ${got.f.message}`);
    return offlineJudged(offline, got.f.reason, { model: llm.config.graderModel });
  }
  const terms = new Map(q.rubric.map((p) => [p.id, pointTermsForMatch(p.terms, q.title)]));
  const verified = verifyVerdict(got.r.value, answer, offline.points.map((p) => p.id), new Set(references.map((x) => x.id)), terms);
  return combineVerdict(offline, verified, { model: llm.config.graderModel, usage: got.r.usage, references });
}
