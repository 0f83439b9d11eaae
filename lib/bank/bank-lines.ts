import { parseNumeral } from "./numerals";

/** Line shapes of a bank file, shared by the TOC and body scanners. */

const CHAPTER = /^\s{0,3}#{1,6}\s*(第\s*([0-9０-９〇零一二两三四五六七八九十百千]+)\s*章.*?)\s*#*\s*$/;
const MD_HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const TOC_HEADER = /^\s{0,3}#{1,6}\s*(?:目录|目錄|contents|table of contents)\s*$/i;
// "- [3.title](#anchor)"; the anchor may hold parentheses, so take the link up to the last ")".
const TOC_LINK = /^\s*(?:[-*+]|\d+[.)])\s+\[(.+)\]\((.*)\)\s*$/;
const QUESTION_HEADING = /^\s*<h([23])\b[^>]*>(.*?)<\/h\1\s*>\s*$/i;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const NUMBERED = /^(\d+)\s*[.．、]\s*(.*)$/;

export interface ChapterHeading {
  number: number | null;
  /** Heading text without the leading #'s, e.g. "第一章 【T5：文本编码器】核心基础知识高频考点". */
  title: string;
}

export function matchChapter(line: string): ChapterHeading | null {
  const m = CHAPTER.exec(line);
  if (!m) return null;
  return { number: parseNumeral(m[2] ?? ""), title: (m[1] ?? "").trim() };
}

/** A markdown heading that is not a chapter heading (its text), else null. */
export function matchOtherHeading(line: string): string | null {
  if (CHAPTER.test(line)) return null;
  return MD_HEADING.exec(line)?.[1] ?? null;
}

export const isTocHeader = (line: string) => TOC_HEADER.test(line);
export const isThematicBreak = (line: string) => THEMATIC_BREAK.test(line);

/** Splits "3.title" into its number and title; number null when the text has none. */
export function splitNumbered(text: string): { number: number | null; title: string } {
  const t = text.trim();
  const m = NUMBERED.exec(t);
  return m ? { number: Number(m[1]), title: (m[2] ?? "").trim() } : { number: null, title: t };
}

export function matchTocLink(line: string): { number: number | null; title: string; anchor: string } | null {
  const m = TOC_LINK.exec(line);
  if (!m) return null;
  return { ...splitNumbered(m[1] ?? ""), anchor: (m[2] ?? "").trim() };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** `<h2 id="…">N.title</h2>` -> its number and title (tags stripped, entities decoded). */
export function matchQuestionHeading(line: string): { number: number | null; title: string; id: string } | null {
  const m = QUESTION_HEADING.exec(line);
  if (!m) return null;
  const id = /\bid\s*=\s*"([^"]*)"/i.exec(line)?.[1] ?? "";
  const text = decodeEntities((m[2] ?? "").replace(/<[^>]*>/g, ""));
  return { ...splitNumbered(text), id };
}

/** "第一章 【T5：文本编码器】核心…" -> "T5：文本编码器"; without 【…】, the title after "第N章". */
export function chapterTopic(title: string): string {
  const bracket = /【([^】]+)】/.exec(title)?.[1];
  if (bracket) return bracket.trim();
  return title.replace(/^第\s*[^章]+章\s*/, "").trim() || title.trim();
}
