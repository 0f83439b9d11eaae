import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBank } from "@/lib/bank/parse";
import type { Bank, BankWarning } from "@/lib/bank/types";

// Layouts found in real banks that used to parse silently wrong (fixtures from a review).
const dir = "tests/fixtures/banks";
const read = (name: string) => readFileSync(`${dir}/${name}`, "utf8");
const parse = (text: string, name = "x.md") => parseBank(text, { file: `${dir}/${name}`, bankId: name.replace(/\.md$/, "") });
const load = (name: string) => parse(read(name), name);
const questions = (bank: Bank) => bank.chapters.flatMap((c) => c.questions);
const titlesAndAnswers = (bank: Bank) => questions(bank).map((q) => [q.title, q.answer?.split("\n")[0] ?? null]);
const has = (ws: BankWarning[], re: RegExp, line?: number) => ws.some((w) => re.test(w.message) && (line === undefined || w.line === line));

describe("fenced code blocks", () => {
  const { bank } = load("llm-basics.md");

  it("never start a chapter or a question, so every answer lands on its own question", () => {
    expect(bank.chapters.map((c) => c.questions.length)).toEqual([5, 3, 2]);
    expect(titlesAndAnswers(bank)).toEqual([
      ["Self-Attention 的计算公式是什么？", expect.stringMatching(/^\$\$\\mathrm\{Attention\}/)],
      ["为什么要除以 √d_k？", "点积方差随 d_k 增大，softmax 进入饱和区，梯度消失。"],
      ["Multi-Head Attention 的作用", "让模型在不同子空间关注不同位置。"],
      ["3.1 参数量怎么算", "4·d² (Q,K,V,O 四个投影)。"],
      ["Pre-LN 和 Post-LN 的区别？", "Pre-LN 训练更稳定；Post-LN 效果上限更高但需要 warmup。"],
      ["RoPE 的原理？", "把 q、k 的每两维看作复数，乘以 $e^{im\\theta}$。"],
      ["ALiBi & RoPE 的外推能力对比", "ALiBi 在注意力分数上加线性偏置 &lt;不需要训练&gt;。"],
      ["为什么 LLaMA 用 RoPE 而不用绝对位置编码？", "相对位置、外推友好。"],
      ["KV Cache 的原理？", "缓存历史 token 的 K、V。"],
      ["FlashAttention 为什么快？", "IO-aware 分块，减少 HBM 读写。"],
    ]);
    // The code sample stays in the answer it belongs to.
    expect(questions(bank)[1]?.answer).toContain("# 第2章 位置编码 的代码示例在后面");
    expect(questions(bank)[8]?.answer).toContain('<h2 id="demo">');
  });

  it("parse the same with CRLF line endings", () => {
    const crlf = parse(read("llm-basics.md").replace(/\n/g, "\r\n"), "llm-basics.md");
    expect(titlesAndAnswers(crlf.bank)).toEqual(titlesAndAnswers(bank));
  });

  it("hide markdown chapter headings too, and an unclosed fence is reported", () => {
    const mixed = load("video-gen-mixed.md");
    expect(mixed.bank.chapters[0]?.questions[0]?.answer).toContain("### 第2章 这是代码块里的伪标题");
    const open = parse("# 目录\n## 第一章 A\n- [1.a？](#a)\n---\n## 第一章 A\n<h2>1.a？</h2>\n答案\n```\n<h2>2.b</h2>\n");
    expect(has(open.warnings, /code fence is never closed/, 8)).toBe(true);
    expect(questions(open.bank)[0]?.answer).toBe("答案\n```\n<h2>2.b</h2>");
  });

  it("a body heading titled as another chapter's question is never matched by number", () => {
    const text = "# 目录\n## 第一章 A\n- [1.甲？](#1)\n- [2.乙？](#2)\n## 第二章 B\n- [1.丙？](#1)\n- [2.丁？](#2)\n---\n" +
      "## 第一章 A\n<h2>1.甲？</h2>\n甲答\n<h2>2.丁？</h2>\n丁答\n";
    const { bank, warnings } = parse(text);
    expect(questions(bank).map((q) => q.answer)).toEqual(["甲答", null, null, null]);
    expect(has(warnings, /is a question of chapter 2 in the TOC; ignored: 丁？/, 12)).toBe(true);
  });
});

