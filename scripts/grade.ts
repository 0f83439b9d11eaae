/**
 * Grade answers offline from the command line:
 *   npm run -s grade -- [--json] [--lang zh|en] [--points id,id] --question ID_OR_TITLE (--answer-file F | --answer "…")
 *   npm run -s grade -- --json --batch FILE    (JSONL lines {"question": id or exact title, "answer": "…", "lang"?, "pointIds"?})
 * With --json stdout carries only grades: one JSON object, or for --batch one line per input
 * line in order ({"questionId","score","dimensions","points":[{"id","status","evidence"}],"feedback",…},
 * or {"line","error"} for a line that cannot be graded). Logs go to stderr. --lexical skips the
 * embedding model; otherwise it is used when it can be had.
 */
import { writeOut } from "./lib/stdout-guard";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { findQuestion, findQuestionByTitle, getBanks } from "../lib/bank/load";
import type { Question } from "../lib/bank/types";
import { gradeAnswer, type Grade, type GradeContext } from "../lib/grading";
import { getEmbedder } from "../lib/retrieval/embedder";

const argsSchema = z.object({
  json: z.boolean(),
  lexical: z.boolean(),
  lang: z.enum(["zh", "en"]).optional(),
  points: z.string().min(1).optional(),
  question: z.string().trim().min(1).optional(),
  answerFile: z.string().min(1).optional(),
  answer: z.string().optional(),
  batch: z.string().min(1).optional(),
});
type Args = z.infer<typeof argsSchema>;

const batchLineSchema = z.object({
  question: z.string().trim().min(1),
  answer: z.string(),
  lang: z.enum(["zh", "en"]).optional(),
  pointIds: z.array(z.string().min(1)).min(1).optional(),
});

const USAGE =
  "usage: npm run -s grade -- [--json] [--lexical] [--lang zh|en] [--points id,…] --question ID_OR_TITLE (--answer-file F | --answer TEXT)\n" +
  "       npm run -s grade -- --json [--lexical] --batch FILE";

function parseArgs(argv: string[]): Args {
  const raw: Record<string, unknown> = { json: false, lexical: false };
  const flags: Record<string, string> = {
    "--lang": "lang",
    "--points": "points",
    "--question": "question",
    "--answer-file": "answerFile",
    "--answer": "answer",
    "--batch": "batch",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--json") raw.json = true;
    else if (a === "--lexical") raw.lexical = true;
    else if (flags[a]) raw[flags[a] as string] = argv[++i];
    else fail(`unknown argument: ${a}`);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const args = parsed.data;
  if (!args.batch && !(args.question && (args.answerFile || args.answer !== undefined))) {
    fail("give --question with --answer-file or --answer, or --batch FILE");
  }
  return args;
}

function fail(why: string): never {
  console.error(`${USAGE}\n${why}`);
  process.exit(2);
}

function lookup(ref: string): Question | null {
  const loaded = getBanks({ record: false });
  return findQuestion(ref, loaded) ?? findQuestionByTitle(ref, loaded);
}

/** The batch line: what the interview engine and evaluations need, plus flags and misconceptions. */
function compact(g: Grade): Record<string, unknown> {
  return {
    questionId: g.questionId,
    score: g.score,
    dimensions: g.dimensions,
    points: g.points.map((p) => ({ id: p.id, status: p.status, evidence: p.evidence })),
    misconceptions: g.misconceptions.map((m) => ({ pointId: m.pointId, zh: m.zh, en: m.en, evidence: m.evidence })),
    flags: g.flags,
    feedback: g.feedback,
    mode: g.mode,
  };
}

function human(q: Question, g: Grade): string {
  const lines = [`${q.title}  (${q.id})`, `score ${g.score}/10  [${g.mode}]  ${JSON.stringify(g.dimensions)}`];
  if (g.flags.length) lines.push(`flags: ${g.flags.join(", ")}`);
  for (const p of g.points) lines.push(`  ${p.status.padEnd(8)} ${p.id}${p.evidence ? `  ← ${p.evidence.slice(0, 80)}` : ""}`);
  lines.push("", g.feedback);
  return lines.join("\n");
}

async function batch(args: Args, ctx: GradeContext): Promise<void> {
  const lines = readFileSync(args.batch as string, "utf8").split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const n = i + 1;
    let out: Record<string, unknown>;
    try {
      const parsed = batchLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; "));
      const q = lookup(parsed.data.question);
      if (!q) throw new Error(`unknown question: ${parsed.data.question}`);
      const g = await gradeAnswer({ question: q, answer: parsed.data.answer, lang: parsed.data.lang ?? args.lang, pointIds: parsed.data.pointIds }, ctx);
      out = compact(g);
    } catch (err) {
      out = { line: n, error: (err as Error).message };
      console.error(`line ${n}: ${(err as Error).message}`);
    }
    await writeOut(JSON.stringify(out));
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // A one-shot run waits for the model (when it can be had) so that it grades as a warm server does.
  const ctx: GradeContext = { embedder: args.lexical ? null : await getEmbedder() };
  if (args.batch) return batch(args, ctx);
  const q = lookup(args.question as string);
  if (!q) {
    console.error(`unknown question: ${args.question}`);
    process.exit(1);
  }
  const answer = args.answerFile ? readFileSync(args.answerFile, "utf8") : (args.answer ?? "");
  const pointIds = args.points?.split(",").map((s) => s.trim()).filter(Boolean);
  const g = await gradeAnswer({ question: q, answer, lang: args.lang, pointIds }, ctx);
  await writeOut(args.json ? JSON.stringify(g) : human(q, g));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
