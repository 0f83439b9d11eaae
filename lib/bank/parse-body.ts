import { isThematicBreak, matchChapter, matchQuestionHeading } from "./bank-lines";

export interface BodyQuestion {
  number: number | null;
  title: string;
  /** 1-based line of the heading. */
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

/** Splits the body into chapters and question headings; an answer runs to the next heading of either kind. */
export function scanBody(lines: string[], start: number): BodyChapter[] {
  const chapters: BodyChapter[] = [];
  let current: BodyChapter | null = null;
  let open: BodyQuestion | null = null;

  const close = (end: number) => {
    if (!open) return;
    let from = open.line; // the line after the heading, 0-based
    let to = end;
    while (from < to && !(lines[from] ?? "").trim()) from++;
    while (to > from && (!(lines[to - 1] ?? "").trim() || isThematicBreak(lines[to - 1] ?? ""))) to--;
    open.from = from;
    open.to = to;
    open = null;
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const ch = matchChapter(line);
    if (ch) {
      close(i);
      current = { number: ch.number, title: ch.title, line: i + 1, questions: [] };
      chapters.push(current);
      continue;
    }
    const q = matchQuestionHeading(line);
    if (q) {
      close(i);
      if (!current) {
        current = { number: null, title: "", line: 0, questions: [] };
        chapters.push(current);
      }
      open = { number: q.number, title: q.title, line: i + 1, from: i + 1, to: i + 1 };
      current.questions.push(open);
    }
  }
  close(lines.length);
  return chapters;
}
