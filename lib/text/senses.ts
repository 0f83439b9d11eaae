import { PLAIN_WORDS } from "./plain-words";
import { tokenize } from "./tokenize";

/**
 * Senses: which notions of the plain-language thesaurus (plain-words.ts) a text expresses,
 * whatever the words it uses. "减掉平均值" and "减去均值" and "subtract the mean" all express the
 * sense "均值"; each is reported as the key SENSE_MARK + the entry's first expression, a token no
 * tokenizer produces, so that the grader can add it beside a text's own tokens on both sides
 * (candidate and rubric) and a paraphrase meets the statement it paraphrases.
 *
 * Matching is on the NFKC, lower-cased text: a Chinese expression as a substring (jieba may cut
 * a colloquial phrase anywhere), an English one as whole words with an optional inflection
 * ("averages", "normalized"). An expression inside a longer one of another entry yields only
 * the longer one ("协方差" is not "方差"): at each position the longest expression wins.
 */
export const SENSE_MARK = "\u2248";

interface Expression {
  text: string;
  sense: string;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function compile(entries: readonly string[]): { cjk: Expression[]; latin: Array<Expression & { re: RegExp }> } {
  const cjk: Expression[] = [];
  const latin: Array<Expression & { re: RegExp }> = [];
  for (const entry of entries) {
    const forms = entry.split(" / ").map((f) => f.normalize("NFKC").toLowerCase().trim()).filter(Boolean);
    const sense = SENSE_MARK + (forms[0] ?? "");
    for (const text of new Set(forms)) {
      if (CJK.test(text)) cjk.push({ text, sense });
      else if (/[a-z]{2,}/.test(text)) {
        const body = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "[\\s-]+");
        latin.push({ text, sense, re: new RegExp(`(?<![a-z0-9])${body}(?:s|es|ed|d|ing)?(?![a-z0-9])`, "g") });
      }
    }
  }
  // Longest first, so that a longer expression claims its span before one it contains.
  cjk.sort((a, b) => b.text.length - a.text.length);
  latin.sort((a, b) => b.text.length - a.text.length);
  return { cjk, latin };
}

export interface SenseMatch {
  sense: string;
  /** The text the expression matched, as found. */
  text: string;
}

/** A matcher over the given thesaurus entries (the app's is PLAIN_WORDS: see sensesOf). */
export function senseMatcher(entries: readonly string[]): (text: string) => SenseMatch[] {
  const table = compile(entries);
  return (text) => {
    const s = text.normalize("NFKC").toLowerCase();
    const taken = new Uint8Array(s.length);
    const out: SenseMatch[] = [];
    const claim = (start: number, end: number, sense: string) => {
      for (let i = start; i < end; i++) if (taken[i]) return;
      taken.fill(1, start, end);
      out.push({ sense, text: s.slice(start, end) });
    };
    if (CJK.test(s)) {
      for (const e of table.cjk) {
        for (let at = s.indexOf(e.text); at >= 0; at = s.indexOf(e.text, at + 1)) claim(at, at + e.text.length, e.sense);
      }
    }
    if (/[a-z]{2}/.test(s)) {
      for (const e of table.latin) for (const m of s.matchAll(e.re)) claim(m.index ?? 0, (m.index ?? 0) + m[0].length, e.sense);
    }
    return out;
  };
}

let matcher: ((text: string) => SenseMatch[]) | null = null;
const plainMatcher = () => (matcher ??= senseMatcher(PLAIN_WORDS));

/** The senses of the plain-language thesaurus a text expresses, each once, in no particular order. */
export function sensesOf(text: string): string[] {
  return [...new Set(plainMatcher()(text).map((m) => m.sense))];
}

const spanTokens = new Map<string, string[]>();

/**
 * A text's tokens with every word that expresses a sense replaced by the sense: "平均值" and
 * "均值" both become the one token "≈均值", so a paraphrase and the statement it paraphrases
 * weigh the same, and neither counts twice (once as its word, once as its sense). A token that
 * lies inside a matched expression is dropped wherever else it occurs: the cost of working on
 * tokens without positions, and small, since the expression's words are the notion's words.
 */
export function withSenses(text: string, tokens: string[], match: (text: string) => SenseMatch[] = plainMatcher()): string[] {
  const found = match(text);
  if (!found.length) return tokens;
  const covered = new Set<string>();
  for (const m of found) {
    let toks = spanTokens.get(m.text);
    if (!toks) spanTokens.set(m.text, (toks = tokenize(m.text)));
    for (const t of toks) covered.add(t);
  }
  return [...tokens.filter((t) => !covered.has(t)), ...new Set(found.map((m) => m.sense))];
}
