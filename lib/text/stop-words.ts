/**
 * Words that carry no topic: function words, and the way interview questions and candidates
 * ask ("请讲一讲…", "说说…", "到底是啥", "what is…", "explain…"). Topic words such as 原理 or
 * 优势 stay: they tell "how does X work" from "what is X good for".
 */
const STOP = new Set(
  (
    // Chinese function words
    "的 了 过 着 得 地 是 在 和 与 及 或 等 如 对 中 把 被 这 那 之 其 并 而 也 就 都 又 还 会 能 可 可以 " +
    "一个 一种 一些 这个 那个 这些 那些 这种 那种 这样 那样 哪个 哪些 哪几种 几种 里 里面 上 下 " +
    "吗 呢 吧 啊 呀 嘛 么 哦 我 你 他 它 我们 你们 它们 大家 自己 " +
    // how questions are asked
    "一 请讲 什么 如何 怎么 怎样 怎么样 为什么 为何 为啥 啥 咋 咋样 干嘛 干啥 请 讲 讲讲 讲一讲 说 说说 说一下 聊聊 " +
    "一般 通常 一般来说 常见 常用 主要 地方 方面 情况 时候 的话 之类 "+
    "介绍 介绍下 介绍一下 解释 解释一下 简单 简述 一下 到底 具体 有 有何 有没有 有哪些 哪 " +
    // English function words and question forms
    "a an the of to in on for and or is are was were be been being by with as at from that this these those " +
    "it its what which who whom how why when where do does did done can could would should will shall may might must " +
    "into than then there their they them he she his her we our you your i me my us " +
    "explain describe tell talk about please briefly e.g eg i.e ie vs versu"
  ).split(" "),
);

export function isStopWord(token: string): boolean {
  return STOP.has(token);
}
