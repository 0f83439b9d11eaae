/**
 * Statement probes: single sentences graded as replies; a correct one must raise no finding, a
 * wrong one must.
 *   npx tsx scripts/eval-statements.ts [--file content/dev/statement-probes.jsonl | --eval] [--verbose]
 */
import { probeStatements, readProbes, PROBES_DEV_PATH, PROBES_EVAL_PATH } from "../lib/grading/probes";

const args = process.argv.slice(2);
const at = args.indexOf("--file");
const file = at >= 0 ? (args[at + 1] ?? PROBES_DEV_PATH) : args.includes("--eval") ? PROBES_EVAL_PATH : PROBES_DEV_PATH;

async function main() {
  const results = await probeStatements(readProbes(file));
  const correct = results.filter((r) => r.correct);
  const wrong = results.filter((r) => !r.correct);
  const falseFlags = correct.filter((r) => r.flagged);
  const caught = wrong.filter((r) => r.flagged);
  console.log(`set: ${file}: ${results.length} statements (${correct.length} correct, ${wrong.length} wrong)`);
  console.log(`correct statements flagged:  ${falseFlags.length} of ${correct.length}`);
  console.log(`wrong statements caught:     ${caught.length} of ${wrong.length}`);
  for (const r of falseFlags) console.log(`  FALSE FLAG ${r.line}: ${r.statement}\n    ${r.findings.join(" | ")}`);
  if (args.includes("--verbose")) for (const r of wrong.filter((x) => !x.flagged)) console.log(`  missed ${r.line}: ${r.statement}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
