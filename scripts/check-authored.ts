/**
 * Self-check for one authored chapter file while writing it:
 *   npx tsx scripts/check-authored.ts content/authored/aigc-video-generation/ch03-ddpm.yaml
 * Loads the banks as the app does, prints the loader's warnings about that file (schema
 * fields, titles matching no question, missing citations) and every key point of the file's
 * chapter whose passage is not a span of its question's reference answer or supplement.
 */
import { basename, dirname, resolve } from "node:path";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { loadBanks } from "../lib/bank/load";
import { passageForPoint, questionPassages } from "../lib/bank/passages";

const file = process.argv[2];
if (!file) throw new Error("usage: check-authored.ts FILE");
const bankId = basename(dirname(file));
const chapterNo = (parse(readFileSync(file, "utf8")) as { chapter?: unknown } | null)?.chapter;
const loaded = loadBanks({ contentDir: resolve(dirname(file), "..", "..") });

const problems = loaded.warnings
  .filter((w) => resolve(w.file) === resolve(file))
  .map((w) => `${w.file}:${w.line}: ${w.message}`);
const chapter = loaded.banks.find((b) => b.id === bankId)?.chapters.find((c) => c.number === chapterNo);
if (!chapter) problems.push(`${file}: no chapter ${String(chapterNo)} in bank ${bankId}`);
for (const q of chapter?.questions ?? []) {
  const passages = questionPassages(q);
  for (const p of q.rubric) {
    if (!passageForPoint(passages, p)) problems.push(`${file}: ${q.title}: ${p.id}: passage not found: ${p.passage}`);
  }
}
for (const p of problems) console.error(p);
console.log(`${file}: ${chapter?.questions.length ?? 0} questions, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
