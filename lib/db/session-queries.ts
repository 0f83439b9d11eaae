import type { Db } from "./client";
import type {
  GradeLike,
  Phase,
  PlannedQuestion,
  QuestionHistory,
  StoredSessionConfig,
  Turn,
  TurnKind,
  TurnMeta,
  TurnRole,
} from "./session-rows";

/** A session as stored; `C` is the config's full type, which the engine names (its SessionConfig). */
export interface SessionRow<C extends StoredSessionConfig = StoredSessionConfig> {
  id: string;
  bankId: string;
  config: C;
  phase: Phase;
  status: "active" | "finished";
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

const parse = <T>(s: string | null): T | null => (s === null ? null : (JSON.parse(s) as T));

export function insertSession(db: Db, s: { id: string; config: StoredSessionConfig; phase: Phase; questionIds: string[] }): void {
  db.prepare("INSERT INTO sessions (id, bank_id, config, phase, status) VALUES (?, ?, ?, ?, 'active')").run(
    s.id,
    s.config.bankId,
    JSON.stringify(s.config),
    JSON.stringify(s.phase),
  );
  const add = db.prepare("INSERT INTO session_questions (session_id, position, question_id, status) VALUES (?, ?, ?, 'pending')");
  s.questionIds.forEach((qid, i) => add.run(s.id, i, qid));
}

export function getSessionRow<C extends StoredSessionConfig = StoredSessionConfig>(db: Db, id: string): SessionRow<C> | null {
  const r = db
    .prepare(
      `SELECT id, bank_id AS bankId, config, phase, status, created_at AS createdAt, updated_at AS updatedAt,
              finished_at AS finishedAt FROM sessions WHERE id = ?`,
    )
    .get(id) as (Omit<SessionRow, "config" | "phase"> & { config: string; phase: string }) | undefined;
  if (!r) return null;
  return { ...r, config: JSON.parse(r.config) as C, phase: JSON.parse(r.phase) as Phase };
}

export function updatePhase(db: Db, id: string, phase: Phase): void {
  const finished = phase.kind === "finished";
  db.prepare(
    `UPDATE sessions SET phase = ?, status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
       finished_at = CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%fZ','now') ELSE finished_at END
     WHERE id = ?`,
  ).run(JSON.stringify(phase), finished ? "finished" : "active", finished ? 1 : 0, id);
}

export function listPlan<G extends GradeLike>(db: Db, sessionId: string): PlannedQuestion<G>[] {
  const rows = db
    .prepare(
      `SELECT position, question_id AS questionId, status, follow_ups AS followUps, score, grade
       FROM session_questions WHERE session_id = ? ORDER BY position`,
    )
    .all(sessionId) as Array<Omit<PlannedQuestion<G>, "grade"> & { grade: string | null }>;
  return rows.map((r) => ({ ...r, grade: parse<G>(r.grade) }));
}

export function updatePlanned(
  db: Db,
  sessionId: string,
  position: number,
  patch: { status: PlannedQuestion["status"]; followUps?: number; grade?: GradeLike | null },
): void {
  const answered = patch.status === "answered" || patch.status === "skipped";
  db.prepare(
    `UPDATE session_questions SET status = @status,
       follow_ups = COALESCE(@followUps, follow_ups),
       grade = CASE WHEN @hasGrade THEN @grade ELSE grade END,
       score = CASE WHEN @hasGrade THEN @score ELSE score END,
       answered_at = CASE WHEN @answered THEN strftime('%Y-%m-%dT%H:%M:%fZ','now') ELSE answered_at END
     WHERE session_id = @sessionId AND position = @position`,
  ).run({
    sessionId,
    position,
    status: patch.status,
    followUps: patch.followUps ?? null,
    hasGrade: patch.grade !== undefined ? 1 : 0,
    grade: patch.grade ? JSON.stringify(patch.grade) : null,
    score: patch.grade ? patch.grade.score : patch.status === "skipped" ? 0 : null,
    answered: answered ? 1 : 0,
  });
}

export interface NewTurn {
  sessionId: string;
  position: number;
  role: TurnRole;
  kind: TurnKind;
  content: string;
  pointId?: string | null;
  meta?: TurnMeta | null;
  clientKey?: string | null;
}

export function insertTurn(db: Db, t: NewTurn): number {
  const r = db
    .prepare("INSERT INTO turns (session_id, position, role, kind, point_id, content, meta, client_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    .run(t.sessionId, t.position, t.role, t.kind, t.pointId ?? null, t.content, t.meta ? JSON.stringify(t.meta) : null, t.clientKey ?? null);
  return Number(r.lastInsertRowid);
}

/** The turn a client key was first sent with, if any: a repeated POST finds it and saves nothing. */
export function turnIdByClientKey(db: Db, sessionId: string, clientKey: string): number | null {
  const r = db.prepare("SELECT id FROM turns WHERE session_id = ? AND client_key = ?").get(sessionId, clientKey) as { id: number } | undefined;
  return r?.id ?? null;
}

/** Compare-and-set of a turn's metadata: true when `from` was still the stored value. */
export function swapTurnMeta(db: Db, turnId: number, from: TurnMeta | null, to: TurnMeta): boolean {
  const r = db.prepare("UPDATE turns SET meta = ? WHERE id = ? AND meta IS ?").run(JSON.stringify(to), turnId, from ? JSON.stringify(from) : null);
  return r.changes === 1;
}

/** The phrased line replaces the stand-in; meta records who phrased it and what it cost. */
export function setTurnPhrasing(db: Db, turnId: number, content: string, meta: TurnMeta): void {
  db.prepare("UPDATE turns SET content = ?, meta = ? WHERE id = ?").run(content, JSON.stringify(meta), turnId);
}

/** Grades a turn only if nobody has yet; false when another request already did. */
export function claimTurn(db: Db, turnId: number, grade: GradeLike): boolean {
  return db.prepare("UPDATE turns SET grade = ? WHERE id = ? AND grade IS NULL").run(JSON.stringify(grade), turnId).changes === 1;
}

export function listTurns<G extends GradeLike>(db: Db, sessionId: string): Turn<G>[] {
  const rows = db
    .prepare(
      `SELECT id, position, role, kind, point_id AS pointId, content, grade, meta, created_at AS createdAt
       FROM turns WHERE session_id = ? ORDER BY id`,
    )
    .all(sessionId) as Array<Omit<Turn<G>, "grade" | "meta"> & { grade: string | null; meta: string | null }>;
  return rows.map((r) => ({ ...r, grade: parse<G>(r.grade), meta: parse<TurnMeta>(r.meta) }));
}

/** Latest result of every question ever answered or skipped (a skip scores 0), for planning. */
export function questionHistory(db: Db): QuestionHistory[] {
  return db
    .prepare(
      `SELECT question_id AS questionId, COUNT(*) AS attempts,
              (SELECT s2.score FROM session_questions s2 WHERE s2.question_id = s.question_id AND s2.answered_at IS NOT NULL
                 ORDER BY s2.answered_at DESC LIMIT 1) AS lastScore,
              MAX(answered_at) AS lastAt,
              (SELECT c.due FROM review_cards c WHERE c.question_id = s.question_id) AS due
       FROM session_questions s WHERE answered_at IS NOT NULL GROUP BY question_id`,
    )
    .all() as QuestionHistory[];
}

export interface SessionSummary {
  id: string;
  status: "active" | "finished";
  createdAt: string;
  total: number;
  done: number;
  /** Mean score of the questions answered or skipped; null before the first. */
  overall: number | null;
}

export function listSessionSummaries(db: Db, limit = 20): SessionSummary[] {
  return db
    .prepare(
      `SELECT s.id, s.status, s.created_at AS createdAt, COUNT(q.position) AS total,
              SUM(q.status IN ('answered', 'skipped')) AS done,
              ROUND(AVG(CASE WHEN q.status IN ('answered', 'skipped') THEN COALESCE(q.score, 0) END), 1) AS overall
       FROM sessions s JOIN session_questions q ON q.session_id = s.id
       GROUP BY s.id ORDER BY s.created_at DESC LIMIT ?`,
    )
    .all(limit) as SessionSummary[];
}

export function insertGradedAnswer(db: Db, questionId: string, answer: string): number {
  return Number(db.prepare("INSERT INTO graded_answers (question_id, answer) VALUES (?, ?)").run(questionId, answer).lastInsertRowid);
}

export function setGradedAnswerGrade(db: Db, id: number, grade: GradeLike): void {
  db.prepare("UPDATE graded_answers SET grade = ? WHERE id = ?").run(JSON.stringify(grade), id);
}
