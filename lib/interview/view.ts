import type { Question } from "@/lib/bank/types";
import type { Db } from "@/lib/db/client";
import { getSessionRow, listPlan, listTurns } from "@/lib/db/session-queries";
import { InterviewError } from "./errors";
import { buildReport, type Report } from "./report";
import type { GradeLike, Phase, QuestionSource, SessionConfig, Turn } from "./types";

export interface QuestionSummary {
  title: string;
  titleEn: string | null;
  chapter: number;
  rubric: Array<{ id: string; weight: number; zh: string; en: string }>;
}

/** Everything the interview page needs, in one JSON object. */
export interface SessionView<G extends GradeLike = GradeLike> {
  id: string;
  status: "active" | "finished";
  config: SessionConfig;
  phase: Phase;
  createdAt: string;
  progress: { current: number; total: number; done: number };
  /** Question ids by position. */
  plan: string[];
  current: { questionId: string; title: string; titleEn: string | null; chapter: number } | null;
  /** The reply being graded right now, if any (e.g. after a restart). */
  grading: boolean;
  /** Why the pending reply could not be graded on this read, if it could not. */
  gradingError: string | null;
  turns: Turn<G>[];
  /** The merged grade of each question, by position. */
  grades: Record<number, G | null>;
  /** The planned questions' titles and key points, to label grades. */
  questions: Record<string, QuestionSummary>;
  report: Report | null;
}

export function sessionView<G extends GradeLike>(
  db: Db,
  questions: QuestionSource,
  id: string,
  opts: { gradingError?: string | null } = {},
): SessionView<G> {
  const row = getSessionRow(db, id);
  if (!row) throw new InterviewError("not-found", `No interview session "${id}".`);
  const plan = listPlan<G>(db, id);
  const turns = listTurns<G>(db, id);
  const byId = new Map<string, Question>();
  for (const p of plan) {
    const q = questions.get(p.questionId);
    if (q) byId.set(q.id, q);
  }
  const position = row.phase.kind === "finished" ? null : row.phase.position;
  const cq = position === null ? null : byId.get(plan[position]?.questionId ?? "");
  const last = turns.at(-1);
  return {
    id: row.id,
    status: row.status,
    config: row.config,
    phase: row.phase,
    createdAt: row.createdAt,
    progress: {
      current: position === null ? plan.length : position + 1,
      total: plan.length,
      done: plan.filter((p) => p.status === "answered" || p.status === "skipped").length,
    },
    plan: plan.map((p) => p.questionId),
    current: cq ? { questionId: cq.id, title: cq.title, titleEn: cq.titleEn, chapter: cq.chapter } : null,
    grading: row.status === "active" && !!last && last.role === "candidate" && last.grade === null,
    gradingError: row.status === "active" ? (opts.gradingError ?? null) : null,
    turns,
    grades: Object.fromEntries(plan.map((p) => [p.position, p.grade])),
    questions: Object.fromEntries(
      [...byId.values()].map((q) => [
        q.id,
        {
          title: q.title,
          titleEn: q.titleEn,
          chapter: q.chapter,
          rubric: q.rubric.map(({ id: pid, weight, zh, en }) => ({ id: pid, weight, zh, en })),
        },
      ]),
    ),
    report: row.status === "finished" ? buildReport(plan, byId, { session: row, turns }) : null,
  };
}
