import type { Db } from "./client";
import type { PlannedQuestion, StoredSessionConfig } from "./session-rows";

export interface HistorySessionRow {
  id: string;
  bankId: string;
  config: StoredSessionConfig;
  status: "active" | "finished";
  createdAt: string;
  finishedAt: string | null;
  /** Time of the session's last turn: the end of a session never finished. */
  lastTurnAt: string | null;
  plan: Array<{ position: number; questionId: string; status: PlannedQuestion["status"]; score: number | null; answeredAt: string | null }>;
}

/** Every session, newest first, with its plan (no grades: the history page needs scores only). */
export function listHistorySessions(db: Db): HistorySessionRow[] {
  const sessions = db
    .prepare(
      `SELECT s.id, s.bank_id AS bankId, s.config, s.status, s.created_at AS createdAt, s.finished_at AS finishedAt,
              (SELECT MAX(t.created_at) FROM turns t WHERE t.session_id = s.id) AS lastTurnAt
       FROM sessions s ORDER BY s.created_at DESC, s.id`,
    )
    .all() as Array<Omit<HistorySessionRow, "config" | "plan"> & { config: string }>;
  const plans = db
    .prepare(
      `SELECT session_id AS sessionId, position, question_id AS questionId, status, score, answered_at AS answeredAt
       FROM session_questions ORDER BY session_id, position`,
    )
    .all() as Array<HistorySessionRow["plan"][number] & { sessionId: string }>;
  const bySession = new Map<string, HistorySessionRow["plan"]>();
  for (const { sessionId, ...p } of plans) bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), p]);
  return sessions.map((s) => ({ ...s, config: JSON.parse(s.config) as StoredSessionConfig, plan: bySession.get(s.id) ?? [] }));
}

export interface AttemptRow {
  sessionId: string;
  sessionCreatedAt: string;
  lang: "zh" | "en";
  position: number;
  status: PlannedQuestion["status"];
  score: number | null;
  followUps: number;
  answeredAt: string | null;
  /** JSON of the merged grade, parsed by the caller. */
  grade: string | null;
  replies: Array<{ kind: string; content: string; createdAt: string }>;
}

/** Every time a question was planned into a session, oldest first, with the candidate's replies. */
export function listAttempts(db: Db, questionId: string): AttemptRow[] {
  const rows = db
    .prepare(
      `SELECT q.session_id AS sessionId, s.created_at AS sessionCreatedAt, s.config, q.position, q.status, q.score,
              q.follow_ups AS followUps, q.answered_at AS answeredAt, q.grade
       FROM session_questions q JOIN sessions s ON s.id = q.session_id
       WHERE q.question_id = ? ORDER BY s.created_at, q.session_id`,
    )
    .all(questionId) as Array<Omit<AttemptRow, "lang" | "replies"> & { config: string }>;
  const replies = db.prepare(
    `SELECT kind, content, created_at AS createdAt FROM turns
     WHERE session_id = ? AND position = ? AND role = 'candidate' ORDER BY id`,
  );
  return rows.map(({ config, ...r }) => ({
    ...r,
    lang: (JSON.parse(config) as StoredSessionConfig).lang,
    replies: replies.all(r.sessionId, r.position) as AttemptRow["replies"],
  }));
}
