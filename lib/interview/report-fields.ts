import type { GradeLike, PlannedQuestion, Turn } from "./types";

/** Text in both UI languages, or one string that reads the same in both (numbers, names). */
export type Text = string | { zh: string; en: string };
export const textIn = (t: Text, lang: "zh" | "en"): string => (typeof t === "string" ? t : t[lang]);

export const DIMENSION_KEYS = ["correctness", "completeness", "depth", "clarity"] as const;
export const DIMENSION_LABELS = {
  correctness: { zh: "正确性", en: "Correctness" },
  completeness: { zh: "完整性", en: "Completeness" },
  depth: { zh: "深度", en: "Depth" },
  clarity: { zh: "清晰度", en: "Clarity" },
} as const;

/** One labelled fact of the report: what the screen and the Markdown export both print. */
export interface Fact {
  key: string;
  label: { zh: string; en: string };
  value: Text;
}

/**
 * A field of the report: its label and how to read it from what the report is built from.
 * Adding a field (the LLM's model, tokens, hints taken, grader/fallback per turn) is one entry
 * in one of the lists below: the report component and the Markdown export print every fact.
 * A field whose value is null for a row is left out of that row.
 */
interface Field<C> {
  key: string;
  label: { zh: string; en: string };
  value: (ctx: C) => Text | null;
}

export interface SessionFieldContext {
  bankTitle: string | null;
  createdAt: string;
  durationMs: number | null;
  answered: number;
  skipped: number;
  lang: "zh" | "en";
}

export interface QuestionFieldContext {
  planned: PlannedQuestion<GradeLike>;
  durationMs: number | null;
  /** The turns at this question's position. */
  turns: Turn<GradeLike>[];
}

export interface TurnFieldContext {
  turn: Turn<GradeLike>;
}

export function formatDuration(ms: number | null): Text | null {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return null;
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  if (h > 0) return { zh: `${h} 小时 ${m % 60} 分`, en: `${h} h ${m % 60} min` };
  if (m > 0) return { zh: `${m} 分 ${s % 60} 秒`, en: `${m} min ${s % 60} s` };
  return { zh: `${s} 秒`, en: `${s} s` };
}

/** "2026-12-01 10:02 UTC": one fixed format, so the server's page and the browser's agree. */
export const formatTime = (iso: string): string => `${iso.replace("T", " ").slice(0, 16)} UTC`;

export const SESSION_FIELDS: Field<SessionFieldContext>[] = [
  { key: "date", label: { zh: "时间", en: "Date" }, value: (c) => formatTime(c.createdAt) },
  { key: "bank", label: { zh: "题库", en: "Bank" }, value: (c) => c.bankTitle },
  { key: "duration", label: { zh: "用时", en: "Duration" }, value: (c) => formatDuration(c.durationMs) },
  {
    key: "answered",
    label: { zh: "作答 / 跳过", en: "Answered / skipped" },
    value: (c) => `${c.answered} / ${c.skipped}`,
  },
  { key: "language", label: { zh: "面试语言", en: "Interview language" }, value: (c) => (c.lang === "en" ? "English" : "中文") },
];

export const QUESTION_FIELDS: Field<QuestionFieldContext>[] = [
  { key: "time", label: { zh: "用时", en: "Time" }, value: (c) => formatDuration(c.durationMs) },
  { key: "follow-ups", label: { zh: "追问", en: "Follow-ups" }, value: (c) => String(c.planned.followUps) },
  {
    key: "hints",
    label: { zh: "提示", en: "Hints taken" },
    value: (c) => {
      const n = c.turns.filter((t) => t.kind === "hint").length;
      return n ? String(n) : null;
    },
  },
  {
    key: "flags",
    label: { zh: "评分提示", en: "Grader flags" },
    value: (c) => (c.planned.grade?.flags.length ? c.planned.grade.flags.join(", ") : null),
  },
];

const OFFLINE = {
  lexical: { zh: "离线评分器（词法）", en: "offline rubric grader (lexical)" },
  hybrid: { zh: "离线评分器（词法 + 向量）", en: "offline rubric grader (lexical + embeddings)" },
} as const;

/** The grade fields the report reads beyond GradeLike; lib/grading's JudgedGrade has them. */
type GradeFacts = GradeLike & { mode?: unknown; grader?: unknown; model?: unknown; fallback?: unknown };
const gradeOf = (turn: Turn<GradeLike>): GradeFacts | null =>
  turn.role === "candidate" && turn.kind !== "skip" && turn.grade ? (turn.grade as GradeFacts) : null;

export const TURN_FIELDS: Field<TurnFieldContext>[] = [
  {
    key: "grader",
    label: { zh: "评分", en: "Graded by" },
    value: ({ turn }) => {
      if (turn.role === "candidate" && turn.kind === "skip" && turn.grade) return { zh: "跳过，未评分", en: "skipped, not graded" };
      const g = gradeOf(turn);
      if (!g) return null;
      if (g.grader === "llm") return typeof g.model === "string" ? `LLM (${g.model})` : "LLM";
      return typeof g.mode === "string" && g.mode in OFFLINE ? OFFLINE[g.mode as keyof typeof OFFLINE] : null;
    },
  },
  {
    key: "grader-fallback",
    label: { zh: "评分回退", en: "Grading fallback" },
    value: ({ turn }) => {
      const f = gradeOf(turn)?.fallback;
      return typeof f === "string" && f ? f : null;
    },
  },
  // The interviewer's own lines: which model phrased them, or why the offline line stood in.
  { key: "model", label: { zh: "模型", en: "Model" }, value: ({ turn }) => (turn.role === "interviewer" ? (turn.meta?.model ?? null) : null) },
  { key: "fallback", label: { zh: "回退", en: "Fallback" }, value: ({ turn }) => (turn.role === "interviewer" ? (turn.meta?.fallback ?? null) : null) },
  {
    key: "score",
    label: { zh: "本条得分", en: "Reply score" },
    value: ({ turn }) => (turn.role === "candidate" && turn.grade && turn.kind !== "skip" ? turn.grade.score.toFixed(1) : null),
  },
];

export function factsOf<C>(fields: Field<C>[], ctx: C): Fact[] {
  const out: Fact[] = [];
  for (const f of fields) {
    const value = f.value(ctx);
    if (value !== null) out.push({ key: f.key, label: f.label, value });
  }
  return out;
}
