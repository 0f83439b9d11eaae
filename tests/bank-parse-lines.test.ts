import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  chapterTopic,
  isTocHeader,
  matchBoldLine,
  matchChapter,
  matchOtherHeading,
  matchPlainEntry,
  matchTocLink,
  splitNumbered,
} from "@/lib/bank/bank-lines";
import { difficultyOf } from "@/lib/bank/difficulty";
import { questionId } from "@/lib/bank/ids";
import { parseBank } from "@/lib/bank/parse";
import type { Bank } from "@/lib/bank/types";

const parse = (text: string, bankId = "x") => parseBank(text, { file: `${bankId}.md`, bankId });
const questions = (bank: Bank) => bank.chapters.flatMap((c) => c.questions);

describe("the same title in two chapters", () => {
  const file = "tests/fixtures/banks/dup-titles.md";
  const { bank, warnings } = parse(readFileSync(file, "utf8"), "dup-titles");

  it("is a question in each chapter, with its own answer", () => {
    expect(bank.chapters.map((c) => c.questions.length)).toEqual([2, 2, 2]);
    expect(bank.chapters.map((c) => c.questions[1]?.answer?.slice(0, 4))).toEqual(["DDPM", "DDIM", "CFG "]);
    expect(warnings.filter((w) => /duplicate/.test(w.message))).toEqual([]);
  });

  it("keeps the first one's id and tells the later ones apart by their topic", () => {
    const ids = bank.chapters.map((c) => c.questions[1]?.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(questionId("dup-titles", "扩散模型基础", "优缺点是什么？"));
    expect(ids[1]).toBe(questionId("dup-titles", "采样加速", "优缺点是什么？", true));
    expect(bank.chapters[1]?.questions[0]?.id).toBe(questionId("dup-titles", "采样加速", "DDIM 为什么能跳步？"));
  });

  it("is still a duplicate within one chapter", () => {
    const { bank: b, warnings: ws } = parse("# 目录\n## 第一章 A\n- [1.甲？](#1)\n- [2.甲？](#2)\n");
    expect(questions(b)).toHaveLength(1);
    expect(ws.some((w) => w.line === 4 && /duplicate question/.test(w.message))).toBe(true);
  });
});

describe("the seed bank's ids", () => {
  it("are exactly those it always had", () => {
    const file = "content/banks/aigc-video-generation.md";
    const qs = questions(parseBank(readFileSync(file, "utf8"), { file, bankId: "aigc-video-generation" }).bank);
    expect([qs[0]?.id, qs[20]?.id, qs[54]?.id]).toEqual(["t5-fe169785", "ddim-de58a7c4", "ema-vfi-211327eb"]);
    const all = createHash("sha1").update(qs.map((q) => q.id).join(",")).digest("hex");
    expect(all).toBe("3a70f7da0b530665d3a1da903e00705026ad137b");
  });
});

describe("numbers, entities and topics", () => {
  it.each([
    ["3.1 参数量怎么算", null, "3.1 参数量怎么算"],
    ["3.title", 3, "title"],
    ["12、标题", 12, "标题"],
    ["Q1. CLIP 的目标？", 1, "CLIP 的目标？"],
    ["问题2、为什么？", 2, "为什么？"],
    ["3D VAE 的压缩率", null, "3D VAE 的压缩率"],
  ])("%s", (text, number, title) => expect(splitNumbered(text)).toEqual({ number, title }));

  it("decodes HTML entities in TOC and heading titles, so both sides match", () => {
    const text = "# 目录\n## 第一章 A\n- [1.A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39;](#1)\n---\n## 第一章 A\n<h2>1.A &amp; B &lt;C&gt; \"D\" 'E'</h2>\n答\n";
    const { bank, warnings } = parse(text);
    expect(questions(bank)[0]).toMatchObject({ title: "A & B <C> \"D\" 'E'", answer: "答" });
    expect(warnings).toEqual([]);
  });

  it("strips the separator after 章 from a topic", () => {
    expect(chapterTopic("第一章：CLIP 系列")).toBe("CLIP 系列");
    expect(chapterTopic("第2章 - 位置编码")).toBe("位置编码");
    expect(chapterTopic("第三章、LLaVA")).toBe("LLaVA");
    expect(chapterTopic("第一章 【T5：文本编码器】核心")).toBe("T5：文本编码器");
  });

  it("reads chapter lines in their heading, bold and link forms, and nothing else", () => {
    expect(matchChapter("## 第一章 A ##")).toEqual({ number: 1, title: "第一章 A" });
    expect(matchChapter("##第2章")).toEqual({ number: 2, title: "第2章" });
    expect(matchChapter("**第三章 C**")).toEqual({ number: 3, title: "第三章 C" });
    expect(matchChapter("- [第四章 D](#第四章-d)")).toEqual({ number: 4, title: "第四章 D" });
    expect(matchChapter("    ## 第一章 代码")).toBeNull();
    expect(matchChapter("####### 第一章")).toBeNull();
    expect(matchOtherHeading("### C# 入门")).toBe("C# 入门");
    expect(matchTocLink("- [1.a(b)](#1.a(b)) （字节）")).toEqual({ number: 1, title: "a(b)", anchor: "#1.a(b)", bare: false });
  });
});

describe("line shapes added for issue 12", () => {
  it("目录 headers in markdown, HTML and bold", () => {
    for (const l of ["# 目录", '<h1 id="目录">目录</h1>', "<h2>目录</h2>", "**目录**", "## Table of Contents"]) expect(isTocHeader(l), l).toBe(true);
    for (const l of ["目录", "<h1>目录</h2>", "## 目录与说明"]) expect(isTocHeader(l), l).toBe(false);
  });

  it("plain-text TOC entries and bold lines", () => {
    expect(matchPlainEntry("1、问题甲？")).toEqual({ number: 1, title: "问题甲？" });
    expect(matchPlainEntry("- 2. 问题乙？")).toEqual({ number: 2, title: "问题乙？" });
    expect(matchPlainEntry("**3、问题丙？**")).toEqual({ number: 3, title: "问题丙？" });
    for (const l of ["问题甲？", "- [1.甲](#1)", "## 1、甲", "3.1 小节"]) expect(matchPlainEntry(l), l).toBeNull();
    expect(matchBoldLine("**Qwen-VL**")).toBe("Qwen-VL");
    expect(matchBoldLine("**a** and **b**")).toBeNull();
  });

  it("difficulty lines, out of 5 mapped to 1–3", () => {
    expect(difficultyOf("**难度评分：⭐⭐⭐ (3/5)**")).toBe(2);
    expect(difficultyOf("**难度评分：⭐ (1/5)**")).toBe(1);
    expect(difficultyOf("难度：★★★★")).toBe(3);
    expect(difficultyOf("**难度**：2/5")).toBe(1);
    expect(difficultyOf("难度等级: 10/10")).toBe(3);
    for (const l of ["难度很高", "**难度评分：⭐⭐ (7/5)**", "这题难度：3/5 左右，因为……很长的一句话说明了为什么难，远远超过一个评分该有的长度"]) {
      expect(difficultyOf(l), l).toBeNull();
    }
  });
});

describe("pathological lines", () => {
  const spaces = " ".repeat(10_000);
  it.each([
    ["only spaces", spaces],
    ["a heading", `#${spaces}x`],
    ["a chapter heading", `## 第一章${spaces}x`],
    ["a heading with closing hashes", `## a${spaces}#${spaces}b`],
    ["a TOC link", `- [a](b${spaces}x`],
    ["a question heading", `<h2>${spaces}x`],
    ["a thematic break", `- - -${spaces}x`],
    ["a bold line", `**${spaces}x${spaces}**`],
    ["a title heading", `# a${spaces}b${spaces}`],
    ["an HTML 目录 header", `<h1 id="目录">${spaces}目录${spaces}</h2>`],
    ["a plain TOC entry", `1、${spaces}x${spaces}`],
    ["a difficulty line", `**难度评分：${spaces}⭐${spaces}(3/${spaces}5)**`],
  ])("parse in < 50 ms: %s", (_name, line) => {
    const text = `${line}\n# 目录\n## 第一章 A\n- [1.a](#a)\n${line}\n---\n${line}\n<h2>1.a</h2>\n${line}\n`;
    const t = performance.now();
    parse(text);
    expect(performance.now() - t).toBeLessThan(50);
  });
});
