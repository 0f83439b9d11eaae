import { describe, expect, it } from "vitest";
import { passageForPoint, questionPassages } from "@/lib/bank/passages";

const answer = `T5 采用统一的文本到文本框架。

**其核心创新包括：**
- 任务统一化：添加任务前缀
- Encoder-Decoder 架构
  - 编码器理解输入

![](imgs/T5.png)

$$
L = \\sum_i x_i
$$
`;

describe("passages", () => {
  const ps = questionPassages({ id: "q1", answer, supplement: "补充：**InfoNCE** 损失。" });

  it("splits paragraphs, list items and formula blocks, and drops image-only blocks", () => {
    expect(ps.map((p) => p.text)).toEqual([
      "T5 采用统一的文本到文本框架。",
      "任务统一化：添加任务前缀",
      "Encoder-Decoder 架构",
      "编码器理解输入",
      "$$\nL = \\sum_i x_i\n$$",
      "补充：**InfoNCE** 损失。",
    ]);
  });

  it("records heading paths from bold lead-ins and parent items", () => {
    expect(ps[1]?.headingPath).toEqual(["其核心创新包括"]);
    expect(ps[3]?.headingPath).toEqual(["其核心创新包括", "Encoder-Decoder 架构"]);
    expect(ps[5]?.source).toBe("supplement");
  });

  it("finds a key point's passage ignoring white space and emphasis", () => {
    expect(passageForPoint(ps, { passage: "补充： InfoNCE 损失" })?.id).toBe("q1#supplement-0");
    expect(passageForPoint(ps, { passage: "nowhere in the text" })).toBeNull();
  });
});
