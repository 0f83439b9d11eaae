/**
 * Quick self-check for one authored chapter file while writing it:
 *   npx tsx scripts/check-authored.ts content/authored/aigc-video-generation/ch03-ddpm.yaml
 * Validates the schema, matches titles to the bank's table of contents and checks that every
 * key point's passage is a span of the answer, the supplement, or the seed text.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parse } from "yaml";
import { authoredChapterSchema } from "../lib/content/schema";

const strip = (s: string) => s.normalize("NFKC").replace(/[\s*_`]/g, "");

const file = process.argv[2];
if (!file) throw new Error("usage: check-authored.ts FILE");
const bankId = basename(dirname(file));
const seed = readFileSync(join("content/banks", `${bankId}.md`), "utf8");
const parsed = authoredChapterSchema.safeParse(parse(readFileSync(file, "utf8")));
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${file}: ${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
const tocTitles = new Set(
  [...seed.matchAll(/^\s*-\s*\[\d+\.\s*(.+?)\]\(/gm)].map((m) => strip(m[1] ?? "")),
);
let problems = 0;
const fail = (msg: string) => {
  problems++;
  console.error(`${file}: ${msg}`);
};
for (const q of parsed.data.questions) {
  if (!tocTitles.has(strip(q.title))) fail(`title not in the bank's TOC: ${q.title}`);
  if ((q.answer || q.supplement) && q.citations.length === 0) fail(`${q.title}: authored text without citations`);
  const haystack = strip(`${q.answer ?? ""}\n${q.supplement ?? ""}`) + (q.answer ? "" : strip(seed));
  const ids = new Set<string>();
  for (const p of q.rubric) {
    if (ids.has(p.id)) fail(`${q.title}: duplicate key point id ${p.id}`);
    ids.add(p.id);
    if (!haystack.includes(strip(p.passage))) fail(`${q.title}: ${p.id}: passage not found: ${p.passage}`);
  }
}
console.log(`${file}: ${parsed.data.questions.length} questions, ${problems} problems`);
process.exit(problems ? 1 : 0);
