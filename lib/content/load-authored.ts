import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { displayPath } from "./content-files";
import { decodeUtf8 } from "./decode";
import {
  authoredBankSchema,
  authoredChapterSchema,
  authoredQuestionSchema,
  citationSchema,
  rubricPointSchema,
  type AuthoredBank,
  type AuthoredChapter,
} from "./schema";
import type { ContentWarning } from "./warning";
import { parseYamlFile, pathToString, type ValidYaml, type YamlPath } from "./yaml-file";

export interface LoadedAuthored {
  bank: ValidYaml<AuthoredBank> | null;
  chapters: ValidYaml<AuthoredChapter>[];
  /** Every file read, absolute, in the order read: for content hashes. */
  files: Array<{ path: string; bytes: Uint8Array }>;
  warnings: ContentWarning[];
}

export const CHAPTER_FILE = /^ch.*\.ya?ml$/i;

/**
 * Reads content/authored/<bankId>/: bank.yaml and ch*.yaml. A missing folder or file means
 * no overlay (authored content is written while the app runs); a bad file is skipped with
 * warnings and never hides the others.
 */
export function loadAuthored(dir: string): LoadedAuthored {
  const out: LoadedAuthored = { bank: null, chapters: [], files: [], warnings: [] };
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  const read = (name: string): { file: string; text: string } | null => {
    const path = join(dir, name);
    const file = displayPath(path);
    try {
      const bytes = readFileSync(path);
      out.files.push({ path, bytes });
      const { text, warnings } = decodeUtf8(bytes, file);
      out.warnings.push(...warnings);
      return { file, text };
    } catch (err) {
      out.warnings.push({ file, line: 0, message: `cannot read: ${(err as Error).message}` });
      return null;
    }
  };

  if (names.includes("bank.yaml")) {
    const f = read("bank.yaml");
    if (f) {
      const { value, warnings } = parseYamlFile(f.text, f.file, authoredBankSchema);
      out.warnings.push(...warnings);
      out.bank = value;
    }
  }
  for (const name of names.filter((n) => CHAPTER_FILE.test(n))) {
    const f = read(name);
    if (!f) continue;
    const { value, warnings } = parseYamlFile(f.text, f.file, authoredChapterSchema);
    out.warnings.push(...warnings);
    if (!value) continue;
    out.warnings.push(...unknownFields(value));
    out.chapters.push(value);
  }
  return out;
}

const CHAPTER_KEYS = Object.keys(authoredChapterSchema.shape);
const QUESTION_KEYS = Object.keys(authoredQuestionSchema.shape);
const POINT_KEYS = Object.keys(rubricPointSchema.shape);
const CITATION_KEYS = Object.keys(citationSchema.shape);

/** zod drops unknown keys silently; a misspelt "suplement" would vanish, so name it. */
function unknownFields(v: ValidYaml<AuthoredChapter>): ContentWarning[] {
  const raw = v.raw;
  const found: ContentWarning[] = [];
  const check = (obj: unknown, keys: string[], path: YamlPath) => {
    if (!obj || typeof obj !== "object" || Array.isArray(obj)) return;
    for (const k of Object.keys(obj)) {
      if (!keys.includes(k)) {
        const p = [...path, k];
        found.push({ file: v.file, line: v.lineOf(p), message: `${pathToString(p)}: unknown field, ignored` });
      }
    }
  };
  check(raw, CHAPTER_KEYS, []);
  const questions = (raw as { questions?: unknown[] } | null)?.questions ?? [];
  questions.forEach((q, i) => {
    check(q, QUESTION_KEYS, ["questions", i]);
    const { rubric = [], citations = [] } = (q ?? {}) as { rubric?: unknown[]; citations?: unknown[] };
    rubric.forEach((p, j) => check(p, POINT_KEYS, ["questions", i, "rubric", j]));
    citations.forEach((c, j) => check(c, CITATION_KEYS, ["questions", i, "citations", j]));
  });
  return found;
}
