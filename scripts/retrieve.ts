/**
 * Query the retriever from the command line:
 *   npm run retrieve -- [--json] [-k N] [--mode hybrid|lexical|dense] [--bank ID] "query"
 *   npm run retrieve -- --json --batch FILE      (JSONL lines {"query": "…"}; one result line each, in order)
 * With --json, stdout carries only result lines {"query","mode","hits":[{"questionId","unit","score","text"}]};
 * logs and progress go to stderr. Uses the embedding model when it can be had (building the
 * vector index first if needed), lexical retrieval otherwise (OFFLINE=1 forces that).
 */
import { writeOut } from "./lib/stdout-guard";
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { RetrievalMode, RetrieveResult } from "../lib/retrieval/types";
import { cliRetriever } from "./lib/cli-retriever";

const argsSchema = z.object({
  json: z.boolean(),
  k: z.coerce.number().int().min(1).max(50),
  mode: z.enum(["hybrid", "lexical", "dense"]).optional(),
  bank: z.string().min(1).optional(),
  batch: z.string().min(1).optional(),
  query: z.string().trim().min(1).optional(),
});

const batchLineSchema = z.object({ query: z.string().trim().min(1) });

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, unknown> = { json: false, k: 5 };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--json") raw.json = true;
    else if (a === "-k" || a === "--k") raw.k = argv[++i];
    else if (a === "--mode") raw.mode = argv[++i];
    else if (a === "--bank") raw.bank = argv[++i];
    else if (a === "--batch") raw.batch = argv[++i];
    else rest.push(a);
  }
  if (rest.length) raw.query = rest.join(" ");
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success || (!parsed.data.query && !parsed.data.batch)) {
    const why = parsed.success ? "give a query or --batch FILE" : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    console.error(`usage: npm run retrieve -- [--json] [-k N] [--mode hybrid|lexical|dense] [--bank ID] ("query" | --batch FILE)\n${why}`);
    process.exit(2);
  }
  return parsed.data;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function jsonLine(query: string, r: RetrieveResult): string {
  return JSON.stringify({
    query,
    mode: r.mode,
    hits: r.hits.map((h) => ({ questionId: h.questionId, unit: h.unit, score: round(h.score), text: h.text })),
  });
}

function humanLines(query: string, r: RetrieveResult): string {
  const lines = [`${query}  [${r.mode}]`];
  r.hits.forEach((h, i) => lines.push(`  ${i + 1}. ${h.title}  (${h.questionId}, ${h.unit}, ${round(h.score)})`, `     ${h.text.replace(/\s+/g, " ").slice(0, 120)}`));
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const retriever = cliRetriever();
  const mode: RetrievalMode | undefined = args.mode;
  // A CLI run is short: wait for the dense side rather than answer lexically while it loads.
  // (Why it stays lexical, if it does, is logged once by the embedder.)
  if (mode !== "lexical") await retriever.startIndexing();

  const queries: Array<{ query: string } | { error: string; raw: string }> = args.batch
    ? readFileSync(args.batch, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l, i) => {
          try {
            return batchLineSchema.parse(JSON.parse(l));
          } catch (e) {
            return { error: `${args.batch}:${i + 1}: not a line {"query": "…"} (${(e as Error).message.split("\n")[0]})`, raw: l };
          }
        })
    : [{ query: args.query as string }];

  let failures = 0;
  for (const q of queries) {
    if ("error" in q) {
      failures++;
      console.error(q.error);
      if (args.json) await writeOut(JSON.stringify({ query: null, error: q.error }));
      continue;
    }
    const r = await retriever.retrieve(q.query, { k: args.k, bank: args.bank, mode });
    await writeOut(args.json ? jsonLine(q.query, r) : humanLines(q.query, r));
  }
  process.exit(failures ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
