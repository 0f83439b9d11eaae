import { parseNumeral } from "./numerals";

/**
 * Line shapes of a bank file, shared by the TOC and body scanners. Every pattern runs on a
 * trimmed line and none has two unbounded quantifiers over the same characters side by side:
 * a line of thousands of spaces must cost linear time, not seconds of backtracking.
 */

const CHAPTER_TEXT = /^第\s*([0-9０-９〇零一二两三四五六七八九十百千]+)\s*章/;
const TOC_WORDS = "(?:目录|目錄|contents|table of contents)";
// "# 目录", and the HTML and bold forms some banks use: '<h1 id="目录">目录</h1>', "**目录**".
const TOC_HEADER = new RegExp(`^(?:#{1,6}\\s*${TOC_WORDS}|<h([1-6])\\b[^>]*>\\s*${TOC_WORDS}\\s*</h\\1\\s*>|(?:\\*\\*|__)${TOC_WORDS}(?:\\*\\*|__))$`, "i");
// "- [3.title](#anchor) 🔥", "**[3.title](#anchor)**", "[3.title](#anchor)<br>". The anchor may
// hold balanced parentheses; what follows the link is ignored.
const LINK = /^((?:[-*+]|\d+[.)])\s+)?(?:\*\*|__)?\[(.+)\]\(((?:[^()]|\([^()]*\))*)\)(.*)$/;
const QUESTION_HEADING = /^<h([23])\b[^>]*>(.*?)<\/h\1\s*>$/i;
const QUESTION_OPEN = /^<h([23])\b[^>]*>/i;
const THEMATIC_BREAK = /^([-*_])(?:\s*\1){2,}$/;
// "3.title", "3、title", "Q3. title", "问题3、title"; never "3.1 title" (a sub-question's decimal).
const NUMBERED = /^(?:[Qq]|问题)?(\d+)(?![.．]\d)\s*[.．、]\s*(.*)$/;
const BOLD = /^(?:\*\*|__)(.+?)(?:\*\*|__)$/;

/** Lines indented four or more columns are code, never headings. */
const indentOf = (line: string) => line.length - line.trimStart().length;

/** Level (1–6) of an ATX heading line, else null. */
function atxLevel(line: string): number | null {
  if (indentOf(line) > 3) return null;
  const t = line.trim();
  let n = 0;
  while (n < t.length && t[n] === "#") n++;
  return n === 0 || n > 6 ? null : n;
}

/** "## 第一章 C ##" -> "第一章 C": the text of an ATX heading, closing #'s removed; else null. */
function headingText(line: string): string | null {
  const n = atxLevel(line);
  if (n === null) return null;
  const t = line.trim();
  const rest = t.slice(n);
  // "##第一章" was always accepted for chapters; other headings need the space markdown requires.
  if (rest && !/^\s/.test(rest) && !CHAPTER_TEXT.test(rest)) return null;
  let end = rest.length;
  while (end > 0 && rest[end - 1] === "#") end--;
  const closed = end < rest.length && (end === 0 || /\s/.test(rest[end - 1] ?? ""));
  return (closed ? rest.slice(0, end) : rest).trim();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

export interface ChapterHeading {
  number: number | null;
  /** Heading text without the leading #'s, e.g. "第一章 【T5：文本编码器】核心基础知识高频考点". */
  title: string;
}

export function chapterText(text: string): ChapterHeading | null {
  const m = CHAPTER_TEXT.exec(text);
  return m ? { number: parseNumeral(m[1] ?? ""), title: text.trim() } : null;
}

/**
 * "## 第一章 …", and the forms generated TOCs and hand-written banks use instead:
 * "**第一章 …**" and "- [第一章 …](#…)".
 */
export function matchChapter(line: string): ChapterHeading | null {
  const h = headingText(line);
  if (h !== null) return chapterText(h);
  if (indentOf(line) > 3 && !/^\s*[-*+]/.test(line)) return null;
  const t = line.trim();
  const bold = BOLD.exec(t);
  if (bold) return chapterText(bold[1] ?? "");
  const link = LINK.exec(t);
  return link ? chapterText(link[2] ?? "") : null;
}

/** A markdown heading that is not a chapter heading (its text), else null. */
export function matchOtherHeading(line: string): string | null {
  const h = headingText(line);
  return h === null || chapterText(h) ? null : h;
}

/** Level of a markdown heading that is not a chapter heading ("## 参考资料" -> 2), else null. */
export function otherHeadingLevel(line: string): number | null {
  return matchOtherHeading(line) === null ? null : atxLevel(line);
}

/** "**Qwen-VL**" -> "Qwen-VL": the text of a line that is bold and nothing else, else null. */
export function matchBoldLine(line: string): string | null {
  if (indentOf(line) > 3) return null;
  const m = BOLD.exec(line.trim());
  const text = m?.[1]?.trim();
  return text && !/\*\*|__/.test(text) ? text : null;
}

/**
 * A table-of-contents entry written as plain text: "1、问题甲？", "- 2. 问题乙？" (no link).
 * Null for anything holding a link or without a leading number.
 */
export function matchPlainEntry(line: string): { number: number; title: string } | null {
  if (indentOf(line) > 3 && !/^\s*[-*+]/.test(line)) return null;
  const t = line.trim().replace(/^[-*+]\s+/, "");
  if (t.includes("](") || t.startsWith("#") || t.startsWith("<")) return null;
  const s = splitNumbered(decodeEntities(t).replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, ""));
  return s.number !== null && s.title ? { number: s.number, title: s.title } : null;
}

