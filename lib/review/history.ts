import type { Question } from "@/lib/bank/types";
import type { HistorySessionRow } from "@/lib/db/history-queries";

export interface SessionHistoryRow {
  id: string;
  bankId: string;
  createdAt: string;
  status: "active" | "finished";
  /** Chapters of the questions the session planned, ascending. */
  chapters: number[];
  total: number;
  done: number;
  /** As in the report: mean over questions answered or skipped (a skip counts 0). */
  score: number | null;
  durationMs: number | null;
}

export interface HistoryFilter {
  bankId?: string;
  chapter?: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const finished = (s: string) => s === "answered" || s === "skipped";

export function sessionHistory(rows: HistorySessionRow[], lookup: (id: string) => Question | null, filter: HistoryFilter = {}): SessionHistoryRow[] {
  const out: SessionHistoryRow[] = [];
  for (const r of rows) {
    if (filter.bankId && r.bankId !== filter.bankId) continue;
    const chapters = [...new Set(r.plan.map((p) => lookup(p.questionId)?.chapter).filter((c): c is number => c !== undefined))].sort((a, b) => a - b);
    if (filter.chapter !== undefined && !chapters.includes(filter.chapter)) continue;
    const done = r.plan.filter((p) => finished(p.status));
    const end = r.finishedAt ?? r.lastTurnAt;
    out.push({
      id: r.id,
      bankId: r.bankId,
      createdAt: r.createdAt,
      status: r.status,
      chapters,
      total: r.plan.length,
      done: done.length,
      score: done.length ? round1(done.reduce((s, p) => s + (p.status === "skipped" ? 0 : (p.score ?? 0)), 0) / done.length) : null,
      durationMs: end ? Math.max(0, Date.parse(end) - Date.parse(r.createdAt)) : null,
    });
  }
  return out;
}

/** One point of the mastery chart: a day, and each chapter's mastery at the end of it. */
export type MasteryPoint = { day: string } & Record<`ch${number}`, number>;

/**
 * Mastery of a chapter on a day: the mean of the latest score (a skip counts 0) of every
 * question of the chapter attempted up to the end of that day. Questions never attempted are
 * left out rather than counted as 0, so the line shows how well one knows what one has
 * practised; coverage is the separate count beside it. Days are UTC calendar days.
 */
export function masteryOverTime(rows: HistorySessionRow[], lookup: (id: string) => Question | null, filter: HistoryFilter = {}): { chapters: number[]; points: MasteryPoint[] } {
  const attempts = rows
    .filter((r) => !filter.bankId || r.bankId === filter.bankId)
    .flatMap((r) => r.plan.filter((p) => finished(p.status) && p.answeredAt))
    .map((p) => ({ q: lookup(p.questionId), score: p.status === "skipped" ? 0 : (p.score ?? 0), at: p.answeredAt as string }))
    .filter((a): a is { q: Question; score: number; at: string } => a.q !== null && (filter.chapter === undefined || a.q.chapter === filter.chapter))
    .sort((a, b) => a.at.localeCompare(b.at));
  const latest = new Map<string, { chapter: number; score: number }>();
  const points: MasteryPoint[] = [];
  const chapters = new Set<number>();
  for (let i = 0; i < attempts.length; i++) {
    const a = attempts[i]!;
    latest.set(a.q.id, { chapter: a.q.chapter, score: a.score });
    chapters.add(a.q.chapter);
    const day = a.at.slice(0, 10);
    if (attempts[i + 1]?.at.slice(0, 10) === day) continue; // the day's last attempt closes it
    const point = { day } as MasteryPoint;
    const sums = new Map<number, number[]>();
    for (const { chapter, score } of latest.values()) sums.set(chapter, [...(sums.get(chapter) ?? []), score]);
    for (const [chapter, scores] of sums) point[`ch${chapter}`] = round1(scores.reduce((s, x) => s + x, 0) / scores.length);
    points.push(point);
  }
  return { chapters: [...chapters].sort((a, b) => a - b), points };
}
