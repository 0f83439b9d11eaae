import { passageForPoint, questionPassages } from "@/lib/bank/passages";
import type { Question } from "@/lib/bank/types";
import type { GradeLike, PlannedQuestion, PointStatus } from "./types";

export interface MissedPoint {
  pointId: string;
  status: Exclude<PointStatus, "covered">;
  weight: number;
  zh: string;
  en: string;
  /** The reference passage the point was graded against. */
  passage: { id: string; text: string } | null;
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
}

export interface Report {
  /** Mean over the questions that were asked (a skipped one counts 0); null if none was. */
  overall: number | null;
  asked: number;
  answered: number;
  skipped: number;
  questions: QuestionReport[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A planned question that has since left its bank: still listed, so the report adds up. */
function removedRow(p: PlannedQuestion<GradeLike>): Omit<QuestionReport, "position"> {
  return {
    questionId: p.questionId,
    title: "（此题已从题库中移除）",
    titleEn: "(removed from its bank)",
    chapter: 0,
    status: p.status,
    score: p.status === "skipped" ? 0 : p.score,
    followUps: p.followUps,
    covered: 0,
    partial: 0,
    missed: [],
  };
}

export function buildReport<G extends GradeLike>(plan: PlannedQuestion<G>[], questions: Map<string, Question>): Report {
  const out: QuestionReport[] = [];
  for (const p of plan) {
    const q = questions.get(p.questionId);
    if (!q) {
      out.push({ ...removedRow(p), position: p.position });
      continue;
    }
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
      });
    }
    out.push({
      position: p.position,
      questionId: p.questionId,
      title: q.title,
      titleEn: q.titleEn,
      chapter: q.chapter,
      status: p.status,
      score: p.status === "skipped" ? 0 : p.score,
      followUps: p.followUps,
      covered,
      partial,
      missed: missed.sort((a, b) => b.weight - a.weight),
    });
  }
  const asked = out.filter((r) => r.status === "answered" || r.status === "skipped");
  return {
    overall: asked.length ? round1(asked.reduce((s, r) => s + (r.score ?? 0), 0) / asked.length) : null,
    asked: asked.length,
    answered: out.filter((r) => r.status === "answered").length,
    skipped: out.filter((r) => r.status === "skipped").length,
    questions: out,
  };
}
