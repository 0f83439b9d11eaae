import {
  isThematicBreak,
  isTocHeader,
  matchChapter,
  matchOtherHeading,
  matchQuestionHeading,
  matchTocLink,
} from "./bank-lines";
import type { BankWarning } from "./types";

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

function nextNonBlank(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? "").trim()) return lines[i] ?? "";
  return "";
}

/**
 * Reads the table of contents: chapter headings, each followed by its question links. The TOC
 * ends at a thematic break (`---`), at the first `<h2>` question heading, or where a chapter
 * heading repeats a TOC chapter without links under it: banks mark the boundary differently.
 */
export function scanToc(lines: string[], warn: Warn): Toc {
  const chapters: TocChapter[] = [];
  let current: TocChapter | null = null;
  let currentIndex = -1;
  let entries = 0;
  let bodyStart = lines.length;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (matchQuestionHeading(line)) {
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
      bodyStart = i + 1;
      break;
    }
    const ch = matchChapter(line);
    if (ch) {
      const number = ch.number ?? (chapters.at(-1)?.number ?? 0) + 1;
      if (ch.number === null) warn(i + 1, `chapter heading has no readable number; taken as chapter ${number}`);
      const seen = chapters.find((c) => c.number === number);
      if (seen && entries > 0 && !matchTocLink(nextNonBlank(lines, i + 1))) {
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
    if (link) {
      if (!current) {
        warn(i + 1, `table-of-contents entry without a chapter (no "## 第N章" above it): ${link.title}`);
        continue;
      }
      const number = link.number ?? current.entries.length + 1;
      if (link.number === null) warn(i + 1, `table-of-contents entry has no "N." number; taken as ${number}`);
      current.entries.push({ number, title: link.title, anchor: link.anchor, line: i + 1 });
      entries++;
      continue;
    }
    const other = matchOtherHeading(line);
    if (other !== null && !isTocHeader(line) && chapters.length > 0) {
      warn(i + 1, `heading in the table of contents is not a chapter ("## 第N章 …"): ${other}`);
      current = null;
    }
  }

  if (entries === 0) return { chapters: [], bodyStart: 0, found: false };
  for (const c of chapters) {
    if (c.entries.length === 0) warn(c.line, `chapter ${c.number} lists no questions in the table of contents`);
  }
  return { chapters, bodyStart, found: true };
}
