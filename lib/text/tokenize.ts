import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { DOMAIN_WORDS } from "./domain-words";
import { stemEnglish } from "./stem";
import { isStopWord } from "./stop-words";

let jieba: Jieba | null = null;
function getJieba(): Jieba {
  // Loading the dictionary takes ~100 ms: do it once, on first use.
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 20000 n`).join("\n")));
  }
  return jieba;
}

/** Latin words with their inner joiners: "Q-Former", "v2.5", "x_t", "GPT-4V", "0.235". */
const LATIN_RUN = /[A-Za-z0-9]+(?:[-_.'’+][A-Za-z0-9]+)*/g;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const PUNCT = /^[\p{P}\p{S}\s]+$/u;
/** "ShareGPT4Video" -> Share | GPT4 | Video; "StableDiffusion" -> Stable | Diffusion. */
const CAMEL = /(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;
/** A name with a version suffix: "blip2", "fitv2", "playgroundv2", "gpt4v" -> the name alone. */
const VERSIONED = /^([a-z]{3,}?)v?\d+[a-z]?$/;

function pushLatin(out: string[], w: string): void {
  // Single letters and digits ("x", "t", "2") match everything and nothing.
  if (w.length < 2) return;
  const t = /^[a-z]+$/.test(w) ? stemEnglish(w) : w;
  if (!isStopWord(t) && !isStopWord(w)) out.push(t);
}

/**
 * English words and names, split so that every spelling a candidate might type meets the
 * indexed one: "Q-Former" gives "qformer", "q", "former"; "StableDiffusion" gives
 * "stablediffusion", "stable", "diffusion"; "BLIP-2" and "BLIP2" both give "blip2" and "blip".
 */
function latinTokens(run: string, out: string[]): void {
  if (/^\d+(?:\.\d+)+$/.test(run)) {
    out.push(run); // a number quoted from an answer ("0.235", "3.17") is a strong cue
    return;
  }
  const pieces = run.split(/[-_.'’+]/).filter(Boolean);
  if (pieces.length > 1) pushLatin(out, pieces.join("").toLowerCase());
  for (const piece of pieces) {
    const lower = piece.toLowerCase();
    // Only split into real words: "FiT", "DiT", "LoRA" are names, not "Fi" + "T".
    const camel = piece.split(CAMEL).filter(Boolean);
    const parts = camel.length > 1 && camel.every((p) => p.length >= 3) ? camel : [piece];
    pushLatin(out, lower);
    if (parts.length > 1) for (const p of parts) pushLatin(out, p.toLowerCase());
    for (const w of parts.length > 1 ? parts.map((p) => p.toLowerCase()) : [lower]) {
      const v = VERSIONED.exec(w);
      if (v?.[1]) pushLatin(out, v[1]);
    }
  }
}

/**
 * Search mode emits a word's sub-words just before the word ("注意", "注意力"): read right to
 * left, each token that lies inside the word after it belongs to that word's group.
 */
function chineseGroups(segment: string, out: string[][]): void {
  const raw = getJieba().cutForSearch(segment, true);
  const groups: string[][] = [];
  for (let i = raw.length - 1; i >= 0; i--) {
    const w = (raw[i] as string).trim();
    const head = groups.at(-1);
    if (head && w && head[0] !== w && (head[0] as string).includes(w)) head.push(w);
    else groups.push([w]);
  }
  for (const g of groups.reverse()) {
    const kept = g.reverse().filter((w) => w && !PUNCT.test(w) && !isStopWord(w));
    if (kept.length) out.push(kept);
  }
}

/**
 * Bilingual tokens for lexical matching: jieba search-mode segmentation (with a domain
 * dictionary) for Chinese, which also yields the sub-words of long compounds; normalised,
 * lightly stemmed words for English, with compounds kept whole and split; stop words and
 * punctuation dropped. The grader and the retriever both rely on it, so one text always
 * gives the same tokens.
 */
export function tokenize(text: string): string[] {
  return tokenGroups(text).flat();
}

/**
 * The same tokens, grouped by the word they come from: "帧间注意力" gives [帧间], [注意, 注意力,
 * 帧间注意力]-like groups and "Q-Former" one group [qformer, former]. A query weighs each group,
 * not each token, so a Chinese compound that yields three tokens does not outvote a name.
 */
export function tokenGroups(text: string): string[][] {
  const s = text.normalize("NFKC");
  const out: string[][] = [];
  let last = 0;
  for (const m of s.matchAll(LATIN_RUN)) {
    const start = m.index ?? 0;
    if (start > last) chineseGroups(s.slice(last, start), out);
    const latin: string[] = [];
    latinTokens(m[0], latin);
    if (latin.length) out.push(latin);
    last = start + m[0].length;
  }
  if (last < s.length) chineseGroups(s.slice(last), out);
  return out;
}

/**
 * Overlapping character bigrams of the Chinese runs: they let a colloquial paraphrase meet
 * the bank's wording where jieba segments the two differently ("插帧" / "帧插值").
 */
export function cjkBigrams(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize("NFKC").matchAll(CJK_RUN)) {
    const run = m[0];
    if (run.length === 1) continue;
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}
