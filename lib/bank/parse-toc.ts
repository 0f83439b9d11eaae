import {
  isThematicBreak,
  isTocHeader,
  matchChapter,
  matchMarkdownQuestion,
  matchOtherHeading,
  matchPlainEntry,
  matchTocLink,
  readQuestionHeading,
} from "./bank-lines";
import { normalizeTitle } from "./ids";
import { chapterLike, numberByPosition, type TocLine } from "./toc-lines";

export interface TocEntry {
  number: number;
  title: string;
  anchor: string;
  line: number;
}

export interface TocChapter {
  number: number;
  title: string;
  line: number;
  entries: TocEntry[];
  /** False for a chapter the TOC names without "第N章" or "N." (引言, **Qwen-VL**): numbered by position. */
  numbered: boolean;
  /** The one chapter of a TOC that lists questions without chapters, named after the file. */
  implicit?: boolean;
}

export interface Toc {
  chapters: TocChapter[];
  /** 0-based index of the first body line. */
  bodyStart: number;
  /** False when the file has no TOC entries at all. */
  found: boolean;
  /** 1-based line of the 目录 heading, null when there is none. */
  header: number | null;
}

type Warn = (line: number, message: string) => void;

/** Index of the next non-blank line outside code fences at or after `from`, or -1. */
function nextNonBlank(lines: string[], fenced: boolean[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!fenced[i] && (lines[i] ?? "").trim()) return i;
  return -1;
}

const isExternal = (anchor: string) => /^[a-z][a-z0-9+.-]*:/i.test(anchor);

/**
 * Reads the table of contents: chapter headings, each followed by its question entries. The TOC
 * ends at a thematic break (`---`) not followed by another chapter with entries, at the first
 * question heading, or where a chapter heading repeats a TOC chapter without entries under it:
 * banks mark the boundary differently. Lines inside code fences are never read.
 *
 * Below a 目录 heading the TOC may also name chapters without "第N章" (any heading, bold line or,
 * in a nested list, the outer link, when entries follow), list entries as plain "1、title" lines,
 * or list entries with no chapter at all: those make one chapter titled `fileTitle`.
 */
