import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBank } from "@/lib/bank/parse";
import { importSummary } from "@/lib/bank/summary";
import type { Bank, BankWarning } from "@/lib/bank/types";

// The layouts of issue 12, one fixture each (written for these tests): every question the TOC
// lists and every answer the body writes must arrive, and nothing else.
const dir = "tests/fixtures/banks/layouts";
const load = (name: string) => {
  const file = `${dir}/${name}`;
  return parseBank(readFileSync(file, "utf8"), { file, bankId: name.replace(/\.md$/, "") });
};
const questions = (bank: Bank) => bank.chapters.flatMap((c) => c.questions);
const shape = (bank: Bank) => bank.chapters.map((c) => [c.number, c.title, c.topic, c.questions.map((q) => q.title)]);
const firstLines = (bank: Bank) => questions(bank).map((q) => q.answer?.split("\n")[0] ?? null);
const has = (ws: BankWarning[], line: number, re: RegExp) => ws.some((w) => w.line === line && re.test(w.message));

describe("layouts read since issue 12", () => {
  it("a TOC chapter not written 第N章 (引言, 附录) keeps its questions and answers", () => {
    const { bank, warnings } = load("intro-chapter.md");
    expect(shape(bank)).toEqual([
      [0, "引言：简介", "引言：简介", ["什么是AI视频生成？", "视频生成和图像生成有什么不同？"]],
      [1, "第一章：扩散模型", "扩散模型", ["什么是前向加噪过程？", "为什么采样需要很多步？"]],
      [2, "第二章：视频模型", "视频模型", ["时间注意力的作用是什么？"]],
      [3, "附录", "附录", ["常用的评测指标有哪些？"]],
    ]);
    expect(firstLines(bank)).toEqual([
      "根据文本、图像或另一段视频，由模型合成一段新的视频。",
      "多了时间维度：除了每帧的质量，还要求帧与帧之间在外观和运动上连贯。",
      "按固定的方差表逐步向数据加高斯噪声，$q(x_t|x_{t-1})=\\mathcal{N}(\\sqrt{1-\\beta_t}x_{t-1},\\beta_t I)$。",
      "反向过程每一步只去掉一小部分噪声，步数少时近似误差会累积。",
      "在同一空间位置的不同帧之间做注意力，建模运动与时间一致性。",
      "FVD、CLIPScore，以及人工评测。",
    ]);
    expect(warnings).toEqual([]);
  });

  it("a flat TOC is one chapter named after the file, unanswered questions kept, no invented 第1章", () => {
    const { bank, warnings } = load("flat-toc.md");
    expect(shape(bank)).toEqual([[1, "flat-toc", "flat-toc", ["什么是潜空间？", "VAE的KL项起什么作用？", "为什么要用分类器无关引导？"]]]);
    expect(firstLines(bank)).toEqual([
      "编码器把图像压缩到的低维表示，扩散在这个空间里进行，计算量小得多。",
      null,
      "同一个模型同时学有条件和无条件预测，采样时外推两者之差，无需单独训练分类器。",
    ]);
    expect(warnings).toEqual([]);
    // A level-1 title names the chapter instead of the file name.
    const titled = parseBank(`# 扩散模型面试题\n\n${readFileSync(`${dir}/flat-toc.md`, "utf8")}`, { file: "t.md", bankId: "t" });
    expect(titled.bank.chapters.map((c) => c.title)).toEqual(["扩散模型面试题"]);
  });

  it("<h2> chapters over <h3> questions under a nested TOC and an <h1 id=\"目录\">", () => {
    const { bank, warnings } = load("h2-chapters.md");
    expect(shape(bank)).toEqual([
      [1, "OpenClaw", "OpenClaw", ["架构介绍", "插件怎么加载？"]],
      [2, "Agent 基础", "Agent 基础", ["什么是工具调用？", "记忆分几种？"]],
    ]);
    expect(questions(bank).every((q) => q.answerSource === "seed")).toBe(true);
    expect(firstLines(bank)[0]).toBe("网关接收消息，调度器把任务交给代理循环，代理循环再调用模型和工具。");
    expect(warnings).toEqual([]);
  });

  it("<h2>第一章 SVD</h2> body chapters: two chapters listing the same title each keep their own answer", () => {
    const { bank, warnings } = load("zh-h2-chapters.md");
    expect(bank.chapters.map((c) => c.topic)).toEqual(["SVD", "AnimateDiff"]);
    const [svd, anim] = bank.chapters.map((c) => c.questions[0]!);
    expect(svd?.title).toBe("优缺点是什么？");
    expect(anim?.title).toBe("优缺点是什么？");
    expect(svd?.answer).toBe("优点：图生视频质量高、开源；缺点：生成时长短，运动幅度有限。");
    expect(anim?.answer).toBe("优点：运动模块即插即用，可配合社区的个性化模型；缺点：画面分辨率与时长受基座限制。");
    expect(svd?.id).not.toBe(anim?.id);
    expect(questions(bank).every((q) => q.answer !== null)).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("a ## heading that is not a question (参考资料) ends the answer above it, with a warning", () => {
    const { bank, warnings } = load("sections.md");
    const [a, b] = questions(bank);
    expect(a?.answer).toBe(
      "它的前向过程是非马尔可夫的，训练目标与 DDPM 相同，采样时可以在时间步的子序列上跳步。\n\n### 补充\n\n子序列越短越快，但细节会变少。",
    );
    expect(b?.answer).toBe("控制每一步注入的随机噪声：eta=0 时采样完全确定，eta=1 时等价于 DDPM。");
    expect(has(warnings, 19, /heading "参考资料" is neither a chapter nor a question/)).toBe(true);
    expect(has(warnings, 27, /heading "延伸阅读" is neither/)).toBe(true);
    expect(warnings).toHaveLength(2);
  });

  it("a plain-text TOC (**Qwen-VL**, then 1、… lines) with ## 1、… question headings", () => {
    const { bank, warnings } = load("plain-toc.md");
    expect(shape(bank)).toEqual([
      [1, "Qwen-VL", "Qwen-VL", ["视觉编码器用的是什么？", "怎么把图像特征接入语言模型？", "训练分几个阶段？"]],
      [2, "InternVL", "InternVL", ["视觉编码器用的是什么？", "动态分辨率是怎么做的？"]],
    ]);
    expect(firstLines(bank)).toEqual([
      "ViT-bigG，初始化自 OpenCLIP 的权重。",
      "一个单层交叉注意力适配器，用可学习的查询把特征压缩成固定长度的序列。",
      "三个：预训练、多任务预训练、指令微调。",
      "InternViT，一个大规模的视觉 Transformer。",
      "按宽高比把图像切成若干 448×448 的图块，再加一张缩略图。",
    ]);
    // The body names no chapter, so the shared title is matched in TOC order: said once.
    expect(warnings.map((w) => [w.line, w.message])).toEqual([[14, "5 question heading(s) come before any chapter heading; matched to the TOC by title"]]);
  });

  it("topics read alike when only some chapters have 【…】; a leading 难度评分 line sets the difficulty", () => {
    const { bank, warnings } = load("topics-difficulty.md");
    expect(bank.chapters.map((c) => c.topic)).toEqual(["Transformer模型核心基础知识", "【其他】模型核心基础知识"]);
    expect(questions(bank).map((q) => q.difficulty)).toEqual([2, 3, 1]);
    expect(firstLines(bank)).toEqual([
      "点积的方差随维度增大，除以 $\\sqrt{d_k}$ 让 softmax 不进入饱和区。",
      "绝对位置编码（正弦、可学习）、相对位置编码、旋转位置编码 RoPE、ALiBi。",
      "让小模型拟合大模型输出的软标签。",
    ]);
    expect(questions(bank).map((q) => q.answerLine)).toEqual([18, 24, 32]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ["intro-chapter.md", "6 questions in 4 chapters, 6 answered; 0 warnings"],
    ["flat-toc.md", "3 questions in 1 chapter, 2 answered; 0 warnings"],
    ["h2-chapters.md", "4 questions in 2 chapters, 4 answered; 0 warnings"],
    ["zh-h2-chapters.md", "4 questions in 2 chapters, 4 answered; 0 warnings"],
    ["sections.md", "2 questions in 1 chapter, 2 answered; 2 warnings"],
    ["plain-toc.md", "5 questions in 2 chapters, 5 answered; 1 warning"],
    ["topics-difficulty.md", "3 questions in 2 chapters, 3 answered; 0 warnings"],
  ])("%s: %s", (name, line) => {
    const { bank, warnings } = load(name);
    expect(importSummary(bank, warnings).text).toBe(line);
  });
});

describe("the smaller cases around them", () => {
  it("a 目录 heading with nothing readable under it says so at its line, not that there is no 目录", () => {
    const { warnings } = parseBank("# 目录\n\n随便写点什么\n\n<h2>1.甲？</h2>\n甲答\n", { file: "x.md", bankId: "x" });
    expect(has(warnings, 1, /the table of contents \(目录\) lists no entry that could be read/)).toBe(true);
  });

  it("a bank with no TOC and no chapters is one chapter named after the file", () => {
    const { bank } = parseBank("<h2>1.甲？</h2>\n甲答\n<h2>2.乙？</h2>\n乙答\n", { file: "x.md", bankId: "my-bank" });
    expect(shape(bank)).toEqual([[1, "my-bank", "my-bank", ["甲？", "乙？"]]]);
  });

  it("<h2> chapters over <h3> questions with no TOC at all", () => {
    const { bank } = parseBank("<h2>1.A 部分</h2>\n<h3>1.甲？</h3>\n甲答\n<h2>2.B 部分</h2>\n<h3>1.乙？</h3>\n乙答\n", { file: "x.md", bankId: "x" });
    expect(bank.chapters.map((c) => [c.number, c.title, c.questions.map((q) => [q.number, q.title, q.answer])])).toEqual([
      [1, "A 部分", [[1, "甲？", "甲答"]]],
      [2, "B 部分", [[1, "乙？", "乙答"]]],
    ]);
  });

  it("a difficulty line alone is no answer; a 难度 line later in the answer stays in it", () => {
    const text = "# 目录\n## 第一章 A\n- [1.甲？](#1)\n- [2.乙？](#2)\n---\n## 第一章 A\n<h2>1.甲？</h2>\n**难度评分：⭐⭐ (2/5)**\n<h2>2.乙？</h2>\n乙答\n难度：3/5\n";
    const { bank, warnings } = parseBank(text, { file: "x.md", bankId: "x" });
    expect(questions(bank).map((q) => [q.answer, q.difficulty])).toEqual([[null, 1], ["乙答\n难度：3/5", null]]);
    expect(has(warnings, 7, /no answer text \(only a difficulty\)/)).toBe(true);
  });
});
