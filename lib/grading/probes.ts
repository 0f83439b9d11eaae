import { readFileSync } from "node:fs";
import { z } from "zod";
import { questionsOfBank } from "@/lib/bank/bank-questions";
import { findQuestionByTitle, getBanks } from "@/lib/bank/load";
import { gradeAnswer } from "./grade-answer";

/** One statement probe: a sentence a candidate might say, and whether it is correct. */
export const probeSchema = z.object({
  question: z.string().min(1),
  statement: z.string().min(1),
  correct: z.boolean(),
  why: z.string().optional(),
});
export type Probe = z.infer<typeof probeSchema>;

export const PROBES_DEV_PATH = "content/dev/statement-probes.jsonl";
export const PROBES_EVAL_PATH = "content/eval/statement-probes.jsonl";

export function readProbes(path: string): Array<Probe & { line: number }> {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim())
    .map(({ text, line }) => {
      const parsed = probeSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`${path}:${line}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return { ...parsed.data, line };
    });
}

export interface ProbeResult extends Probe {
  line: number;
  flagged: boolean;
  findings: string[];
}

/** Grades each statement alone, lexically, as the reply to its question; flagged = any wrong-claim finding. */
export async function probeStatements(probes: Array<Probe & { line: number }>): Promise<ProbeResult[]> {
  const loaded = getBanks();
  const out: ProbeResult[] = [];
  for (const p of probes) {
    const q = findQuestionByTitle(p.question, loaded);
    if (!q) throw new Error(`line ${p.line}: unknown question "${p.question}"`);
    const g = await gradeAnswer({ question: q, answer: p.statement }, { embedder: null, questions: questionsOfBank(loaded, q.bankId) });
    out.push({ ...p, flagged: g.misconceptions.length > 0, findings: g.misconceptions.map((m) => `${m.kind ?? "misconception"}: ${m.zh}`) });
  }
  return out;
}
