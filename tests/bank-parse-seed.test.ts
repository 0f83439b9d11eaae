import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBank } from "@/lib/bank/parse";
import type { Bank } from "@/lib/bank/types";

const file = "content/banks/aigc-video-generation.md";
const seed = readFileSync(file, "utf8");
const parse = (text: string) => parseBank(text, { file, bankId: "aigc-video-generation" });
const all = (bank: Bank) => bank.chapters.flatMap((c) => c.questions);
const idsByTitle = (bank: Bank) => new Map(all(bank).map((q) => [q.title, q.id]));

describe("parseBank on the seed bank", () => {
  const { bank, warnings } = parse(seed);
  const ch = (n: number) => bank.chapters.find((c) => c.number === n)!;

  it("finds 12 chapters and 55 questions, 19 with a seed answer", () => {
    expect(bank.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(bank.chapters.map((c) => c.questions.length)).toEqual([6, 6, 4, 5, 6, 6, 4, 5, 2, 3, 5, 3]);
    expect(all(bank)).toHaveLength(55);
    expect(all(bank).filter((q) => q.answerSource === "seed")).toHaveLength(19);
    expect(all(bank).filter((q) => q.answer !== null)).toHaveLength(19);
  });

  it("keeps TOC titles and topics, and numbering restarts in each chapter", () => {
    expect(ch(1).title).toBe("第一章 【T5：文本编码器】核心基础知识高频考点");
    expect(ch(1).topic).toBe("T5：文本编码器");
    expect(ch(12).topic).toBe("EMA-VFI：一种视频帧插值模型");
    for (const c of bank.chapters) expect(c.questions.map((q) => q.number)).toEqual(c.questions.map((_, i) => i + 1));
    expect(ch(2).questions[1]?.title).toBe("请介绍下什么是对比学习？");
  });

  it("matches chapter 5 by number although the body titles it differently", () => {
    expect(ch(5).topic).toBe("LDM(StableDiffusion)");
    const [q1, q2] = ch(5).questions;
    expect(q1?.answer).toBeNull(); // heading present, body empty
    expect(q1?.answerSource).toBeNull();
    expect(q2?.answerSource).toBe("seed");
    expect(q2?.answer).toMatch(/^\*\*Stable Diffusion 是 Latent Diffusion/);
    expect(ch(5).questions.slice(2).every((q) => q.answer === null)).toBe(true);
    expect(warnings.some((w) => w.line === 327 && /chapter 5 is titled/.test(w.message))).toBe(true);
  });

  it("leaves chapters 3, 4 and 7–12 without answers", () => {
    for (const n of [3, 4, 7, 8, 9, 10, 11, 12]) {
      expect(ch(n).questions.every((q) => q.answer === null && q.answerSource === null && q.answerLine === null)).toBe(true);
    }
    for (const n of [1, 2, 6]) expect(ch(n).questions.every((q) => q.answerSource === "seed")).toBe(true);
  });

  it("matches TOC links without '#' and anchors that differ from the heading id", () => {
    // 2.1 links "(1.请讲…)" without '#'; 1.6's anchor has hyphens where the heading id has spaces.
    expect(ch(2).questions[0]?.answer).toMatch(/^\*\*CLIP模型\*\*/);
    expect(ch(1).questions[5]?.answer).toMatch(/T5在文本到视频生成中承担/);
  });

  it("records where each answer starts and keeps the markdown as written", () => {
    const q = ch(1).questions[0]!;
    expect(q.answerLine).toBe(105);
    expect(seed.split("\n")[104]).toBe(q.answer?.split("\n")[0]);
    const contrast = ch(2).questions[1]!;
    expect(contrast.answer).toContain("$$\nL = \\sum_{(x_i, x_{j+}) \\in P}");
    expect(contrast.answer).toContain("$\\mathcal{P}$");
  });

  it("rewrites <div><img></div> blocks as markdown images and records missing images", () => {
    const q = ch(2).questions[2]!;
    expect(q.answer).not.toMatch(/<div|<img/);
    expect(q.answer).toContain("![SimCLR对比损失](imgs/SimCLR对比损失函数.png)");
    expect(q.images).toEqual([
      { src: "imgs/SimCLR对比损失函数.png", alt: "SimCLR对比损失", line: 251, exists: false },
      { src: "imgs/Triplet-loss损失函数.png", alt: "Triplet损失", line: 275, exists: false },
    ]);
    expect(ch(1).questions[0]?.images).toEqual([{ src: "imgs/T5.png", alt: "", line: 112, exists: false }]);
    expect(warnings.filter((w) => w.message.startsWith("image not found")).map((w) => w.line)).toEqual([112, 251, 275]);
    expect(warnings.every((w) => w.file === file && w.line > 0)).toBe(true);
  });
});

describe("question ids", () => {
  const base = idsByTitle(parse(seed).bank);

  it("are unique and stable across re-parses", () => {
    expect(new Set(base.values()).size).toBe(55);
    expect(idsByTitle(parse(seed).bank)).toEqual(base);
    expect(base.get("请讲一讲T5模型的原理,以及在视频生成领域的作用")).toMatch(/^t5-[0-9a-f]{8}$/);
    expect(base.get("请讲一讲StableDiffusion模型的原理及其应用场景？")).toMatch(/^ldm-stablediffusion-[0-9a-f]{8}$/);
  });

  it("do not change when a question is inserted before others", () => {
    const lines = seed.split("\n");
    const at = lines.findIndex((l) => l.startsWith("- [2.T5对原始Transformer"));
    lines.splice(at, 0, "- [2.新插入的问题：T5 的词表有多大？](#new)");
    const { bank } = parse(lines.join("\n"));
    const after = idsByTitle(bank);
    expect(all(bank)).toHaveLength(56);
    for (const [title, id] of base) expect(after.get(title)).toBe(id);
  });

  it("do not change when chapters are reordered", () => {
    const lines = seed.split("\n");
    const ch1 = lines.slice(2, 12); // TOC block of chapter 1
    const ch2 = lines.slice(12, 21); // TOC block of chapter 2
    const swapped = [...lines.slice(0, 2), ...ch2, ...ch1, ...lines.slice(21)].join("\n");
    const { bank } = parse(swapped);
    expect(bank.chapters.slice(0, 2).map((c) => c.number)).toEqual([2, 1]);
    expect(idsByTitle(bank)).toEqual(base);
    expect(all(bank).filter((q) => q.answerSource === "seed")).toHaveLength(19);
  });
});
