import { indentWidth, matchBoldLine, matchOtherHeading, matchTocLink, splitNumbered } from "./bank-lines";

/** A line of the TOC with what the scanner knows around it. */
export interface TocLine {
  lines: string[];
  fenced: boolean[];
  /** 0-based index of the line. */
  i: number;
  /** A 目录 heading came before. */
  header: boolean;
  /** Indent of a nested TOC's chapter links, once known. */
  nestIndent: number | null;
  /** A chapter is open that is not a nested list's: indented links under a link are sub-questions ("3.1"). */
  inChapter: boolean;
}

export interface ChapterLike {
  number: number | null;
  title: string;
  /** Indent of the chapter link when the TOC is a nested list, else null. */
  nested: number | null;
}

function nextLine(t: TocLine): string {
  for (let j = t.i + 1; j < t.lines.length; j++) {
    const line = t.lines[j] ?? "";
    if (!t.fenced[j] && line.trim()) return line;
  }
  return "";
}

/**
 * A TOC line that names a chapter without "第N章": below a 目录 heading, a heading or a bold line
 * ("## 引言：简介", "**Qwen-VL**"; a chapter only when entries follow, which the caller checks);
 * in a nested list, a link with links indented under it ("- [1.OpenClaw](#…)").
 */
export function chapterLike(t: TocLine): ChapterLike | null {
  const line = t.lines[t.i] ?? "";
  const link = matchTocLink(line);
  if (link) {
    if (t.inChapter && t.nestIndent === null) return null;
    if (link.bare || !link.anchor.startsWith("#") && !t.header) return null;
    const w = indentWidth(line);
    const next = nextLine(t);
    const deeper = matchTocLink(next) !== null && indentWidth(next) > w;
    const outer = t.nestIndent !== null && w <= t.nestIndent;
    return deeper || outer ? { number: link.number, title: link.title, nested: w } : null;
  }
  if (!t.header) return null;
  const text = matchOtherHeading(line) ?? matchBoldLine(line);
  if (text === null || text.includes("](")) return null;
  const s = splitNumbered(text);
  return s.title ? { number: s.number, title: s.title, nested: null } : null;
}

/**
 * Chapters named without a number take the next number after the chapter before them that no
 * numbered chapter uses; one ahead of "第一章" (an introduction) is chapter 0.
 */
export function numberByPosition(chapters: Array<{ number: number }>) {
  const used = new Set(chapters.filter((c) => c.number >= 0).map((c) => c.number));
  let prev = 0;
  chapters.forEach((c, k) => {
    if (c.number < 0) {
      let n = k === 0 && used.has(1) && !used.has(0) ? 0 : prev + 1;
      while (used.has(n)) n++;
      c.number = n;
      used.add(n);
    }
    prev = c.number;
  });
}
