import { getBanks } from "@/lib/bank/load";
import { passageForPoint, questionPassages, type Passage } from "@/lib/bank/passages";
import type { Bank, Citation, Question } from "@/lib/bank/types";
import { DIMENSION_KEYS, factsOf, QUESTION_FIELDS, SESSION_FIELDS, TURN_FIELDS, type Fact } from "./report-fields";
import type { GradeLike, PlannedQuestion, PointStatus, SessionConfig, Turn } from "./types";

export type { Fact, Text } from "./report-fields";

/**
 * Where a reference passage comes from: the bank file itself, or content authored beside it
 * (whose papers are the question's `citations`, listed once per question).
 */
export type PassageSource = { kind: "seed"; file: string; line: number | null } | { kind: "authored" };

export interface MissedPoint {
  pointId: string;
  status: Exclude<PointStatus, "covered">;
  weight: number;
  zh: string;
  en: string;
  /** The reference passage the point was graded against. */
  passage: { id: string; text: string } | null;
  source: PassageSource | null;
}

export interface Dimensions {
  correctness: number;
  completeness: number;
  depth: number;
  clarity: number;
}

export interface QuestionReport {
  position: number;
  questionId: string;
  title: string;
  titleEn: string | null;
  chapter: number;
  status: PlannedQuestion["status"];
  score: number | null;
  followUps: number;
  covered: number;
  partial: number;
  missed: MissedPoint[];
  /** The papers behind the authored passages among `missed`. */
  citations: Citation[];
  dimensions: Dimensions | null;
  /** From the question being asked to the candidate's last reply to it. */
  durationMs: number | null;
  facts: Fact[];
}

export interface ChapterMastery {
  chapter: number;
  title: { zh: string; en: string } | null;
  /** Questions of the chapter answered or skipped in this session. */
  asked: number;
  /** Their mean score (a skip counts 0). */
  mean: number;
}

export interface TranscriptTurn {
  id: number;
  position: number;
  role: Turn["role"];
  kind: Turn["kind"];
  content: string;
  createdAt: string;
  facts: Fact[];
}

export interface Report {
  sessionId: string | null;
  bankId: string | null;
  bankTitle: string | null;
  lang: "zh" | "en";
  createdAt: string | null;
  /** Mean over the questions that were asked (a skipped one counts 0); null if none was. */
  overall: number | null;
  asked: number;
  answered: number;
  skipped: number;
  /** Mean of the four grading dimensions over the answered questions. */
  dimensions: Dimensions | null;
  chapters: ChapterMastery[];
  questions: QuestionReport[];
  transcript: TranscriptTurn[];
  facts: Fact[];
}

