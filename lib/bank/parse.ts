import { existsSync, statSync } from "node:fs";
import { dirname, relative, resolve, isAbsolute } from "node:path";
import { findImages, htmlImagesToMarkdown, isLocalImage } from "./answer-images";
import { chapterTopic } from "./bank-lines";
import { findFences } from "./fences";
import { normalizeTitle, questionId } from "./ids";
import { matchBody, type Answer } from "./match-body";
import { scanBody, type BodyChapter, type IsListed } from "./parse-body";
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
  const { fenced, unclosed } = findFences(lines);
  if (unclosed !== null) warn(unclosed, "code fence is never closed; the rest of the file is read as code");
  const toc = scanToc(lines, fenced, warn);
  const { chapters: body, unlisted } = scanBody(lines, toc.bodyStart, fenced, listedIn(toc.chapters));

  let tocChapters: TocChapter[] = toc.chapters;
  if (!toc.found) {
    // Without a TOC the body headings are the only question list there is: use them.
    warn(body.length ? body[0]?.line || 1 : 1, "no table of contents (目录) found; questions taken from the body headings");
    tocChapters = tocFromBody(body);
  }
  const answers = matchBody(tocChapters, body, warn);
  const total = tocChapters.reduce((n, c) => n + c.entries.length, 0);
  const first = unlisted[0];
  if (first && answers.size < total) {
    // Markdown headings are only questions when their title is listed; say so when that left
    // questions unanswered, or a bank of "### 1. …" headings would load silently empty.
    warn(first.line, `${total - answers.size} of ${total} table-of-contents entries have no answer; ` +
      `${unlisted.length} numbered markdown heading(s) match no TOC title and were read as answer text, first: ${first.title}`);
  }

  const baseDir = opts.baseDir ?? dirname(resolve(opts.file));
  const exists = opts.imageExists ?? ((src: string) => imageFileExists(baseDir, src));
  const seen = new Map<string, number>();
  // Normalised title -> the first chapter listing it: the same title in a later chapter
  // ("优缺点是什么？" under each model) is another question, told apart by its topic.
  const titleChapter = new Map<string, TocChapter>();

  for (const tc of tocChapters) {
    const topic = chapterTopic(tc.title);
    const chapter: Chapter = { number: tc.number, title: tc.title, titleEn: null, topic, questions: [] };
    for (const e of tc.entries) {
      const key = normalizeTitle(e.title);
      const owner = titleChapter.get(key) ?? tc;
      titleChapter.set(key, owner);
      const id = questionId(opts.bankId, topic, e.title, owner !== tc);
      const firstLine = seen.get(id);
      if (firstLine !== undefined) {
        warn(e.line, `duplicate question (same title as line ${firstLine}); skipped: ${e.title}`);
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

/** A markdown heading is a question when its title is listed in its chapter (any chapter if that has no number in the TOC). */
function listedIn(toc: TocChapter[]): IsListed {
  return (chapter, title) => {
    const key = normalizeTitle(title);
    const own = toc.filter((c) => c.number === chapter);
    return (own.length ? own : toc).some((c) => c.entries.some((e) => normalizeTitle(e.title) === key));
  };
}

/** For a bank without a TOC: chapters and questions as the body lists them. */
function tocFromBody(body: BodyChapter[]): TocChapter[] {
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
