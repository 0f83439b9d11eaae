import { describe, expect, it } from "vitest";
import { latexToPlain, mathToPlain } from "@/lib/grading/latex";
import { sentenceFeatures } from "@/lib/grading/point-match";
import { calibrate } from "@/lib/grading/scoring";
import { aliasPattern } from "@/lib/grading/term-match";
import { clauseLengths, normalizeText, splitSentences, stripMarkdown } from "@/lib/grading/text";

describe("LaTeX read as a candidate types it", () => {
  it.each([
    [String.raw`\frac{1}{\sqrt{\alpha_t}}`, "1/√α_t"],
    [String.raw`\frac{1-\alpha_t}{\sqrt{1-\bar\alpha_t}}`, "(1-α_t)/√(1-ᾱ_t)"],
    [String.raw`x_T\sim\mathcal N(0,I)`, "x_T~N(0,I)"],
    [String.raw`\sqrt{\bar\alpha_{t-1}}`, "√ᾱ_{t-1}"],
    [String.raw`P_{drop}=0.1`, "P_drop=0.1"],
    [String.raw`\mathrm{softmax}(QK^\top/\sqrt{d})V`, "softmax(QK^T/√d)V"],
    [String.raw`D_{KL}\big(q\,\|\,p\big)`, "D_KL(q || p)"],
    [String.raw`\hat x_0`, "x̂_0"],
    [String.raw`16{,}384`, "16,384"],
  ])("%s → %s", (tex, plain) => {
    expect(latexToPlain(tex)).toBe(plain.normalize("NFC"));
  });

  it("lets a LaTeX formula meet the rubric's plain alias", () => {
    const norm = normalizeText(mathToPlain(String.raw`更新 $x_{t-1}=\frac{1}{\sqrt{\alpha_t}}(\dots)+\sigma_t z$`));
    for (const alias of ["1/√α_t", "σ_t z"]) expect(aliasPattern(alias)?.test(norm), alias).toBe(true);
  });

  it("keeps exponents and indices through NFKC", () => {
    expect(normalizeText("σ_t² = β_t")).toBe(normalizeText(mathToPlain(String.raw`$\sigma_t^2=\beta_t$`)).replace("=", " = "));
    expect(normalizeText("x₀")).toBe("x_0");
  });
});

// Sentences are NFKC text: full-width "，：；" come back as ",:;".
const nfkc = (xs: string[]) => xs.map((x) => x.normalize("NFKC"));

describe("sentences of markdown answers", () => {
  it("joins a formula on its own line to the sentence it completes", () => {
    const s = splitSentences("2. 对每一步，然后更新\n\n$$x_{t-1}=\\frac{1}{\\sqrt{\\alpha_t}}\\Big(x_t\\Big)+\\sigma_t z$$\n\n3. 返回 $x_0$。");
    expect(s.map((x) => x.text)).toEqual(nfkc(["对每一步，然后更新 $$x_{t-1}=\\frac{1}{\\sqrt{\\alpha_t}}\\Big(x_t\\Big)+\\sigma_t z$$", "返回 $x_0$。"]));
    expect(s[0]?.plain).toContain("1/√α_t");
  });

  it("does not split inside math, at a bold list number, or at a decimal", () => {
    const s = splitSentences("**1. 极少步数时质量下降**：离散化误差大。\n0.235 是标准差；用来判断差异。\n$\\mathcal{L}(\\theta,\\phi;x)$ 是下界。");
    expect(s.map((x) => x.text)).toEqual(nfkc(["极少步数时质量下降：离散化误差大。", "0.235 是标准差；用来判断差异。", "$\\mathcal{L}(\\theta,\\phi;x)$ 是下界。"]));
  });

  it("strips markdown but not comparisons that look like tags", () => {
    expect(stripMarkdown("**人工评测**：成对比较 `Elo`<br>")).toBe("人工评测：成对比较 Elo ");
    expect(stripMarkdown("当 t<T 且 x>0 时")).toBe("当 t<T 且 x>0 时");
  });
});

describe("list shape", () => {
  const listy = (text: string) => sentenceFeatures({ text, plain: mathToPlain(text), norm: normalizeText(mathToPlain(text)), index: 0 }).listy;

  it("still sees a bare list of terms", () => {
    expect(listy("Text-to-Text，Encoder-Decoder，Span Corruption，任务前缀，相对位置编码，文本编码器。")).toBe(true);
  });

  it("does not count asides, ratios or formulas as list items", () => {
    expect(clauseLengths("比例取 16:9、9:16 等")).toHaveLength(1);
    expect(listy('任务统一化：通过添加任务前缀（如"translate:"、"summarize:"）将不同任务映射为相同输入-输出格式')).toBe(false);
    expect(listy("公式：对每个 token 单独计算：$\\mu = \\frac{1}{d}\\sum_i x_i$，$\\sigma^2 = \\frac{1}{d}\\sum_i (x_i-\\mu)^2$，$y = \\gamma\\hat x+\\beta$。")).toBe(false);
  });

  it("judges semicolon-joined parts like sentences: a list only if every part is", () => {
    expect(listy("固定提示集、随机种子数，固定分辨率、帧数、fps；样本量要足够，因为 Fréchet 距离的估计对样本数敏感。")).toBe(false);
    expect(listy("Pre-Norm、RMSNorm、分桶；共享、去偏置、相对位置")).toBe(true);
  });
});

describe("calibration", () => {
  it("is increasing, from 0 to 10, and keeps near-empty answers low", () => {
    const xs = Array.from({ length: 101 }, (_, i) => i / 10);
    const ys = xs.map(calibrate);
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1] as number);
    expect(calibrate(0)).toBe(0);
    expect(calibrate(10)).toBe(10);
    // The one-sentence curve: 10 · (raw/10)^0.7; a near-empty answer stays under 1.
    expect(calibrate(8)).toBeCloseTo(10 * 0.8 ** 0.7, 6);
    expect(calibrate(0.2)).toBeLessThan(1);
  });
});
