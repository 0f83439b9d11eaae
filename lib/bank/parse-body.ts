import {
  chapterText,
  isThematicBreak,
  matchBoldLine,
  matchChapter,
  matchMarkdownQuestion,
  matchOtherHeading,
  otherHeadingLevel,
  readQuestionHeading,
} from "./bank-lines";

export interface BodyQuestion {
  number: number | null;
  title: string;
  /** 1-based line of the heading (its first line when it spans several). */
  line: number;
  /** 0-based, half-open range of answer lines, blank edges and trailing `---` trimmed. */
  from: number;
  to: number;
}

export interface BodyChapter {
  /** null for questions that come before any chapter heading. */
  number: number | null;
  title: string;
  line: number;
  questions: BodyQuestion[];
}

export interface Body {
  chapters: BodyChapter[];
  /** Numbered markdown headings ("### 1. …") whose title no TOC entry has: read as answer text. */
  unlisted: Array<{ line: number; title: string }>;
  /** "#"/"##" headings that are neither chapter nor question and ended the answer above them. */
  sections: Array<{ line: number; title: string; after: string }>;
}

/**
 * Whether a markdown heading, number removed, names a TOC question of the chapter numbered
 * `chapter` (null: before any chapter). Markdown headings are also answers' own subheadings, so
 * only a listed title makes one a question heading.
 */
export type IsListed = (chapter: number | null, title: string) => boolean;

export interface BodyToc {
  isListed: IsListed;
  /** Number of the TOC chapter named without "第N章" that `text` names ("引言：简介", "1.OpenClaw"), else null. */
  chapterNamed: (text: string) => number | null;
  /** True when some TOC entry has this title: such a heading is a question, never a chapter. */
  isEntry: (title: string) => boolean;
}

const noToc: BodyToc = { isListed: () => false, chapterNamed: () => null, isEntry: () => false };

/** Index of the next non-blank line outside code fences after `i`, or -1. */
function nextNonBlank(lines: string[], fenced: boolean[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (!fenced[j] && (lines[j] ?? "").trim()) return j;
  return -1;
}

/**
 * Splits the body into chapters and question headings; an answer runs to the next heading of
 * either kind, or to a "#"/"##" heading that is neither (e.g. "## 参考资料"). Lines inside code
 * fences are answer text, whatever they look like.
 */
export function scanBody(lines: string[], start: number, fenced: boolean[], toc: BodyToc | IsListed = noToc): Body {
  const t: BodyToc = typeof toc === "function" ? { ...noToc, isListed: toc } : toc;
  const chapters: BodyChapter[] = [];
  const unlisted: Body["unlisted"] = [];
  const sections: Body["sections"] = [];
  let current: BodyChapter | null = null;
  let open: BodyQuestion | null = null;

  const close = (end: number) => {
    if (!open) return;
    let from = open.from; // the line after the heading, 0-based
    let to = end;
    while (from < to && !(lines[from] ?? "").trim()) from++;
    while (to > from && (!(lines[to - 1] ?? "").trim() || isThematicBreak(lines[to - 1] ?? ""))) to--;
    open.from = from;
    open.to = to;
    open = null;
  };
  const chapter = (i: number, number: number | null, title: string) => {
    close(i);
    current = { number, title, line: i + 1, questions: [] };
    chapters.push(current);
  };
  const begin = (i: number, end: number, q: { number: number | null; title: string }) => {
    close(i);
    if (!current) {
      current = { number: null, title: "", line: 0, questions: [] };
      chapters.push(current);
    }
    open = { number: q.number, title: q.title, line: i + 1, from: end + 1, to: end + 1 };
    current.questions.push(open);
  };

  for (let i = start; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = lines[i] ?? "";
    const ch = matchChapter(line);
    if (ch) {
      chapter(i, ch.number, ch.title);
      continue;
    }
    const q = readQuestionHeading(lines, i);
    if (q) {
      const h = q.heading;
      const full = h.number === null ? h.title : `${h.number}.${h.title}`;
      const zh = chapterText(h.title);
      const named = t.isEntry(h.title) ? null : t.chapterNamed(full);
      // "<h2>第一章 SVD</h2>", an <h2> naming a TOC chapter, or an <h2> with <h3> questions under it.
      const next = h.level === 2 && !zh && named === null && !t.isEntry(h.title) ? readQuestionHeading(lines, nextNonBlank(lines, fenced, q.end)) : null;
      if (zh) chapter(i, zh.number, zh.title);
      else if (named !== null) chapter(i, named, h.title);
      else if (next && next.heading.level === 3) chapter(i, h.number, h.title);
      else begin(i, q.end, h);
      i = q.end;
      continue;
    }
    const text = matchOtherHeading(line) ?? matchBoldLine(line);
    const named = text === null ? null : t.chapterNamed(text);
    if (named !== null && text !== null) {
      chapter(i, named, text);
      continue;
    }
    const md = matchMarkdownQuestion(line);
    const cur = current as BodyChapter | null;
    if (md && t.isListed(cur?.number ?? null, md.title)) {
      begin(i, i, md);
      continue;
    }
    if (md && md.number !== null) unlisted.push({ line: i + 1, title: md.title });
    const level = otherHeadingLevel(line);
    if (level !== null && level <= 2 && open) {
      // A section at the level of questions ("## 参考资料") is not part of the answer above it.
      const above: BodyQuestion = open;
      close(i);
      sections.push({ line: i + 1, title: matchOtherHeading(line) ?? "", after: above.title });
    }
  }
  close(lines.length);
  return { chapters, unlisted, sections };
}
