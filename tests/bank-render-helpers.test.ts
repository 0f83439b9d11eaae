import { describe, expect, it } from "vitest";
import { displayMathLines } from "@/app/_components/display-math";
import { bankHref, bankImageHref } from "@/app/_components/bank-href";
import { readBankImage } from "@/lib/bank/image-file";
import { loadBanks } from "@/lib/bank/load";
import { parseBank } from "@/lib/bank/parse";
import { readFileSync } from "node:fs";

describe("displayMathLines", () => {
  it("gives a one-line $$…$$ its own fences, keeping list indentation", () => {
    expect(displayMathLines("前文\n\n$$a=b$$\n\n后文")).toBe("前文\n\n$$\na=b\n$$\n\n后文");
    expect(displayMathLines("- 项\n\n  $$ x^2 $$")).toBe("- 项\n\n  $$\n  x^2\n  $$");
  });
  it("leaves inline and already fenced math alone", () => {
    for (const md of ["文中 $$a$$ 内联", "$x$ 与 $y$", "$$\na\n$$", "$$a$$ 与 $$b$$"]) expect(displayMathLines(md)).toBe(md);
  });
});

describe("bank URLs", () => {
  it("encode bank and question ids as query parameters", () => {
    expect(bankHref("aigc-video-generation", "t5-fe169785")).toBe("/bank?bank=aigc-video-generation&q=t5-fe169785");
    expect(bankImageHref("b", "imgs/图 1.png")).toBe("/bank/image?bank=b&src=imgs%2F%E5%9B%BE+1.png");
  });
});

describe("readBankImage", () => {
  const file = "tests/fixtures/banks/irregular.md";
  const { bank } = parseBank(readFileSync(file, "utf8"), { file, bankId: "irregular" });

  it("serves an image the bank refers to and that exists", () => {
    const img = readBankImage([bank], "irregular", "imgs/ok.png");
    expect(img?.contentType).toBe("image/png");
    expect(img?.bytes.subarray(1, 4).toString()).toBe("PNG");
  });

  it("refuses missing images, unknown banks and any other file", () => {
    expect(readBankImage([bank], "irregular", "imgs/missing.png")).toBeNull();
    expect(readBankImage([bank], "nope", "imgs/ok.png")).toBeNull();
    for (const src of ["irregular.md", "../banks/irregular.md", "imgs/../irregular.md", "/etc/passwd"]) {
      expect(readBankImage([bank], "irregular", src)).toBeNull();
    }
    expect(readBankImage(loadBanks({ contentDir: "tests/fixtures/content" }).banks, "alpha", "../../package.json")).toBeNull();
  });
});
