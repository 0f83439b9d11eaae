import type { Question } from "@/lib/bank/types";
import type { AttemptRow } from "@/lib/db/history-queries";
import type { GradeLike, PointStatus } from "@/lib/interview/types";

export interface Attempt {
  sessionId: string;
  at: string;
  status: AttemptRow["status"];
  /** null while not finished (asked but the session moved on or ended). */
  score: number | null;
  followUps: number;
  missed: Array<{ pointId: string; status: Exclude<PointStatus, "covered">; zh: string; en: string }>;
  replies: AttemptRow["replies"];
}

/**
 * Every attempt at a question with what it missed, judged against the rubric as it is now: a
 * point the grade does not mention counts as missing, as in the report. Attempts planned but
 * never reached are left out; those shown but not answered are kept (score null).
 */
export function questionAttempts(rows: AttemptRow[], q: Question): Attempt[] {
  return rows
    .filter((r) => r.status !== "pending")
    .map((r) => {
      const grade = r.grade ? (JSON.parse(r.grade) as GradeLike) : null;
      const statusOf = new Map((grade?.points ?? []).map((p) => [p.id, p.status]));
      const finished = r.status === "answered" || r.status === "skipped";
      const missed = finished
        ? q.rubric.flatMap((p) => {
            const status = statusOf.get(p.id) ?? "missing";
            return status === "covered" ? [] : [{ pointId: p.id, status, zh: p.zh, en: p.en }];
          })
        : [];
      return {
        sessionId: r.sessionId,
        at: r.answeredAt ?? r.sessionCreatedAt,
        status: r.status,
        score: r.status === "skipped" ? 0 : finished ? r.score : null,
        followUps: r.followUps,
        missed,
        replies: r.replies,
      };
    });
}