/** How far a line is indented (list nesting in generated TOCs). */
export const indentWidth = (line: string) => line.replace(/\t/g, "    ").length - line.replace(/\t/g, "    ").trimStart().length;

export const isTocHeader = (line: string) => indentOf(line) <= 3 && TOC_HEADER.test(line.trim());
export const isThematicBreak = (line: string) => indentOf(line) <= 3 && THEMATIC_BREAK.test(line.trim());

/** Splits "3.title" into its number and title; number null when the text has none. */
export function splitNumbered(text: string): { number: number | null; title: string } {
  const t = text.trim();
  const m = NUMBERED.exec(t);
  return m ? { number: Number(m[1]), title: (m[2] ?? "").trim() } : { number: null, title: t };
}

export interface TocLink {
  number: number | null;
  title: string;
  anchor: string;
  /** True when the line has no list marker ("[3.title](#a)<br>"). */
  bare: boolean;
}

export function matchTocLink(line: string): TocLink | null {
  const m = LINK.exec(line.trim());
  if (!m) return null;
  const text = decodeEntities(m[2] ?? "").replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, "");
  return { ...splitNumbered(text), anchor: (m[3] ?? "").trim(), bare: !m[1] };
}

export interface QuestionHeading {
  number: number | null;
  title: string;
  id: string;
  /** 2 for <h2>, 3 for <h3>. */
  level: number;
}

/** `<h2 id="…">N.title</h2>` -> its number and title (tags stripped, entities decoded). */
export function matchQuestionHeading(line: string): QuestionHeading | null {
  const m = QUESTION_HEADING.exec(line.trim());
  if (!m) return null;
  const id = /\bid\s*=\s*"([^"]*)"/i.exec(line)?.[1] ?? "";
  const text = decodeEntities((m[2] ?? "").replace(/<[^>]*>/g, ""));
  return { ...splitNumbered(text), id, level: Number(m[1]) };
}

/** Editors wrap long headings: an `<h2 …>` left open is joined with the lines up to its `</h2>`. */
const MAX_HEADING_LINES = 6;

/** The question heading starting at line `i` (one or several lines) and its last line's index. */
export function readQuestionHeading(lines: string[], i: number): { heading: QuestionHeading; end: number } | null {
  const line = lines[i] ?? "";
  const one = matchQuestionHeading(line);
  if (one) return { heading: one, end: i };
  const open = QUESTION_OPEN.exec(line.trim());
  if (!open) return null;
  const close = new RegExp(`</h${open[1]}\\s*>`, "i");
  if (close.test(line)) return null;
  const parts = [line.trim()];
  for (let j = i + 1; j < lines.length && j < i + MAX_HEADING_LINES; j++) {
    const next = (lines[j] ?? "").trim();
    parts.push(next);
    if (close.test(next)) {
      const heading = matchQuestionHeading(parts.join(" "));
      return heading ? { heading, end: j } : null;
    }
  }
  return null;
}

/** A markdown heading read as a question heading: "### Q1. title" -> number 1, title. */
export function matchMarkdownQuestion(line: string): { number: number | null; title: string } | null {
  const text = matchOtherHeading(line);
  return text === null ? null : splitNumbered(decodeEntities(text));
}

/**
 * "第一章 【T5：文本编码器】核心…" -> "T5：文本编码器"; without 【…】, the title after "第N章"
 * and its separator ("第一章：CLIP 系列" -> "CLIP 系列"). `brackets` false: always the latter,
 * for banks where only some chapters have a 【…】 (their topics must read like their siblings').
 */
export function chapterTopic(title: string, brackets = true): string {
  const bracket = brackets ? /【([^】]+)】/.exec(title)?.[1] : undefined;
  if (bracket) return bracket.trim();
  return title.replace(/^第\s*[^章]+章[：:、.\s-]*/, "").trim() || title.trim();
}
