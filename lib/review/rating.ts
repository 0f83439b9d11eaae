import { Rating, type Grade as FsrsGrade } from "ts-fsrs";

/** How a question left the session, as far as review is concerned. */
export interface Outcome {
  status: "answered" | "skipped";
  /** 0..10, follow-ups merged in; null when nothing was graded. */
  score: number | null;
}

/**
 * From an interview grade to an FSRS rating. FSRS ratings describe recall: Again = forgot,
 * Hard = recalled with serious effort/gaps, Good = recalled, Easy = recalled effortlessly.
 * The rubric grader's 0..10 is calibrated so that a score reads as its dev-set label
 * (lib/grading/scoring.ts: a vaguely right answer with no key point is about 2, covering 80% of
 * the rubric weight about 8.3, every reference answer ≥ 9), which lines the bands up like this:
 * - ≤ 4: the core of the answer was missing or wrong: not recalled (Again: back tomorrow).
 * - ≤ 6: the gist, but about half the weighted key points missing: recalled with serious
 *   effort (Hard: stability grows only a little).
 * - ≤ 8.5: most key points, some gaps: what an interviewer would accept (Good).
 * - > 8.5: complete, on a par with the reference answer (Easy: the longest interval).
 * A skip, a "don't know" (scored 0) or a question with no grade is Again: the candidate did
 * not produce the answer, which is exactly what spaced review must bring back soon.
 */
export function ratingFor(outcome: Outcome): FsrsGrade {
  const score = outcome.score;
  if (outcome.status === "skipped" || score === null || !Number.isFinite(score)) return Rating.Again;
  if (score <= 4) return Rating.Again;
  if (score <= 6) return Rating.Hard;
  if (score <= 8.5) return Rating.Good;
  return Rating.Easy;
}

export const RATING_NAMES = { [Rating.Again]: "again", [Rating.Hard]: "hard", [Rating.Good]: "good", [Rating.Easy]: "easy" } as const;
export type RatingName = (typeof RATING_NAMES)[FsrsGrade];