describe("question headings", () => {
  it("an <h2> spread over several lines", () => {
    const { bank } = load("multiline-only.md");
    expect(titlesAndAnswers(bank)).toEqual([
      ["DDPM 的前向过程？", "前向加噪。"],
      ["DDPM 的损失函数？", "预测噪声的 MSE。"],
      ["DDPM 采样多少步？", "1000 步。"],
    ]);
  });

  it("### / #### markdown headings whose title, number removed, is listed in the chapter", () => {
    const mm = load("multimodal-q.md");
    expect(questions(mm.bank).every((q) => q.answerSource === "seed")).toBe(true);
    expect(mm.bank.chapters.map((c) => c.topic)).toEqual(["CLIP 系列", "BLIP 系列", "LLaVA"]);
    expect(questions(mm.bank)[4]?.answer).toBe("1. 表征学习：ITC、ITM、ITG\n2. 生成学习：接 LLM");
    const vg = load("video-gen-mixed.md");
    expect(questions(vg.bank).map((q) => q.answer !== null)).toEqual([true, true, true, true, true]);
  });

  it("keeps unlisted markdown headings in the answer and says how many entries stayed unanswered", () => {
    const text = "# 目录\n## 第一章 A\n- [1.甲？](#1)\n- [2.乙？](#2)\n---\n## 第一章 A\n### 1. 甲是什么？\n答\n### 原理\n细节\n### 2. 乙是什么？\n答\n";
    const { bank, warnings } = parse(text);
    expect(questions(bank).map((q) => q.answer)).toEqual([null, null]);
    expect(has(warnings, /^2 of 2 table-of-contents entries have no answer; 2 numbered markdown heading/, 7)).toBe(true);
    const sub = parse("# 目录\n## 第一章 A\n- [1.甲？](#1)\n---\n## 第一章 A\n### 1. 甲？\n答\n### 原理\n细节\n");
    expect(questions(sub.bank)[0]?.answer).toBe("答\n### 原理\n细节");
  });
});

describe("the table of contents", () => {
  it("goes on past a `---` between chapters", () => {
    const { bank } = load("toc-break.md");
    expect(bank.chapters.map((c) => c.questions.length)).toEqual([2, 2, 2]);
    expect(questions(bank).every((q) => q.answer)).toBe(true);
  });

  it("accepts trailing text, a **bold** wrapper and a link without a list marker", () => {
    const { bank, warnings } = load("toc-variants.md");
    expect(titlesAndAnswers(bank)).toEqual([
      ["什么是LoRA？", "低秩分解 ΔW=BA。"],
      ["LoRA 的秩怎么选？", "通常 4~64。"],
      ["LoRA 可以合并回权重吗？", "可以，W+BA。"],
      ["QLoRA 和 LoRA 的区别？", "4-bit NF4 基座。"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("warns about a TOC line holding a link it could not read", () => {
    const { warnings } = parse("# 目录\n## 第一章 A\n- [1.甲？](#1)\n- 见 [这里](#x) 的 [链接](#y)\n");
    expect(has(warnings, /table-of-contents line not read as a question link/, 4)).toBe(true);
  });

  it("reads bold chapter lines and generated TOCs that list chapters as links", () => {
    const auto = load("auto-toc.md");
    expect(auto.bank.chapters.map((c) => [c.number, c.topic, c.questions.length])).toEqual([[1, "Transformer", 2], [2, "BERT", 1]]);
    expect(questions(auto.bank).every((q) => q.answer)).toBe(true);
    expect(auto.warnings).toEqual([]);
    const bold = load("bold-chapters.md");
    expect(bold.bank.chapters.map((c) => [c.number, c.topic])).toEqual([[1, "Transformer"], [2, "BERT"]]);
    expect(titlesAndAnswers(bold.bank)).toEqual([["什么是注意力？", "加权求和。"], ["BERT 的预训练任务？", "MLM + NSP。"]]);
  });
});
