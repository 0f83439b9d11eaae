import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

let jieba: Jieba | null = null;
function getJieba(): Jieba {
  // Loading the dictionary takes ~100 ms: do it once, on first use.
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const STOP = new Set(
  (
    "的 了 是 在 和 与 及 或 等 如 对 中 把 被 这 那 之 其 并 而 也 就 都 又 还 会 能 可 可以 一个 一种 一些 这个 那个 这些 那些 什么 哪些 如何 怎么 怎样 为什么 为何 吗 呢 吧 啊 我 你 他 它 我们 它们 请 讲 讲一讲 介绍 介绍下 下 有 有何 有哪些 " +
    "a an the of to in on for and or is are was were be been by with as at from that this these those it its what which how why do does can into than then there their"
  ).split(" "),
);

const PUNCT = /^[\p{P}\p{S}\s]+$/u;

/** Lower-case English word, with a light plural/-ing strip so "encodings" meets "encoding". */
function normalizeWord(w: string): string {
  let t = w.toLowerCase();
  if (/^[a-z]+$/.test(t) && t.length > 4) {
    if (t.endsWith("ies")) t = `${t.slice(0, -3)}y`;
    else if (t.endsWith("s") && !t.endsWith("ss")) t = t.slice(0, -1);
  }
  return t;
}

/**
 * Bilingual tokens for lexical matching: jieba search-mode segmentation for Chinese (which
 * also yields the sub-words of long compounds), normalised words for English, stop words and
 * punctuation dropped.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of getJieba().cutForSearch(text.normalize("NFKC"), false)) {
    const w = raw.trim();
    if (!w || PUNCT.test(w)) continue;
    const t = normalizeWord(w);
    if (!STOP.has(t)) out.push(t);
  }
  return out;
}
