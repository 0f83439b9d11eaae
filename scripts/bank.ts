/**
 * Prints the question banks.
 *   npm run bank              per bank: "52 questions in 4 chapters, 51 answered; 3 warnings", then per chapter
 *   npm run bank -- --json    every bank as JSON on stdout, with that summary as `import`
 * Warnings always go to stderr as `file:line: message`. Exit 0 even with warnings; 1 only when
 * no bank could be read at all. CONTENT_DIR picks another content folder.
 */
import { loadBanks } from "../lib/bank/load";
import { warningsFor } from "../lib/bank/bank-warnings";
import { importSummary } from "../lib/bank/summary";
import type { Bank, LoadedBanks } from "../lib/bank/types";

function summary(bank: Bank, loaded: LoadedBanks): string {
  const qs = bank.chapters.flatMap((c) => c.questions);
  const seed = qs.filter((q) => q.answerSource === "seed").length;
  const authored = qs.filter((q) => q.answerSource === "authored").length;
  const rubric = qs.filter((q) => q.rubric.length > 0).length;
  const lines = [
    `${bank.title}${bank.titleEn ? ` (${bank.titleEn})` : ""}`,
    `  ${importSummary(bank, warningsFor(bank, loaded.warnings)).text}`,
    `  id ${bank.id} · ${bank.file}`,
    `  ${bank.chapters.length} chapters, ${qs.length} questions; answers: ${seed} seed, ${authored} authored, ${qs.length - seed - authored} none; rubric: ${rubric}/${qs.length}`,
  ];
  for (const c of bank.chapters) {
    const n = c.questions.length;
    const a = c.questions.filter((q) => q.answer !== null).length;
    const r = c.questions.filter((q) => q.rubric.length > 0).length;
    // Topic last: CJK text is double width, so padding it would not line the columns up.
    lines.push(`  ${String(c.number).padStart(2)}. ${String(n).padStart(2)} q · ${a} answered · ${r} with rubric · ${c.topic}`);
  }
  return lines.join("\n");
}

/** Each question also carries its chapter's topic, so a consumer of one question needs nothing else. */
function withTopics(bank: Bank, loaded: LoadedBanks) {
  return {
    ...bank,
    import: importSummary(bank, warningsFor(bank, loaded.warnings)),
    chapters: bank.chapters.map((c) => ({ ...c, questions: c.questions.map((q) => ({ ...q, topic: c.topic })) })),
  };
}

function main(): number {
  const json = process.argv.includes("--json");
  const loaded = loadBanks();
  for (const w of loaded.warnings) process.stderr.write(`${w.file}:${w.line}: ${w.message}\n`);
  if (json) {
    process.stdout.write(`${JSON.stringify({ banks: loaded.banks.map((b) => withTopics(b, loaded)) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${loaded.banks.map((b) => summary(b, loaded)).join("\n\n")}\n`);
  }
  return loaded.banks.length > 0 ? 0 : 1;
}

process.exitCode = main();
