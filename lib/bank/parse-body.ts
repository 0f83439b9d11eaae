import { isThematicBreak, matchChapter, matchMarkdownQuestion, readQuestionHeading } from "./bank-lines";

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
}

/**
 * Whether a markdown heading, number removed, names a TOC question of the chapter numbered
 * `chapter` (null: before any chapter). Markdown headings are also answers' own subheadings, so
 * only a listed title makes one a question heading.
 */
export type IsListed = (chapter: number | null, title: string) => boolean;

/**
 * Splits the body into chapters and question headings; an answer runs to the next heading of
 * either kind. Lines inside code fences are answer text, whatever they look like.
 */
export function scanBody(lines: string[], start: number, fenced: boolean[], isListed: IsListed = () => false): Body {
  const chapters: BodyChapter[] = [];
  const unlisted: Body["unlisted"] = [];
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
      close(i);
      current = { number: ch.number, title: ch.title, line: i + 1, questions: [] };
      chapters.push(current);
      continue;
    }
    const q = readQuestionHeading(lines, i);
    if (q) {
      begin(i, q.end, q.heading);
      i = q.end;
      continue;
    }
    const md = matchMarkdownQuestion(line);
    if (md && isListed((current as BodyChapter | null)?.number ?? null, md.title)) begin(i, i, md);
    else if (md && md.number !== null) unlisted.push({ line: i + 1, title: md.title });
  }
  close(lines.length);
  return { chapters, unlisted };
}
