import { readFileSync } from "node:fs";
import { z } from "zod";

/** One labelled answer of a grading set (content/dev/grading-*.jsonl, content/eval/grading-eval.jsonl). */
export const devRowSchema = z.object({
  question: z.string().min(1),
  answer: z.string(),
  label: z.number().min(0).max(10),
  // Free text: other sets (content/eval) name their own kinds ("fluent-wrong", "shallow-correct").
  kind: z.string().min(1),
  ceiling: z.number().min(0).max(10).optional(),
});
export type DevRow = z.infer<typeof devRowSchema>;

export const DEV_SET_PATH = "content/dev/grading-dev.jsonl";
/** Every dev set: all were written beside the grader and tuned on; none is held out. */
export const DEV_SET_PATHS = ["content/dev/grading-dev.jsonl", "content/dev/grading-dev2.jsonl", "content/dev/grading-adversarial.jsonl"];
export const EVAL_SET_PATH = "content/eval/grading-eval.jsonl";

/** Reads and validates the dev set; an invalid line throws with its line number. */
export function readDevSet(path = DEV_SET_PATH): DevRow[] {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      const parsed = devRowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${n}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return parsed.data;
    });
}
