import {
  isThematicBreak,
  isTocHeader,
  matchChapter,
  matchMarkdownQuestion,
  matchOtherHeading,
  matchTocLink,
  readQuestionHeading,
} from "./bank-lines";
import { normalizeTitle } from "./ids";

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
}

export interface Toc {
  chapters: TocChapter[];
  /** 0-based index of the first body line. */
  bodyStart: number;
  /** False when the file has no TOC links at all. */
  found: boolean;
}

type Warn = (line: number, message: string) => void;

/** Index of the next non-blank line outside code fences at or after `from`, or -1. */
function nextNonBlank(lines: string[], fenced: boolean[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!fenced[i] && (lines[i] ?? "").trim()) return i;
  return -1;
}

const isExternal = (anchor: string) => /^[a-z][a-z0-9+.-]*:/i.test(anchor);

/**
 * Reads the table of contents: chapter headings, each followed by its question links. The TOC
 * ends at a thematic break (`---`) not followed by another chapter with links, at the first
 * question heading, or where a chapter heading repeats a TOC chapter without links under it:
 * banks mark the boundary differently. Lines inside code fences are never read.
 */
export function scanToc(lines: string[], fenced: boolean[], warn: Warn): Toc {
  const chapters: TocChapter[] = [];
  let current: TocChapter | null = null;
  let currentIndex = -1;
  let entries = 0;
  let bodyStart = lines.length;
  const titles = new Set<string>();
  const at = (i: number) => (i < 0 ? "" : (lines[i] ?? ""));
  // A new chapter with a link under it: the TOC goes on past a `---` (some banks separate chapters so).
  const tocContinues = (from: number) => {
    const j = nextNonBlank(lines, fenced, from);
    const ch = j < 0 ? null : matchChapter(at(j));
    if (!ch || chapters.some((c) => c.number === ch.number)) return false;
    const link = matchTocLink(at(nextNonBlank(lines, fenced, j + 1)));
    return link !== null && !isExternal(link.anchor);
  };

  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = lines[i] ?? "";
    if (readQuestionHeading(lines, i)) {
      // A chapter heading right above the first answer, with no links, belongs to the body.
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
      const seen = chapters.find((c) => c.number === number);
      if (seen && entries > 0 && !matchTocLink(at(nextNonBlank(lines, fenced, i + 1)))) {
        bodyStart = i;
        break;
      }
      if (seen) {
        warn(i + 1, `chapter ${number} appears twice in the table of contents (first at line ${seen.line}); entries merged`);
        current = seen;
      } else {
        current = { number, title: ch.title, line: i + 1, entries: [] };
        chapters.push(current);
      }
      currentIndex = i;
      continue;
    }
    const link = matchTocLink(line);
    // A bare link counts only inside a chapter, and never to another site (badges, citations).
    if (link && !(link.bare && (!current || isExternal(link.anchor)))) {
      if (!current) {
        warn(i + 1, `table-of-contents entry without a chapter (no "## 第N章" above it): ${link.title}`);
        continue;
      }
      const number = link.number ?? current.entries.length + 1;
      if (link.number === null) warn(i + 1, `table-of-contents entry has no "N." number; taken as ${number}`);
      current.entries.push({ number, title: link.title, anchor: link.anchor, line: i + 1 });
      titles.add(normalizeTitle(link.title));
      entries++;
      continue;
    }
    const other = matchOtherHeading(line);
    if (other !== null && !isTocHeader(line) && chapters.length > 0) {
      // A markdown question heading ("### 1. title" of a listed title) starts the body.
      if (titles.has(normalizeTitle(matchMarkdownQuestion(line)?.title ?? ""))) {
        bodyStart = i;
        break;
      }
      warn(i + 1, `heading in the table of contents is not a chapter ("## 第N章 …"): ${other}`);
      current = null;
      continue;
    }
    if (chapters.length > 0 && line.includes("](")) {
      warn(i + 1, `table-of-contents line not read as a question link: ${line.trim().slice(0, 80)}`);
    }
  }

  if (entries === 0) return { chapters: [], bodyStart: 0, found: false };
  for (const c of chapters) {
    if (c.entries.length === 0) warn(c.line, `chapter ${c.number} lists no questions in the table of contents`);
  }
  return { chapters, bodyStart, found: true };
}
