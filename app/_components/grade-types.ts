import type { GradeLike, PointStatus } from "@/lib/interview/types";

/** What the UI shows of a grade; lib/grading's Grade satisfies it. */
export interface DisplayGrade extends GradeLike {
  dimensions?: { correctness: number; completeness: number; depth: number; clarity: number };
  points: Array<{
    id: string;
    weight: number;
    status: PointStatus;
    evidence: string | null;
    passage?: { id: string; text: string } | null;
  }>;
  misconceptions?: Array<{ pointId: string; zh: string; en: string; evidence: string }>;
  feedback?: string;
  mode?: string;
  /** Set on grades of the interview (lib/grading/judged.ts). */
  grader?: "llm" | "offline";
  fallback?: string | null;
  model?: string;
  offlineScore?: number;
  uncapped?: number;
  references?: Array<{ id: string; source: string; text: string; own: boolean }>;
}
