import { describe, expect, it } from "vitest";
import { passageForPoint, questionPassages } from "@/lib/bank/passages";
import { gradeSchema } from "@/lib/grading";
import { normalizeText } from "@/lib/grading/text";
import { grade, LAYER_NORM, question } from "./grading-helpers";

const ln = question(LAYER_NORM);

const GOOD =
  "LayerNorm 对每个 token 自己的特征维度求均值和方差做归一化，再乘以可学习的 γ、加上 β，统计量和 batch 里其他样本无关。" +
  "不用 BatchNorm 是因为序列变长、有 padding，跨样本统计没有意义；小 batch 时统计噪声大；训练和推理用的统计量也不一致。" +
  "位置上，原始 Transformer 是 Post-LN，初始化时靠近输出的梯度很大，需要 warmup；Pre-LN 把 LN 放到子层之前，梯度更稳定，可以去掉 warmup。" +
  "很多大模型用 RMSNorm，只按均方根缩放、不减均值，计算更省。";

const ENGLISH =
  "LayerNorm normalises each token over its own feature dimension, using that token's mean and variance, so it does not depend on the other samples in the batch. " +
  "BatchNorm is avoided because variable-length sequences and padding make cross-sample statistics meaningless, small batches give noisy statistics, and training and inference statistics differ. " +
  "Post-LN needs learning-rate warm-up, while Pre-LN places the norm before each sublayer and trains stably. " +
  "Many large models use RMSNorm, which skips mean subtraction and only rescales by the root mean square.";

describe("key points of a crafted good answer", () => {
  it("are covered with the candidate's own sentence as evidence and the reference passage", async () => {
    const g = await grade(ln, GOOD);
    const byId = Object.fromEntries(g.points.map((p) => [p.id, p]));
    for (const id of ["per-token-normalization", "batchnorm-problems", "pre-post-ln", "rmsnorm"]) {
      expect(byId[id]?.status, id).toBe("covered");
    }
    expect(byId["adaln-zero"]?.status).toBe("missing");
    expect(byId["adaln-zero"]?.evidence).toBeNull();
    expect(byId["batchnorm-problems"]?.evidence).toMatch(/BatchNorm/);
    expect(byId["rmsnorm"]?.evidence).toMatch(/RMSNorm/);
    const flat = (s: string) => normalizeText(s).replace(/\s+/g, "");
    for (const p of g.points.filter((x) => x.evidence)) expect(flat(GOOD)).toContain(flat(p.evidence ?? ""));
    const passages = questionPassages(ln);
    for (const p of g.points) {
      const rp = ln.rubric.find((r) => r.id === p.id);
      expect(p.passage?.id).toBe(passageForPoint(passages, rp ?? { passage: "" })?.id);
    }
    expect(g.score).toBeGreaterThanOrEqual(7);
    expect(g.feedback).toMatch(/adaLN/);
  });

  it("returns a well-formed grade", async () => {
    const g = await grade(ln, GOOD);
    expect(() => gradeSchema.parse(g)).not.toThrow();
    expect(g.mode).toBe("lexical");
    expect(Math.round(g.score * 10) / 10).toBe(g.score);
    expect(g.points.map((p) => p.id)).toEqual(ln.rubric.map((p) => p.id));
  });

  it("ranks a vague answer below a good one, and a good one below it plus more points", async () => {
    const vague = await grade(ln, "LayerNorm 可以让训练更稳定，效果比较好。");
    const partial = await grade(ln, GOOD.split("。").slice(0, 2).join("。"));
    const full = await grade(ln, GOOD);
    expect(vague.score).toBeLessThan(partial.score);
    expect(partial.score).toBeLessThan(full.score);
  });
});

describe("an English answer to a Chinese question", () => {
  it("is graded on its meaning", async () => {
    const g = await grade(ln, ENGLISH);
    const covered = g.points.filter((p) => p.status !== "missing").map((p) => p.id);
    expect(covered).toEqual(expect.arrayContaining(["per-token-normalization", "batchnorm-problems", "rmsnorm"]));
    expect(g.flags).toEqual([]);
    expect(g.score).toBeGreaterThanOrEqual(6);
  });

  it("gets feedback in the session language", async () => {
    const en = await grade(ln, ENGLISH, { lang: "en" });
    expect(en.feedback).toMatch(/Missing: DiT's adaLN-Zero/);
    const zh = await grade(ln, ENGLISH, { lang: "zh" });
    expect(zh.feedback).toMatch(/缺少：DiT 的 adaLN-Zero/);
  });

  it("gets English feedback when no session language is given", async () => {
    const g = await grade(ln, ENGLISH);
    expect(g.lang).toBe("en");
    expect(g.feedback).toMatch(/Missing: DiT's adaLN-Zero/);
    expect((await grade(ln, "LayerNorm 对每个 token 的特征维度归一化，和 batch 无关。")).lang).toBe("zh");
  });
});

describe("pointIds", () => {
  it("grades only the named points", async () => {
    const g = await grade(ln, "RMSNorm 去掉了减均值和偏置，只按均方根缩放，所以计算更省。", { pointIds: ["rmsnorm"] });
    expect(g.points.map((p) => p.id)).toEqual(["rmsnorm"]);
    expect(g.points[0]?.status).toBe("covered");
  });

  it("rejects ids the rubric does not have", async () => {
    await expect(grade(ln, "x", { pointIds: ["no-such-point"] })).rejects.toThrow(/no key point/);
  });
});

describe("a point named in one sentence and explained in the next", () => {
  it("is covered by the two together", async () => {
    const pe = question("位置编码在Transformer中的作用?");
    const g = await grade(
      pe,
      "位置编码可以分为绝对位置编码和相对位置编码。绝对位置编码给每个位置分配一个唯一的向量，直接反映元素在序列中的位置；" +
        "相对位置编码则只关注两个元素之间的距离，在注意力里按相对偏移计算。",
    );
    const p = g.points.find((x) => x.id === "absolute-vs-relative");
    expect(p?.status).toBe("covered");
    expect(p?.evidence).toMatch(/分为绝对位置编码和相对位置编码.*唯一的向量/);
  });
});
