/** The offline rubric grader: no LLM, lexical matching with the bilingual rubric terms, dense when a model is loaded. */
export { gradeAnswer } from "./grade-answer";
export { COVERED_AT, PARTIAL_AT } from "./scoring";
export { mergeFollowUpGrade } from "./merge";
export { computeScore, credit } from "./scoring";
export {
  gradeSchema,
  pointGradeSchema,
  dimensionsSchema,
  misconceptionHitSchema,
  GRADE_FLAGS,
  POINT_STATUSES,
  type Dimensions,
  type Grade,
  type GradeContext,
  type GradeFlag,
  type GradeInput,
  type MisconceptionHit,
  type PointGrade,
  type PointStatus,
} from "./types";
