import { describe, expect, it } from "vitest";
import { stemEnglish } from "@/lib/text/stem";
import { cjkBigrams, tokenize } from "@/lib/text/tokenize";

describe("tokenize", () => {
  it("keeps hyphenated and versioned names whole and split, so every spelling meets", () => {
    expect(tokenize("BLIP2中的Q-Former")).toEqual(expect.arrayContaining(["blip2", "blip", "qformer", "former"]));
    expect(tokenize("BLIP-2")).toEqual(expect.arrayContaining(["blip2", "blip"]));
    expect(tokenize("StableDiffusion")).toEqual(expect.arrayContaining(["stablediffusion", "stabl", "diffusion"]));
    expect(tokenize("Stable Diffusion")).toEqual(["stabl", "diffusion"]);
    expect(tokenize("FiTv2")).toEqual(expect.arrayContaining(["fitv2", "fit"]));
  });

  it("segments Chinese with the domain dictionary and drops how-questions are asked", () => {
    const t = tokenize("请讲一讲去噪扩散模型的原理？为啥参数量这么大");
    expect(t).toEqual(expect.arrayContaining(["去噪", "扩散模型", "原理", "参数量"]));
    for (const stop of ["请", "讲一讲", "的", "为啥", "？"]) expect(t).not.toContain(stop);
  });

  it("keeps decimal numbers quoted from answers and drops lone digits and letters", () => {
    expect(tokenize("标准差只有 0.235")).toContain("0.235");
    expect(tokenize("x_t 第 1 步")).not.toContain("1");
    expect(tokenize("x_t 第 1 步")).not.toContain("x");
  });

  it("stems English lightly, so inflections meet", () => {
    expect(new Set(["sampling", "sampled", "samples", "sample"].map(stemEnglish)).size).toBe(1);
    expect(stemEnglish("embeddings")).toBe(stemEnglish("embed"));
    expect(stemEnglish("bias")).toBe("bias");
    expect(stemEnglish("loss")).toBe("loss");
  });

  it("gives overlapping bigrams of Chinese runs only", () => {
    expect(cjkBigrams("帧间注意力 IFA 插帧")).toEqual(["帧间", "间注", "注意", "意力", "插帧"]);
  });
});
