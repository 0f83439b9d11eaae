import { tokenize } from "@/lib/text/tokenize";
import { normalizeText } from "./text";

/** One rubric concept: its aliases in both languages, compiled once. */
export interface Concept {
  label: string;
  aliases: string[];
  patterns: RegExp[];
}

const LATIN = /[a-z0-9]/;
const SEP = /[\s-]/;

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A pattern tolerant of the ways candidates type an alias: spaces or hyphens optional between
 * parts ("pre-norm", "pre norm", "prenorm"), spaces optional around CJK and symbols
 * ("q(x_t | x_0)"), English plurals; Latin ends must be word boundaries so "ln" is not in "kernel".
 */
export function aliasPattern(alias: string): RegExp | null {
  const a = normalizeText(alias).replace(/\s*-\s*/g, " ");
  if (!a) return null;
  let src = "";
  let prev = "";
  for (const ch of a) {
    if (SEP.test(ch)) {
      src += "[\\s-]*";
      prev = "";
      continue;
    }
    if (prev && !(LATIN.test(prev) && LATIN.test(ch))) src += "\\s*";
    src += escapeChar(ch);
    prev = ch;
  }
  const first = a[0] ?? "";
  const last = a.at(-1) ?? "";
  if (LATIN.test(first)) src = `(?<![a-z0-9])${src}`;
  if (/[a-z]/.test(last)) src += "(?:s|es)?(?![a-z0-9])";
  else if (/[0-9]/.test(last)) src += "(?![a-z0-9])";
  try {
    return new RegExp(src, "g");
  } catch {
    return null;
  }
}

/** "前向过程 / 加噪过程 / forward process" → a concept with three compiled aliases. */
export function compileConcept(term: string): Concept {
  const aliases = term
    .split(/\s+\/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const patterns = aliases.map(aliasPattern).filter((p): p is RegExp => p !== null);
  return { label: aliases[0] ?? term, aliases, patterns };
}

// Between two words of a cue: a few characters of the same clause ("T5 是一个 decoder-only" for "T5是decoder-only").
const CUE_GAP = "[^，,。；;!?！？()（）、:：]{0,10}?";
// English cue words may be a clause apart ("the forward process, which is learned"): a comma and a few more characters.
const CUE_GAP_EN = "[^。；;!?！？()（）:：]{0,16}?";
// Words a loose cue may skip. Not "就/可以/只/会/能/都": those carry the claim ("逐帧生成就可以").
const CUE_STOP = /的|了|是|在|和|与|及|或|也|对|其|上|下|中|里|内|地|得|着|过|为|做|进行|一个|一种|\b(?:a|an|the|of|to|in|on|is|are|be|by|with|as|from|that|it|its|and|or)\b/g;

/**
 * Tokens of a short phrase without the sub-words search-mode segmentation adds next to each
 * compound ("初始化" but not also "初始"), so that a compound is not counted twice.
 */
export function maximalTokens(phrase: string): string[] {
  const toks = [...new Set(tokenize(phrase))];
  return toks.filter((t) => !toks.some((u) => u !== t && u.includes(t)));
}

/**
 * A looser pattern for a misconception cue: its content words in order, a short gap allowed
 * between them ("T5 是一个 decoder-only" for "T5是decoder-only"). Only built when those words
 * account for the whole cue apart from stop words: "Q来自文本" must keep its "Q", so it stays
 * verbatim-only rather than becoming "来自…文本", which a correct answer also says.
 */
export function gappedPattern(cue: string): RegExp | null {
  const norm = normalizeText(cue);
  const maximal = maximalTokens(cue).filter((t) => norm.includes(t));
  const placed = maximal.map((t) => ({ t, at: norm.indexOf(t) })).sort((a, b) => a.at - b.at);
  if (placed.length < 2) return null;
  const part = (t: string) => [...t].map(escapeChar).join("") + (/[a-z]$/.test(t) ? "[a-z]*" : "");
  let rest = norm;
  for (const { t } of placed) rest = rest.replace(new RegExp(part(t)), " ");
  if (rest.replace(CUE_STOP, " ").replace(/[^\p{L}\p{N}]/gu, "")) return null;
  const head = /^[a-z0-9]/.test(placed[0]?.t ?? "") ? "(?<![a-z0-9])" : "";
  const gap = /[\u3400-\u9fff]/.test(norm) ? CUE_GAP : CUE_GAP_EN;
  return new RegExp(head + placed.map((x) => part(x.t)).join(gap), "g");
}

/** Misconception cues as one concept: each cue verbatim, and each cue's words in order with short gaps. */
export function compileCues(cues: string[]): Concept {
  const aliases: string[] = [];
  const patterns: RegExp[] = [];
  for (const cue of cues) {
    for (const re of [aliasPattern(cue), gappedPattern(cue)]) {
      if (!re) continue;
      aliases.push(cue);
      patterns.push(re);
    }
  }
  return { label: cues[0] ?? "", aliases, patterns };
}

export interface TermHit {
  start: number;
  end: number;
  alias: string;
}

/** Every occurrence of any alias in already-normalised text. */
export function findConcept(norm: string, concept: Concept): TermHit[] {
  const hits: TermHit[] = [];
  concept.patterns.forEach((re, i) => {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      hits.push({ start: m.index, end: m.index + m[0].length, alias: concept.aliases[i] ?? "" });
      if (m[0].length === 0) re.lastIndex++;
    }
  });
  return hits;
}
