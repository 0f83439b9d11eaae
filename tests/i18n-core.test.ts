import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";
import { fromAcceptLanguage, resolveLang, translate } from "@/lib/i18n";

describe("lib/i18n", () => {
  it("has the same keys and the same placeholders in both languages, and no side-by-side bilingual text", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect(holes(en[key]), key).toEqual(holes(zh[key]));
      // An English message with Chinese in it (or the reverse) is the old "题库 Bank" style.
      if (!key.startsWith("topic.placeholder")) expect(en[key], key).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zh[key].trim().length, key).toBeGreaterThan(0);
    }
  });

  it("fills placeholders and leaves an unknown one visible", () => {
    expect(translate("zh", "bank.chapterCount", { n: 6 })).toBe("6 题");
    expect(translate("en", "home.inProgress", { done: 1, total: 3 })).toBe("in progress 1/3");
    expect(translate("en", "bank.weight")).toBe("weight {n}");
  });

  it("picks the language from Accept-Language by quality, then the cookie overrides it", () => {
    expect(fromAcceptLanguage("en-US,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    expect(fromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5,zh;q=0.7")).toBe("zh");
    expect(fromAcceptLanguage("zh-TW")).toBe("zh");
    expect(fromAcceptLanguage("en;q=0,zh;q=0.1")).toBe("zh");
    expect(fromAcceptLanguage("fr, de")).toBeNull();
    expect(fromAcceptLanguage(undefined)).toBeNull();
    expect(resolveLang(undefined, "en-GB")).toBe("en");
    expect(resolveLang("zh", "en-GB")).toBe("zh");
    expect(resolveLang("klingon", "en-GB")).toBe("en");
    expect(resolveLang(undefined, "fr")).toBe("zh");
  });
});
