import { existsSync, statSync } from "node:fs";
import { dirname, relative, resolve, isAbsolute } from "node:path";
import { findImages, htmlImagesToMarkdown, isLocalImage } from "./answer-images";
import { chapterTopic } from "./bank-lines";
import { questionId } from "./ids";
import { matchBody, type Answer } from "./match-body";
import { scanBody } from "./parse-body";
import { scanToc, type TocChapter } from "./parse-toc";
import type { Bank, BankImage, BankWarning, Chapter, Question } from "./types";

export interface ParseOptions {
  /** Path used in warnings and stored as Bank.file. */
  file: string;
  bankId: string;
  /** Folder that image paths are relative to; defaults to the folder of `file`. */
  baseDir?: string;
  /** Replaces the file-system check, e.g. in tests. */
  imageExists?: (src: string) => boolean;
}

/** True when `src` names a file inside `baseDir` (never outside it, whatever "../" it holds). */
export function imageFileExists(baseDir: string, src: string): boolean {
  if (!isLocalImage(src)) return false;
  const abs = resolve(baseDir, src);
  const rel = relative(baseDir, abs);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return false;
  try {
    return existsSync(abs) && statSync(abs).isFile();
  } catch {
    return false;
  }
}

/**
 * Parses one bank file. The table of contents defines the chapters and questions; the body
 * only attaches answers. Never throws on malformed input: problems become warnings with line.
 */
export function parseBank(text: string, opts: ParseOptions): { bank: Bank; warnings: BankWarning[] } {
  const warnings: BankWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file: opts.file, line, message });
  const bank: Bank = { id: opts.bankId, title: opts.bankId, titleEn: null, file: opts.file, chapters: [] };

  if (!text.trim()) {
    warn(0, "file is empty");
    return { bank, warnings };
  }
  const lines = text.split(/\r\n|\n|\r/);
  const toc = scanToc(lines, warn);
  const body = scanBody(lines, toc.bodyStart);

  let tocChapters: TocChapter[] = toc.chapters;
  if (!toc.found) {
    // Without a TOC the body headings are the only question list there is: use them.
    warn(body.length ? body[0]?.line || 1 : 1, "no table of contents (目录) found; questions taken from the body headings");
    tocChapters = tocFromBody(body);
  }
  const answers = matchBody(tocChapters, body, warn);

  const baseDir = opts.baseDir ?? dirname(resolve(opts.file));
  const exists = opts.imageExists ?? ((src: string) => imageFileExists(baseDir, src));
  const seen = new Map<string, number>();

  for (const tc of tocChapters) {
    const topic = chapterTopic(tc.title);
    const chapter: Chapter = { number: tc.number, title: tc.title, titleEn: null, topic, questions: [] };
    for (const e of tc.entries) {
      const id = questionId(opts.bankId, topic, e.title);
      const first = seen.get(id);
      if (first !== undefined) {
        warn(e.line, `duplicate question (same title as line ${first}); skipped: ${e.title}`);
        continue;
      }
      seen.set(id, e.line);
      const answer = answers.get(e);
      chapter.questions.push(buildQuestion(opts.bankId, tc.number, e, id, answer, lines, exists, warn));
    }
    bank.chapters.push(chapter);
  }
  // Scanning order is not file order (images are checked last): report top to bottom.
  warnings.sort((a, b) => a.line - b.line);
  return { bank, warnings };
}

function buildQuestion(
  bankId: string,
  chapter: number,
  e: { number: number; title: string },
  id: string,
  answer: Answer | undefined,
  lines: string[],
  exists: (src: string) => boolean,
  warn: (line: number, message: string) => void,
): Question {
  const q: Question = {
    id,
    bankId,
    chapter,
    number: e.number,
    title: e.title,
    titleEn: null,
    answer: null,
    answerSource: null,
    answerLine: null,
    supplement: null,
    citations: [],
    rubric: [],
    difficulty: null,
    tags: [],
  };
  if (!answer) return q;
  if (answer.to <= answer.from) {
    warn(answer.line, `question heading has no answer text: ${e.title}`);
    return q;
  }
  const raw = lines.slice(answer.from, answer.to);
  q.answer = htmlImagesToMarkdown(raw.join("\n")).trim();
  q.answerSource = "seed";
  q.answerLine = answer.from + 1;
  q.images = findImages(raw, answer.from + 1).map((img): BankImage => {
    const ok = exists(img.src);
    if (!ok) warn(img.line, `image not found${isLocalImage(img.src) ? "" : " (external images are not loaded)"}: ${img.src}`);
    return { ...img, exists: ok };
  });
  return q;
}

/** For a bank without a TOC: chapters and questions as the body lists them. */
function tocFromBody(body: ReturnType<typeof scanBody>): TocChapter[] {
  const out: TocChapter[] = [];
  for (const bc of body) {
    const number = bc.number ?? (out.at(-1)?.number ?? 0) + 1;
    let chapter = out.find((c) => c.number === number);
    if (!chapter) {
      chapter = { number, title: bc.title || `第${number}章`, line: bc.line, entries: [] };
      out.push(chapter);
    }
    for (const q of bc.questions) {
      chapter.entries.push({ number: q.number ?? chapter.entries.length + 1, title: q.title, anchor: "", line: q.line });
    }
  }
  return out;
}
