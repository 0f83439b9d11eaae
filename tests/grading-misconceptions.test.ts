import { describe, expect, it } from "vitest";
import { isCueNegated } from "@/lib/grading/negation";
import { normalizeText } from "@/lib/grading/text";
import { DDPM, grade, LAYER_NORM, question, T5_CHANGES } from "./grading-helpers";

const t5 = question(T5_CHANGES);
const ln = question(LAYER_NORM);
const ddpm = question(DDPM);

function negated(sentence: string, cue: string): boolean {
  const norm = normalizeText(sentence);
  const at = norm.indexOf(normalizeText(cue));
  if (at < 0) throw new Error(`cue not in sentence: ${cue}`);
  return isCueNegated(norm, at, at + normalizeText(cue).length);
}

describe("negation scope", () => {
  it.each([
    ["T5 用相对位置偏置，而不是绝对位置编码", "绝对位置编码", true],
    ["T5 并非使用绝对位置编码", "绝对位置编码", true],
    ["T5 不再用绝对位置编码", "绝对位置编码", true],
    ["it uses a relative bias instead of an absolute position embedding", "absolute position", true],
    ["the forward process is not learned", "learned", true],
    ["很多人误以为前向过程是学习的", "前向过程是学习的", true],
    ["T5 用的是绝对位置编码，而不是相对位置编码", "绝对位置编码", false],
    ["不是所有模型都这样，T5 用绝对位置编码", "绝对位置编码", false],
    ["the forward process is learned", "learned", false],
  ])("%s / %s → negated %s", (sentence, cue, expected) => {
    expect(negated(sentence, cue)).toBe(expected);
  });
});

const BASE_T5 =
  "T5 把 LayerNorm 放在每个子层的输入处，也就是 Pre-Norm，残差通路上是恒等映射，梯度更稳定，可以少用 warmup。" +
  "它的 LayerNorm 只做缩放，不减均值也没有 bias，相当于 RMSNorm，计算更省。";

describe("misconceptions", () => {
  it("a negated cue is not a misconception", async () => {
    const g = await grade(t5, `${BASE_T5}位置编码方面，T5 不用绝对位置编码，而是每个注意力头按相对距离分桶学习一个标量偏置，加到 attention logits 上。`);
    expect(g.misconceptions).toEqual([]);
  });

  it("an asserted cue is named, with the sentence, and costs points", async () => {
    const right = await grade(t5, `${BASE_T5}位置编码方面，T5 不用绝对位置编码，而是用相对位置偏置。`);
    const wrong = await grade(t5, `${BASE_T5}位置编码方面，T5 用的是绝对位置编码，直接加到输入 embedding 上。`);
    expect(wrong.misconceptions.length).toBeGreaterThan(0);
    const m = wrong.misconceptions.find((x) => x.pointId === "relative-bias-scalar");
    expect(m?.zh).toMatch(/绝对/);
    expect(m?.evidence).toMatch(/绝对位置编码/);
    expect(wrong.score).toBeLessThan(right.score - 1);
    expect(wrong.dimensions.correctness).toBeLessThan(right.dimensions.correctness);
    expect(wrong.feedback).toMatch(/错误说法/);
  });

  it("tolerates filler words inside a cue (\"在 batch 维度上做归一化\")", async () => {
    const g = await grade(ln, "LayerNorm 其实是在 batch 维度上做归一化的，和 BatchNorm 一样。");
    expect(g.misconceptions.map((m) => m.pointId)).toContain("per-token-normalization");
    const ok = await grade(ln, "LayerNorm 并不是在 batch 维度上归一化，而是在每个 token 的特征维度上。");
    expect(ok.misconceptions).toEqual([]);
  });

  it("works in English", async () => {
    const wrong = await grade(ddpm, "In DDPM the forward process is learned by the network, and the reverse process removes the noise step by step.");
    expect(wrong.misconceptions.map((m) => m.pointId)).toContain("forward-closed-form");
    const right = await grade(ddpm, "In DDPM the forward process is not learned: it adds Gaussian noise on a fixed schedule, and the reverse process removes it step by step.");
    expect(right.misconceptions).toEqual([]);
  });
});

describe("self-correction: the last word counts", () => {
  const WRONG = "位置编码方面，T5 用的是绝对位置编码，直接加到输入 embedding 上。";

  it("a claim later denied is retracted", async () => {
    const g = await grade(t5, `${BASE_T5}${WRONG}不对，T5 并不是用绝对位置编码，而是每个头按相对距离分桶学一个标量偏置。`);
    expect(g.misconceptions).toEqual([]);
  });

  it("a claim later named in a correction is retracted", async () => {
    const g = await grade(t5, `${BASE_T5}${WRONG}更正一下：前面关于绝对位置编码的那句，T5 实际用的是相对位置偏置。`);
    expect(g.misconceptions).toEqual([]);
  });

  it("a claim asserted after its denial stands", async () => {
    const g = await grade(t5, `${BASE_T5}T5 不用绝对位置编码。${WRONG}`);
    expect(g.misconceptions.map((m) => m.pointId)).toContain("relative-bias-scalar");
  });

  it("a negation before 把 reaches the whole construction", () => {
    expect(negated('它不会把"白天→夜晚"翻译成"光照强度降低60%"之类的参数', "光照强度降低60%")).toBe(true);
    expect(negated('它会把"白天→夜晚"翻译成"光照强度降低60%"之类的参数', "光照强度降低60%")).toBe(false);
  });
});
