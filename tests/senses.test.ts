import { describe, expect, it } from "vitest";
import { PLAIN_WORDS } from "@/lib/text/plain-words";
import { SENSE_MARK, senseMatcher, withSenses } from "@/lib/text/senses";

const senses = senseMatcher([
  "均值 / 平均值 / 平均 / mean / average",
  "方差 / variance",
  "协方差 / covariance",
  "批次 / 一批 / batch / mini batch",
]);
const names = (text: string) => [...new Set(senses(text).map((m) => m.sense.slice(SENSE_MARK.length)))].sort();

describe("senses", () => {
  it("finds a notion whatever words express it, in either language", () => {
    expect(names("减掉这串数的平均，再看方差")).toEqual(["均值", "方差"].sort());
    expect(names("Subtract the averages, divide by the variance")).toEqual(["均值", "方差"].sort());
    expect(names("同一批里的其他样本")).toEqual(["批次"]);
    expect(names("a mini-batch of 8")).toEqual(["批次"]);
  });

  it("lets the longest expression claim its span", () => {
    expect(names("协方差矩阵")).toEqual(["协方差"]);
    expect(names("the covariance matrix")).toEqual(["协方差"]);
  });

  it("matches English as whole words only", () => {
    expect(names("meaningful demeanor")).toEqual([]);
    expect(names("batches of data")).toEqual(["批次"]);
  });

  it("keys cannot collide with a tokenizer's tokens", () => {
    for (const m of senses("平均 batch")) expect(m.sense.startsWith(SENSE_MARK)).toBe(true);
  });

  it("reads a text's words as their senses, once", () => {
    const toks = withSenses("减掉平均值", ["减掉", "平均", "平均值"], senses);
    expect(toks).toEqual(["减掉", `${SENSE_MARK}均值`]);
    expect(withSenses("无关的话", ["无关"], senses)).toEqual(["无关"]);
  });
});

describe("the plain-language thesaurus", () => {
  it("gives every expression to one notion only", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const entry of PLAIN_WORDS) {
      const forms = entry.split(" / ").map((f) => f.normalize("NFKC").toLowerCase().trim());
      for (const f of new Set(forms)) {
        if (seen.has(f)) twice.push(`${f}: ${seen.get(f)} | ${forms[0]}`);
        seen.set(f, forms[0] as string);
      }
    }
    expect(twice).toEqual([]);
  });
});
