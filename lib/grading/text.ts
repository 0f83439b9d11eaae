/** Text helpers shared by the grader: normalisation and splitting an answer into sentences. */
import { latexToPlain, MATH_SPAN, mathToPlain } from "./latex";

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
const SCRIPT_DIGIT = new RegExp(`[${SUPERSCRIPTS}${SUBSCRIPTS}]`, "g");

/**
 * NFKC, keeping exponents and indices: plain NFKC turns "σ_t²" into "σ_t2" and "x₀" into "x0",
 * while rubric terms and LaTeX read as "σ_t^2" and "x_0".
 */
export function nfkc(s: string): string {
  return s
    .replace(SCRIPT_DIGIT, (d) => (SUPERSCRIPTS.includes(d) ? `^${SUPERSCRIPTS.indexOf(d)}` : `_${SUBSCRIPTS.indexOf(d)}`))
    .normalize("NFKC");
}

/** nfkc, lower case, dashes as "-", runs of white space collapsed. */
export function normalizeText(s: string): string {
  return nfkc(s)
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export interface Sentence {
  /** As the candidate wrote it (trimmed, list markers and markdown emphasis removed): what evidence quotes. */
  text: string;
  /** The text with LaTeX read as plain symbols ("1/√α_t"): what tokens and terms are matched in. */
  plain: string;
  /** normalizeText(plain). */
  norm: string;
  index: number;
}

// Abbreviations whose trailing period does not end an English sentence.
const ABBREV = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf|\bfig|\beq|\bal)\.$/i;
// "1." but not "0.235": a list number is not followed by a digit.
const LIST_MARKER = /^(?:[-*+•·]\s+|\(?\d{1,2}[.)、）](?!\d)\s*|[①-⑩]\s*|[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+[、.]\s*)/;
const ENUMERATOR = /^\s*\(?\d{1,2}\.$/;
const MATH_AT = new RegExp(MATH_SPAN.source, "y");
const ONLY_MATH = new RegExp(`^(?:\\s*(?:${MATH_SPAN.source}))+\\s*$`);

// Only real tags: "t<T 且 x>0" is not one.
const HTML_TAG = /<\/?(?:br|p|div|span|img|sup|sub|b|i|u|em|strong|code|pre|a|ul|ol|li|hr|table|tr|td|th|center|font)\b[^>]*>/gi;

/** Markdown a candidate would not type (emphasis, headings, links, tags) removed; math left alone. */
export function stripMarkdown(line: string): string {
  const parts = line.split(new RegExp(`(${MATH_SPAN.source})`));
  return parts
    .map((p, i) =>
      i % 2
        ? p
        : p
            .replace(/^\s{0,3}#{1,6}\s+/, "")
            .replace(/^\s*>\s?/, "")
            .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
            .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
            .replace(HTML_TAG, " ")
            .replace(/\*\*|__|`+/g, "")
            .replace(/(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, "$1"),
    )
    .join("");
}

/** Display math ("$$ … $$") may run over several lines: join them into one. */
function logicalLines(answer: string): string[] {
  const out: string[] = [];
  let open = "";
  for (const line of answer.split(/\r?\n/)) {
    open = open ? `${open} ${line}` : line;
    if ((open.match(/\$\$/g)?.length ?? 0) % 2 === 0) {
      out.push(open);
      open = "";
    }
  }
  if (open) out.push(open);
  return out.filter((l) => l.trim());
}

const ENDS_SENTENCE = /[。！？.!?]\s*$/;

/**
 * Sentences: Chinese ends at 。！？ and new lines; English at . ! ? followed by white space
 * (not after e.g./i.e., not inside numbers like 0.1, not a list number "1."). A semicolon does
 * not end a sentence: it joins the parts of one statement ("人工评测：成对比较；报告标注者一致性"),
 * and a key point is often stated across them, as across "，所以…". Math is never split, and a
 * formula on a line of its own continues the sentence it completes ("…然后更新" + "$$x_{t-1}=…$$").
 */
export function splitSentences(answer: string): Sentence[] {
  const out: Sentence[] = [];
  const make = (text: string, index: number): Sentence => {
    const plain = mathToPlain(text).trim();
    return { text, plain, norm: normalizeText(plain), index };
  };
  const push = (raw: string) => {
    const text = raw.replace(LIST_MARKER, "").trim();
    if (text && /[\p{L}\p{N}]/u.test(text)) out.push(make(text, out.length));
  };
  for (const raw of logicalLines(nfkc(answer))) {
    const line = stripMarkdown(raw);
    const last = out.at(-1);
    if (last && ONLY_MATH.test(line) && !ENDS_SENTENCE.test(last.text)) {
      out[out.length - 1] = make(`${last.text} ${line.trim()}`, last.index);
      continue;
    }
    let buf = "";
    for (let i = 0; i < line.length; i++) {
      MATH_AT.lastIndex = i;
      const math = line[i] === "$" ? MATH_AT.exec(line) : null;
      if (math) {
        buf += math[0];
        i += math[0].length - 1;
        continue;
      }
      const ch = line[i] ?? "";
      buf += ch;
      if ("。！？!?".includes(ch)) {
        push(buf);
        buf = "";
      } else if (ch === "." && /\s/.test(line[i + 1] ?? " ") && !ABBREV.test(buf) && !ENUMERATOR.test(buf)) {
        push(buf);
        buf = "";
      }
    }
    push(buf);
  }
  return out;
}

/** Clauses, for negation scope and list detection: a negation word reaches to the end of its clause, not further. */
export function splitClauses(sentence: string): string[] {
  return sentence.split(/[，,、:：;；()（）]|\s[-–—]\s/).filter((c) => c.trim());
}

// A formula stating a relation ("μ = 1/d Σ x_i") is a statement; a lone symbol ("$x$") is a word.
const RELATION = /[=≈≤≥<>~→←∝≠∈⇒⇔]/;
const EQUATION_WORDS = 4;
const OPEN = "([{（【";
const CLOSE = ")]}）】";

/**
 * Word lengths of a sentence's top-level clauses, grouped by the semicolons that join its parts,
 * for telling a list from a statement. Commas and colons inside brackets ("（如 translate:、
 * summarize:）") or between digits ("16:9", "16,384") do not separate clauses, and an aside
 * counts towards its clause: "ITC（图文对比：…）" is an explained item, not a bare term.
 */
export function clauseLengths(text: string): number[][] {
  const s = text.replace(MATH_SPAN, (m) => (RELATION.test(latexToPlain(m.replace(/^\$+|\$+$/g, ""))) ? "\uE000" : "\uE001"));
  const parts: number[][] = [[]];
  let depth = 0;
  let buf = "";
  const flush = () => {
    // A relation typed as plain symbols ("z=μ+σ⊙ε", "x~p(x|z)") states as much as one in $…$.
    const eq = buf.split("\uE000").length - 1 + (RELATION.test(buf) ? 1 : 0);
    const sym = buf.split("\uE001").length - 1;
    if (buf.trim()) parts.at(-1)?.push(wordLength(buf) + EQUATION_WORDS * eq + sym);
    buf = "";
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? "";
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    const digits = /\d/.test(s[i - 1] ?? "") && /\d/.test(s[i + 1] ?? "");
    const dash = /[-–—]/.test(ch) && s[i - 1] === " " && s[i + 1] === " ";
    if (depth === 0 && /[;；]/.test(ch)) {
      flush();
      parts.push([]);
    } else if (depth === 0 && (/[，、。.!?！？]/.test(ch) || (/[,:：]/.test(ch) && !digits) || dash)) flush();
    else buf += ch;
  }
  flush();
  return parts.filter((p) => p.length);
}

const CJK = /[\u3400-\u9fff]/;

/** Length in "words": CJK characters count 1/1.6 each (about one jieba word), Latin words 1. */
export function wordLength(s: string): number {
  let cjk = 0;
  for (const ch of s) if (CJK.test(ch)) cjk++;
  const latin = s.replace(/[\u3400-\u9fff]/g, " ").match(/[a-z0-9_]+/gi)?.length ?? 0;
  return cjk / 1.6 + latin;
}

export function isMostlyEnglish(s: string): boolean {
  let cjk = 0;
  for (const ch of s) if (CJK.test(ch)) cjk++;
  const latin = s.match(/[a-z]+/gi)?.length ?? 0;
  return latin > cjk / 1.6;
}

/** The whole text as plain words and symbols (markdown and LaTeX read as a candidate would type them). */
export function toPlain(text: string): string {
  return logicalLines(nfkc(text))
    .map((l) => mathToPlain(stripMarkdown(l)))
    .join("\n");
}
