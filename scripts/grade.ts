/**
 * Grade answers offline from the command line:
 *   npm run -s grade -- [--json] [--lang zh|en] [--points id,id] --question ID_OR_TITLE (--answer-file F | --answer "…")
 *   npm run -s grade -- --json --batch FILE    (JSONL lines {"question": id or exact title, "answer": "…", "lang"?, "pointIds"?})
 * With --json stdout carries only grades: one JSON object, or for --batch one line per input
 * line in order ({"questionId","score","dimensions","points":[{"id","status","evidence"}],"feedback",…},
 * or {"line","error"} for a line that cannot be graded). Logs go to stderr. --lexical skips the
 * embedding model; otherwise it is used when it can be had.
 * With an LLM configured (OPENAI_MODEL etc., as for the app) it grades exactly as the app does:
 * the LLM decides within the offline guards. --offline forces the offline grader. Every JSON
 * object carries "grader": "llm" | "offline", and "fallback": "<why>" when an LLM was
 * configured but not used.
 */
import { writeOut } from "./lib/stdout-guard";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { findQuestion, findQuestionByTitle, getBanks } from "../lib/bank/load";
import type { Question } from "../lib/bank/types";
import { gradeAnswer } from "../lib/grading";
import { judgeAnswer } from "../lib/grading/judge";
import type { JudgedGrade } from "../lib/grading/judged";
import { neighbourPassages } from "../lib/wiring/neighbour-passages";
import { getLlm, type Llm } from "../lib/llm/client";
import { redactSecrets } from "../lib/llm/redact";
import { getEmbedder, type Embedder } from "../lib/retrieval/embedder";
import { gradeContext } from "../lib/wiring/grade-context";

const argsSchema = z.object({
  json: z.boolean(),
  lexical: z.boolean(),
  offline: z.boolean(),
  lang: z.enum(["zh", "en"]).optional(),
  points: z.string().min(1).optional(),
  question: z.string().trim().min(1).optional(),
  answerFile: z.string().min(1).optional(),
  answer: z.string().optional(),
  batch: z.string().min(1).optional(),
});
type Args = z.infer<typeof argsSchema>;
/** The embedding model the run grades with (null: lexical); the rest of the context is the app's (lib/wiring). */
type ModelContext = { embedder: Embedder | null };

const batchLineSchema = z.object({
  question: z.string().trim().min(1),
  answer: z.string(),
  lang: z.enum(["zh", "en"]).optional(),
  pointIds: z.array(z.string().min(1)).min(1).optional(),
});

const USAGE =
  "usage: npm run -s grade -- [--json] [--lexical] [--offline] [--lang zh|en] [--points id,…] --question ID_OR_TITLE (--answer-file F | --answer TEXT)\n" +
  "       npm run -s grade -- --json [--lexical] [--offline] --batch FILE";

function parseArgs(argv: string[]): Args {
  const raw: Record<string, unknown> = { json: false, lexical: false, offline: false };
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
    else if (a === "--offline") raw.offline = true;
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
  const loaded = getBanks();
  return findQuestion(ref, loaded) ?? findQuestionByTitle(ref, loaded);
}

/** The batch line: what the interview engine and evaluations need, plus flags and misconceptions. */
function compact(g: JudgedGrade): Record<string, unknown> {
  return {
    grader: g.grader,
    ...(g.fallback ? { fallback: g.fallback } : {}),
    ...(g.model ? { model: g.model } : {}),
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

function human(q: Question, g: JudgedGrade): string {
  const by = g.grader === "llm" ? `llm ${g.model ?? ""}` : `offline ${g.mode}${g.fallback ? `, fallback: ${g.fallback}` : ""}`;
  const lines = [`${q.title}  (${q.id})`, `score ${g.score}/10  [${by}]  ${JSON.stringify(g.dimensions)}`];
  if (g.flags.length) lines.push(`flags: ${g.flags.join(", ")}`);
  for (const p of g.points) lines.push(`  ${p.status.padEnd(8)} ${p.id}${p.evidence ? `  ← ${p.evidence.slice(0, 80)}` : ""}`);
  lines.push("", g.feedback);
  return lines.join("\n");
}

/** The app's grader: the LLM (when configured and not --offline) bounded by the offline one. */
function grader(llm: Llm | null, ctx: ModelContext) {
  return (q: Question, answer: string, lang?: "zh" | "en", pointIds?: string[]) =>
    judgeAnswer(
      {
        llm,
        wantsLlm: !!llm,
        offline: (qq, a, o) => gradeAnswer({ question: qq, answer: a, ...o }, gradeContext(qq, ctx.embedder)),
        neighbours: (qq, a) => neighbourPassages(qq, a, { llm: true, dense: !!ctx.embedder, model: null }),
        log: (l) => console.error(redactSecrets(l)),
      },
      q,
      answer,
      { pointIds, lang },
    );
}

async function batch(args: Args, ctx: ModelContext): Promise<void> {
  const grade = grader(args.offline ? null : getLlm(), ctx);
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
      const g = await grade(q, parsed.data.answer, parsed.data.lang ?? args.lang, parsed.data.pointIds);
      out = compact(g);
    } catch (err) {
      out = { line: n, error: (err as Error).message };
      console.error(redactSecrets(`line ${n}: ${(err as Error).message}`));
    }
    await writeOut(JSON.stringify(out));
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // A one-shot run waits for the model (when it can be had) so that it grades as a warm server does.
  const ctx: ModelContext = { embedder: args.lexical ? null : await getEmbedder() };
  if (args.batch) return batch(args, ctx);
  const q = lookup(args.question as string);
  if (!q) {
    console.error(`unknown question: ${args.question}`);
    process.exit(1);
  }
  const answer = args.answerFile ? readFileSync(args.answerFile, "utf8") : (args.answer ?? "");
  const pointIds = args.points?.split(",").map((s) => s.trim()).filter(Boolean);
  const g = await grader(args.offline ? null : getLlm(), ctx)(q, answer, args.lang, pointIds);
  await writeOut(args.json ? JSON.stringify(g) : human(q, g));
}

main().catch((err) => {
  console.error(redactSecrets(err instanceof Error ? err.message : String(err)));
  process.exit(1);
});