/** What a session adds to its plan: without it (older callers) the report has no transcript. */
export interface ReportContext<G extends GradeLike> {
  session: { id: string; bankId: string; config: SessionConfig; createdAt: string; finishedAt: string | null };
  turns: Turn<G>[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const done = (s: PlannedQuestion["status"]) => s === "answered" || s === "skipped";

function readDimensions(grade: GradeLike | null): Dimensions | null {
  const d = (grade as (GradeLike & { dimensions?: Partial<Dimensions> }) | null)?.dimensions;
  return d && DIMENSION_KEYS.every((k) => typeof d[k] === "number") ? (d as Dimensions) : null;
}

export function meanDimensions(all: Array<Dimensions | null>): Dimensions | null {
  const ds = all.filter((d): d is Dimensions => d !== null);
  if (!ds.length) return null;
  const mean = (k: keyof Dimensions) => round1(ds.reduce((s, d) => s + d[k], 0) / ds.length);
  return { correctness: mean("correctness"), completeness: mean("completeness"), depth: mean("depth"), clarity: mean("clarity") };
}

function sourceOf(q: Question, passage: Passage, bank: Bank | undefined): PassageSource {
  if (passage.source === "supplement" || q.answerSource === "authored") return { kind: "authored" };
  return { kind: "seed", file: bank?.file ?? q.bankId, line: q.answerLine };
}

/** Time at a question: its first turn to the candidate's last reply to it. */
function questionDuration(turns: Turn<GradeLike>[], position: number): number | null {
  const at = turns.filter((t) => t.position === position);
  const first = at[0];
  const reply = at.findLast((t) => t.role === "candidate");
  return first && reply ? Date.parse(reply.createdAt) - Date.parse(first.createdAt) : null;
}

function bankOf(bankId: string | undefined): Bank | undefined {
  if (!bankId) return undefined;
  try {
    return getBanks().banks.find((b) => b.id === bankId);
  } catch {
    return undefined; // chapter titles and file names are labels: a report never fails over them
  }
}

export function buildReport<G extends GradeLike>(plan: PlannedQuestion<G>[], questions: Map<string, Question>, ctx?: ReportContext<G>): Report {
  const turns = (ctx?.turns ?? []) as Turn<GradeLike>[];
  const bank = bankOf(ctx?.session.bankId ?? [...questions.values()][0]?.bankId);
  const out: QuestionReport[] = plan.map((p) => questionRow(p, questions.get(p.questionId), bank, turns));
  const asked = out.filter((r) => done(r.status));
  const chapters = new Map<number, number[]>();
  for (const r of asked) if (r.chapter > 0) chapters.set(r.chapter, [...(chapters.get(r.chapter) ?? []), r.score ?? 0]);
  const chapterTitle = (n: number) => {
    const c = bank?.chapters.find((ch) => ch.number === n);
    return c ? { zh: c.topic || c.title, en: c.titleEn ?? (c.topic || c.title) } : null;
  };
  const last = turns.at(-1);
  const durationMs = ctx && last ? Date.parse(ctx.session.finishedAt ?? last.createdAt) - Date.parse(ctx.session.createdAt) : null;
  const answered = out.filter((r) => r.status === "answered").length;
  const skipped = out.filter((r) => r.status === "skipped").length;
  const lang = ctx?.session.config.lang ?? "zh";
  return {
    sessionId: ctx?.session.id ?? null,
    bankId: ctx?.session.bankId ?? bank?.id ?? null,
    bankTitle: bank?.title ?? null,
    lang,
    createdAt: ctx?.session.createdAt ?? null,
    overall: asked.length ? round1(asked.reduce((s, r) => s + (r.score ?? 0), 0) / asked.length) : null,
    asked: asked.length,
    answered,
    skipped,
    dimensions: meanDimensions(out.filter((r) => r.status === "answered").map((r) => r.dimensions)),
    chapters: [...chapters.entries()]
      .sort(([a], [b]) => a - b)
      .map(([chapter, scores]) => ({
        chapter,
        title: chapterTitle(chapter),
        asked: scores.length,
        mean: round1(scores.reduce((s, x) => s + x, 0) / scores.length),
      })),
    questions: out,
    transcript: turns.map((t) => ({
      id: t.id,
      position: t.position,
      role: t.role,
      kind: t.kind,
      content: t.content,
      createdAt: t.createdAt,
      facts: factsOf(TURN_FIELDS, { turn: t }),
    })),
    facts: ctx
      ? factsOf(SESSION_FIELDS, { bankTitle: bank?.title ?? null, createdAt: ctx.session.createdAt, durationMs, answered, skipped, lang })
      : [],
  };
}

function questionRow(p: PlannedQuestion<GradeLike>, q: Question | undefined, bank: Bank | undefined, turns: Turn<GradeLike>[]): QuestionReport {
  const durationMs = done(p.status) || p.grade ? questionDuration(turns, p.position) : null;
  const base = {
    position: p.position,
    questionId: p.questionId,
    status: p.status,
    score: p.status === "skipped" ? 0 : p.score,
    followUps: p.followUps,
    dimensions: p.status === "answered" ? readDimensions(p.grade) : null,
    durationMs,
    facts: factsOf(QUESTION_FIELDS, { planned: p, durationMs, turns: turns.filter((t) => t.position === p.position) }),
  };
  // A planned question that has since left its bank: still listed, so the report adds up.
  if (!q) return { ...base, title: "（此题已从题库中移除）", titleEn: "(removed from its bank)", chapter: 0, covered: 0, partial: 0, missed: [], citations: [] };
  const passages = questionPassages(q);
  const statusOf = new Map((p.grade?.points ?? []).map((g) => [g.id, g.status]));
  const missed: MissedPoint[] = [];
  let covered = 0;
  let partial = 0;
  for (const point of q.rubric) {
    const status = p.status === "skipped" && !p.grade ? "missing" : (statusOf.get(point.id) ?? "missing");
    if (status === "covered") {
      covered++;
      continue;
    }
    if (status === "partial") partial++;
    const passage = passageForPoint(passages, point);
    missed.push({
      pointId: point.id,
      status,
      weight: point.weight,
      zh: point.zh,
      en: point.en,
      passage: passage ? { id: passage.id, text: passage.text } : null,
      source: passage ? sourceOf(q, passage, bank) : null,
    });
  }
  const citations = missed.some((m) => m.source?.kind === "authored") ? q.citations : [];
  return { ...base, title: q.title, titleEn: q.titleEn, chapter: q.chapter, covered, partial, missed: missed.sort((a, b) => b.weight - a.weight), citations };
}