export function scanToc(lines: string[], fenced: boolean[], warn: Warn, fileTitle = ""): Toc {
  const chapters: TocChapter[] = [];
  let current: TocChapter | null = null;
  let currentIndex = -1;
  let entries = 0;
  let bodyStart = lines.length;
  let header: number | null = null;
  /** Indent of the chapter links of a nested TOC, once one is seen. */
  let nestIndent: number | null = null;
  const titles = new Set<string>();
  const at = (i: number) => (i < 0 ? "" : (lines[i] ?? ""));
  const tl = (i: number): TocLine => ({ lines, fenced, i, header: header !== null, nestIndent, inChapter: current !== null });
  const entryAt = (j: number) => {
    if (j < 0) return false;
    const link = matchTocLink(at(j));
    if (link) return !isExternal(link.anchor);
    return header !== null && matchPlainEntry(at(j)) !== null;
  };
  const sameChapter = (title: string) => chapters.find((c) => normalizeTitle(c.title) === normalizeTitle(title));
  // A new chapter with an entry under it: the TOC goes on past a `---` (some banks separate chapters so).
  const tocContinues = (from: number) => {
    const j = nextNonBlank(lines, fenced, from);
    if (j < 0) return false;
    const ch = matchChapter(at(j));
    if (ch) {
      if (chapters.some((c) => c.numbered && c.number === ch.number)) return false;
      const link = matchTocLink(at(nextNonBlank(lines, fenced, j + 1)));
      return link !== null && !isExternal(link.anchor);
    }
    const like = chapterLike(tl(j));
    return like !== null && !sameChapter(like.title) && entryAt(nextNonBlank(lines, fenced, j + 1));
  };
  // Chapters without a number get theirs from their position once the TOC is read (-1 until then).
  const open = (i: number, number: number | null, title: string, numbered: boolean, implicit = false): TocChapter => {
    const c: TocChapter = { number: number ?? -1, title, line: i + 1, entries: [], numbered, ...(implicit ? { implicit } : {}) };
    chapters.push(c);
    current = c;
    currentIndex = i;
    return c;
  };
  const add = (c: TocChapter, number: number | null, title: string, anchor: string, i: number) => {
    const n = number ?? c.entries.length + 1;
    if (number === null) warn(i + 1, `table-of-contents entry has no "N." number; taken as ${n}`);
    c.entries.push({ number: n, title, anchor, line: i + 1 });
    titles.add(normalizeTitle(title));
    entries++;
  };

  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = lines[i] ?? "";
    if (isTocHeader(line)) {
      header ??= i + 1;
      continue;
    }
    if (readQuestionHeading(lines, i)) {
      // A chapter heading right above the first answer, with no entries, belongs to the body.
      if (current && current.entries.length === 0 && chapters.at(-1) === current) {
        chapters.pop();
        bodyStart = currentIndex;
      } else {
        bodyStart = i;
      }
      break;
    }
    if (entries > 0 && isThematicBreak(line)) {
      if (tocContinues(i + 1)) continue;
      bodyStart = i + 1;
      break;
    }
    const ch = matchChapter(line);
    if (ch) {
      const number = ch.number ?? (chapters.at(-1)?.number ?? 0) + 1;
      if (ch.number === null) warn(i + 1, `chapter heading has no readable number; taken as chapter ${number}`);
      const seen = chapters.find((c) => c.numbered && c.number === number);
      if (seen && entries > 0 && !matchTocLink(at(nextNonBlank(lines, fenced, i + 1)))) {
        bodyStart = i;
        break;
      }
      if (seen) {
        warn(i + 1, `chapter ${number} appears twice in the table of contents (first at line ${seen.line}); entries merged`);
        current = seen;
        currentIndex = i;
      } else {
        open(i, number, ch.title, true);
      }
      continue;
    }
    // A markdown question heading ("### 1. title" of a listed title) starts the body.
    if (entries > 0 && matchOtherHeading(line) !== null && titles.has(normalizeTitle(matchMarkdownQuestion(line)?.title ?? ""))) {
      bodyStart = i;
      break;
    }
    const like = chapterLike(tl(i));
    if (like) {
      const next = nextNonBlank(lines, fenced, i + 1);
      const seen = sameChapter(like.title);
      if (seen && entries > 0 && !entryAt(next)) {
        bodyStart = i; // the body repeats a chapter the TOC named
        break;
      }
      if (like.nested !== null) nestIndent = like.nested;
      if (entryAt(next) || like.nested !== null) {
        if (seen) {
          current = seen;
          currentIndex = i;
        } else {
          open(i, like.number, like.title, like.number !== null);
        }
        continue;
      }
    }
    const link = matchTocLink(line);
    // A bare link counts only inside a chapter, and never to another site (badges, citations).
    const host: TocChapter | null = current;
    if (link && !(link.bare && (!host || isExternal(link.anchor)))) {
      // Entries above any chapter: a flat TOC, read as one chapter named after the file.
      const flat = !host && chapters.length === 0 && !isExternal(link.anchor) && (header !== null || link.anchor.startsWith("#"));
      const target = host ?? (flat ? open(i, null, fileTitle, false, true) : null);
      if (!target) {
        warn(i + 1, `table-of-contents entry without a chapter (no "## 第N章" above it): ${link.title}`);
        continue;
      }
      add(target, link.number, link.title, link.anchor, i);
      continue;
    }
    // Plain "1、title" entries, in a chapter that lists no links (or as a flat TOC of them).
    const plain = header !== null && !link ? matchPlainEntry(line) : null;
    if (plain && (host ? host.entries.every((e) => !e.anchor) : chapters.length === 0)) {
      add(host ?? open(i, null, fileTitle, false, true), plain.number, plain.title, "", i);
      continue;
    }
    const other = matchOtherHeading(line);
    if (other !== null && chapters.length > 0) {
      warn(i + 1, `heading in the table of contents is not a chapter (no entries under it): ${other}`);
      current = null;
      continue;
    }
    if (chapters.length > 0 && line.includes("](")) {
      warn(i + 1, `table-of-contents line not read as a question link: ${line.trim().slice(0, 80)}`);
    }
  }

  if (entries === 0) return { chapters: [], bodyStart: 0, found: false, header };
  numberByPosition(chapters);
  const implicit = chapters.find((c) => c.implicit);
  if (implicit && chapters.length > 1) {
    warn(implicit.line, `table-of-contents entries come before the first chapter heading; read as chapter ${implicit.number} "${implicit.title}"`);
  }
  for (const c of chapters) {
    if (c.entries.length === 0) warn(c.line, `chapter ${c.number} lists no questions in the table of contents`);
  }
  return { chapters, bodyStart, found: true, header };
}
