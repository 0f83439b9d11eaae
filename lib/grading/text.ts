/** Text helpers shared by the grader: normalisation and splitting an answer into sentences. */

/** NFKC, lower case, dashes and slashes as spaces, runs of white space collapsed. */
export function normalizeText(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export interface Sentence {
  /** As the candidate wrote it (trimmed, list markers removed): what evidence quotes. */
  text: string;
  /** normalizeText(text). */
  norm: string;
  index: number;
}

// Abbreviations whose trailing period does not end an English sentence.
const ABBREV = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf|\bfig|\beq|\bal)\.$/i;
const LIST_MARKER = /^(?:[-*+•·]\s+|\(?\d{1,2}[.)、）]\s*|[①-⑩]\s*|[（(][一二三四五六七八九十]+[)）]\s*|[一二三四五六七八九十]+[、.]\s*)/;

/**
 * Sentences: Chinese ends at 。！？； and new lines; English at . ! ? ; followed by white space
 * (not after e.g./i.e., not inside numbers like 0.1). Clauses inside a sentence stay together
 * because a key point is often stated across them ("…，所以…").
 */
export function splitSentences(answer: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (raw: string) => {
    const text = raw.replace(LIST_MARKER, "").trim();
    if (text && /[\p{L}\p{N}]/u.test(text)) out.push({ text, norm: normalizeText(text), index: out.length });
  };
  for (const line of answer.normalize("NFKC").split(/\r?\n+/)) {
    let buf = "";
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] ?? "";
      buf += ch;
      if ("。！？；!?;".includes(ch)) {
        push(buf);
        buf = "";
      } else if (ch === "." && /\s/.test(line[i + 1] ?? " ") && !ABBREV.test(buf)) {
        push(buf);
        buf = "";
      }
    }
    push(buf);
  }
  return out;
}

/** Clauses, for negation scope: a negation word reaches to the end of its clause, not further. */
export function splitClauses(sentence: string): string[] {
  return sentence.split(/[，,、:：()（）]|\s[-–—]\s/).filter((c) => c.trim());
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
