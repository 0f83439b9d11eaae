import { existsSync, statSync } from "node:fs";
import { dirname, relative, resolve, isAbsolute } from "node:path";
import { findImages, htmlImagesToMarkdown, isLocalImage } from "./answer-images";
import { chapterText, chapterTopic } from "./bank-lines";
import { readDifficulty } from "./difficulty";
import { findFences } from "./fences";
import { normalizeTitle, questionId } from "./ids";
import { matchBody, type Answer } from "./match-body";
import { bodyToc, findFileTitle, tocFromBody } from "./outline";
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
  const { fenced, unclosed } = findFences(lines);
  if (unclosed !== null) warn(unclosed, "code fence is never closed; the rest of the file is read as code");
  const ownTitle = findFileTitle(lines, fenced);
  if (ownTitle) bank.title = ownTitle;
  const fileTitle = ownTitle ?? opts.bankId;
  const toc = scanToc(lines, fenced, warn, fileTitle);
  const { chapters: body, unlisted, sections } = scanBody(lines, toc.bodyStart, fenced, bodyToc(toc.chapters));

  let tocChapters: TocChapter[] = toc.chapters;
  if (!toc.found) {
    // Without a TOC the body headings are the only question list there is: use them.
    const where = body.length ? body[0]?.line || 1 : 1;
    warn(toc.header ?? where, toc.header
      ? "the table of contents (目录) lists no entry that could be read; questions taken from the body headings"
      : "no table of contents (目录) found; questions taken from the body headings");
    tocChapters = tocFromBody(body, fileTitle);
  }
  for (const s of sections) {
    warn(s.line, `heading "${s.title}" is neither a chapter nor a question: the answer to "${s.after}" ends above it and its section is not imported`);
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

  // 【…】 names the topic only when every "第N章" chapter has one; else topics read alike.
  const zh = tocChapters.filter((c) => chapterText(c.title));
  const brackets = zh.every((c) => /【[^】]+】/.test(c.title));
  for (const tc of tocChapters) {
    const topic = chapterText(tc.title) ? chapterTopic(tc.title, brackets) : tc.title.trim() || fileTitle;
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
  // A leading "**难度评分：⭐⭐⭐ (3/5)**" is the question's difficulty, not part of its answer.
  const rated = readDifficulty(lines, answer.from, answer.to);
  if (rated) {
    q.difficulty = rated.difficulty;
    if (rated.from >= answer.to) {
      warn(answer.line, `question heading has no answer text (only a difficulty): ${e.title}`);
      return q;
    }
  }
  const from = rated ? rated.from : answer.from;
  const raw = lines.slice(from, answer.to);
  q.answer = htmlImagesToMarkdown(raw.join("\n")).trim();
  q.answerSource = "seed";
  q.answerLine = from + 1;
  q.images = findImages(raw, from + 1).map((img): BankImage => {
    const ok = exists(img.src);
    if (!ok) warn(img.line, `image not found${isLocalImage(img.src) ? "" : " (external images are not loaded)"}: ${img.src}`);
    return { ...img, exists: ok };
  });
  return q;
}
