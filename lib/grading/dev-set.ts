import { readFileSync } from "node:fs";
import { z } from "zod";

/** One labelled answer of content/dev/grading-dev.jsonl. */
export const devRowSchema = z.object({
  question: z.string().min(1),
  answer: z.string(),
  label: z.number().min(0).max(10),
  kind: z.enum([
    "excellent",
    "good",
    "partial",
    "weak",
    "wrong",
    "off-topic",
    "term-list",
    "repeat-question",
    "injection",
    "empty",
    "dont-know",
    "filler",
    "english",
  ]),
  ceiling: z.number().min(0).max(10).optional(),
});
export type DevRow = z.infer<typeof devRowSchema>;

export const DEV_SET_PATH = "content/dev/grading-dev.jsonl";

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
