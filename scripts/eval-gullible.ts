/**
 * Junk answers through a gullible LLM grader (the fake server marks every point covered, with
 * real quotes or invented ones): how many end above their ceiling, per file:
 *   npm run -s eval:gullible
 * Reads every row with a ceiling in content/dev/*.jsonl and content/eval/grading-*.jsonl.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { findQuestionByTitle, getBanks } from "../lib/bank/load";
import { gradeAnswer } from "../lib/grading";
import { judgeAnswer } from "../lib/grading/judge";
import { getLlm } from "../lib/llm/client";
import { gradeContext } from "../lib/wiring/grade-context";
import { startFakeLlm, type GraderPersona } from "./fake-llm/server";

const rowSchema = z.object({ question: z.string(), answer: z.string(), kind: z.string(), ceiling: z.number() });
const files = [
  ...readdirSync("content/dev").filter((f) => f.startsWith("grading") && f.endsWith(".jsonl")).map((f) => join("content/dev", f)),
  ...readdirSync("content/eval").filter((f) => f.startsWith("grading") && f.endsWith(".jsonl")).map((f) => join("content/eval", f)),
];

async function main() {
  const fake = await startFakeLlm();
  const llm = getLlm({ OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "fake", OPENAI_API_KEY: "sk-eval-not-a-key", LLM_TIMEOUT_MS: "10000" });
  const loaded = getBanks();
  for (const persona of ["gullible-real", "gullible-invented"] as GraderPersona[]) {
    fake.configure({ grader: persona });
    for (const f of files) {
      const rows = readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => rowSchema.safeParse(JSON.parse(l))).flatMap((r) => (r.success ? [r.data] : []));
      if (!rows.length) continue;
      const over: string[] = [];
      for (const r of rows) {
        const q = findQuestionByTitle(r.question, loaded);
        if (!q) continue;
        const g = await judgeAnswer({ llm, wantsLlm: true, offline: (qq, a, o) => gradeAnswer({ question: qq, answer: a, ...o }, gradeContext(qq, null)) }, q, r.answer, {});
        if (g.score > r.ceiling) over.push(`${r.kind} ${g.score} > ${r.ceiling}`);
      }
      console.log(`${persona.padEnd(18)} ${f.padEnd(38)} ${over.length} of ${rows.length} over their ceiling${over.length ? `: ${over.join("; ")}` : ""}`);
    }
  }
  await fake.close();
}

main().then(() => process.exit(0), (e) => (console.error(e), process.exit(1)));
