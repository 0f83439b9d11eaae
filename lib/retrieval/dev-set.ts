import { readFileSync } from "node:fs";
import { z } from "zod";
import { normalizeTitle } from "@/lib/bank/ids";
import type { Bank } from "@/lib/bank/types";

/**
 * One line of content/dev/retrieval-dev.jsonl: a query as a candidate would type it and the
 * question it should find, named by id or (stabler while ids may still change) by TOC title.
 */
export const devQuerySchema = z
  .object({
    query: z.string().trim().min(1),
    questionId: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    lang: z.enum(["zh", "en", "mixed"]),
    // Free text: an evaluation set may name its own kinds.
    kind: z.string().min(1),
  })
  .refine((q) => q.questionId || q.title, "each line needs questionId or title");

export type DevQuery = z.infer<typeof devQuerySchema> & { expectedId: string };

export const DEV_SET_PATH = "content/dev/retrieval-dev.jsonl";
export const EVAL_SET_PATH = "content/eval/retrieval-eval.jsonl";

/** Parses and resolves the dev set; a line that does not parse or resolve is an error naming it. */
export function loadDevSet(banks: Bank[], path = DEV_SET_PATH): DevQuery[] {
  const byTitle = new Map<string, string>();
  const ids = new Set<string>();
  for (const b of banks)
    for (const c of b.chapters)
      for (const q of c.questions) {
        byTitle.set(normalizeTitle(q.title), q.id);
        ids.add(q.id);
      }
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter((l) => l.line)
    .map(({ line, n }) => {
      const parsed = devQuerySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${n}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
      const d = parsed.data;
      const expectedId = d.questionId ?? byTitle.get(normalizeTitle(d.title ?? ""));
      if (!expectedId || !ids.has(expectedId)) throw new Error(`${path}:${n}: no question ${d.questionId ?? d.title}`);
      return { ...d, expectedId };
    });
}
