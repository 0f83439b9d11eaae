import type { Question } from "@/lib/bank/types";
import type { Db } from "@/lib/db/client";
import { getSessionRow, listPlan, listTurns } from "@/lib/db/session-queries";
import { pendingTurn } from "./advance";
import { InterviewError } from "./errors";
import { buildReport, type Report } from "./report";
import type { GradeLike, Phase, PlannedQuestion, QuestionSource, SessionConfig, Turn } from "./types";

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
  /**
   * The planned questions' titles and key points, to label grades. Key points (like grades, which
   * carry reference passages) are withheld until their question is finished: see revealed().
   */
  questions: Record<string, QuestionSummary>;
  report: Report | null;
}

/**
 * Which positions the browser may see the grades, key points and reference passages of. A
 * question is finished once it has been answered to the end (follow-ups included) or skipped;
 * before that its grade would hand the candidate the very point a follow-up is about to ask
 * for. With feedback "end" nothing is shown until the session itself is finished, as in a real
 * interview. Sessions saved before the option existed have no `feedback`: per question.
 */
export function revealed(status: "active" | "finished", config: SessionConfig, plan: PlannedQuestion[]): Set<number> {
  if (status === "finished") return new Set(plan.map((p) => p.position));
  if (config.feedback === "end") return new Set();
  return new Set(plan.filter((p) => p.status === "answered" || p.status === "skipped").map((p) => p.position));
}

/** A follow-up's point id names the point (e.g. "marginals-only"): withheld like the point itself. */
function redactTurn<G extends GradeLike>(t: Turn<G>, shown: Set<number>): Turn<G> {
  return shown.has(t.position) ? t : { ...t, grade: null, pointId: null };
}

export function sessionView<G extends GradeLike>(
  db: Db,
  questions: QuestionSource,
  id: string,
  opts: { gradingError?: string | null } = {},
): SessionView<G> {
  const row = getSessionRow<SessionConfig>(db, id);
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
  const shown = revealed(row.status, row.config, plan);
  const shownIds = new Set(plan.filter((p) => shown.has(p.position)).map((p) => p.questionId));
  const phase: Phase = row.phase.kind === "awaiting-follow-up" && !shown.has(row.phase.position) ? { ...row.phase, pointId: "" } : row.phase;
  return {
    id: row.id,
    status: row.status,
    config: row.config,
    phase,
    createdAt: row.createdAt,
    progress: {
      current: position === null ? plan.length : position + 1,
      total: plan.length,
      done: plan.filter((p) => p.status === "answered" || p.status === "skipped").length,
    },
    plan: plan.map((p) => p.questionId),
    current: cq ? { questionId: cq.id, title: cq.title, titleEn: cq.titleEn, chapter: cq.chapter } : null,
    grading: row.status === "active" && pendingTurn(turns) !== null,
    gradingError: row.status === "active" ? (opts.gradingError ?? null) : null,
    // "grading" above reads the real turns: a withheld grade must not look like a pending one.
    turns: turns.map((t) => redactTurn(t, shown)),
    grades: Object.fromEntries(plan.map((p) => [p.position, shown.has(p.position) ? p.grade : null])),
    questions: Object.fromEntries(
      [...byId.values()].map((q) => [
        q.id,
        {
          title: q.title,
          titleEn: q.titleEn,
          chapter: q.chapter,
          rubric: shownIds.has(q.id) ? q.rubric.map(({ id: pid, weight, zh, en }) => ({ id: pid, weight, zh, en })) : [],
        },
      ]),
    ),
    report: row.status === "finished" ? buildReport(plan, byId, { session: row, turns }) : null,
  };
}
