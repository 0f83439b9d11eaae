import type { Question, RubricPoint } from "./types";

/** A retrievable, citable unit of a reference answer: one paragraph, list item or formula block. */
export interface Passage {
  /** `${questionId}#${source}-${index}`: stable while the answer text is unchanged. */
  id: string;
  questionId: string;
  source: "answer" | "supplement";
  /** Enclosing headings or bold lead-ins, outermost first. */
  headingPath: string[];
  /** The passage's markdown, as written. */
  text: string;
}

/** For matching quotes against passages: NFKC, no white space, no markdown emphasis markers. */
export function normalizeForMatch(s: string): string {
  return s.normalize("NFKC").replace(/[\s*_`]/g, "");
}

const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const HEADING = /^#{1,6}\s+(.*)$/;
const BOLD_LINE = /^\*\*([^*]+)\*\*[:：]?\s*$/;
const NO_TEXT = /^(?:<\/?div[^>]*>|<img[^>]*>|!\[[^\]]*\]\([^)]*\)|\s)*$/;

function splitMarkdown(md: string): Array<{ text: string; headingPath: string[] }> {
  const out: Array<{ text: string; headingPath: string[] }> = [];
  let heading: string | null = null;
  const itemStack: Array<{ indent: number; text: string }> = [];
  let buf: string[] = [];
  let bufPath: string[] = [];
  let inMath = false;

  const path = () => [...(heading ? [heading] : []), ...itemStack.map((i) => i.text)];
  const flush = () => {
    const text = buf.join("\n").trim();
    if (text && !NO_TEXT.test(text)) out.push({ text, headingPath: bufPath });
    buf = [];
  };

  for (const line of md.split(/\r?\n/)) {
    if (inMath) {
      buf.push(line);
      if (line.trim().endsWith("$$")) {
        inMath = false;
        flush();
      }
      continue;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith("$$")) {
      flush();
      bufPath = path();
      buf.push(line);
      inMath = !(trimmed.length > 2 && trimmed.endsWith("$$"));
      if (!inMath) flush();
      continue;
    }
    if (!trimmed) {
      flush();
      itemStack.length = 0;
      continue;
    }
    const h = HEADING.exec(trimmed) ?? BOLD_LINE.exec(trimmed);
    if (h) {
      flush();
      itemStack.length = 0;
      heading = (h[1] ?? "").replace(/[*_`]/g, "").replace(/[:：]\s*$/, "").trim();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      const indent = (item[1] ?? "").length;
      while (itemStack.length && (itemStack.at(-1)?.indent ?? 0) >= indent) itemStack.pop();
      bufPath = path();
      buf.push(item[2] ?? "");
      itemStack.push({ indent, text: (item[2] ?? "").replace(/[*_`]/g, "").trim().slice(0, 40) });
      continue;
    }
    if (!buf.length) bufPath = path();
    buf.push(line);
  }
  flush();
  return out;
}

export function questionPassages(q: Pick<Question, "id" | "answer" | "supplement">): Passage[] {
  const passages: Passage[] = [];
  for (const source of ["answer", "supplement"] as const) {
    const md = q[source];
    if (!md) continue;
    splitMarkdown(md).forEach((p, i) =>
      passages.push({ id: `${q.id}#${source}-${i}`, questionId: q.id, source, ...p }),
    );
  }
  return passages;
}

/** The passage a key point rests on: the one containing its quote (null if the quote is nowhere). */
export function passageForPoint(passages: Passage[], point: Pick<RubricPoint, "passage">): Passage | null {
  const quote = normalizeForMatch(point.passage);
  if (!quote) return null;
  return passages.find((p) => normalizeForMatch(p.text).includes(quote)) ?? null;
}
