import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import { passageForPoint, questionPassages } from "@/lib/bank/passages";

// The user's own bank ships byte for byte as they wrote it; everything we add lives beside it.
const SEED_SHA256 = "e34b41493779ea3c5d72c66e6adbaf9401a0ca753a25b15af2ae627841dee2e6";

const loaded = loadBanks();
const bank = loaded.banks.find((b) => b.id === "aigc-video-generation");
const questions = bank?.chapters.flatMap((c) => c.questions) ?? [];

describe("the default bank's content", () => {
  it("ships the seed unchanged", () => {
    const bytes = readFileSync("content/banks/aigc-video-generation.md");
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(SEED_SHA256);
  });

  it("loads the authored files without a warning; the seed warns only of its own known quirks", () => {
    expect(loaded.warnings.filter((w) => !w.file.endsWith("aigc-video-generation.md"))).toEqual([]);
    expect(loaded.warnings.map((w) => w.line)).toEqual([112, 251, 275, 327, 329]);
  });

  it("answers all 55 questions: 19 from the seed, 36 authored", () => {
    expect(questions).toHaveLength(55);
    expect(questions.filter((q) => !q.answer)).toEqual([]);
    expect(questions.filter((q) => q.answerSource === "seed")).toHaveLength(19);
    expect(questions.filter((q) => q.answerSource === "authored")).toHaveLength(36);
  });

  it("gives every chapter and question an English title, and every question a difficulty and tags", () => {
    expect(bank?.chapters.filter((c) => !c.titleEn).map((c) => c.number)).toEqual([]);
    const incomplete = questions.filter((q) => !q.titleEn || q.difficulty === null || q.tags.length === 0);
    expect(incomplete.map((q) => q.title)).toEqual([]);
  });

  it("cites at least one paper with an arXiv id for every authored answer and supplement", () => {
    const uncited = questions.filter(
      (q) => (q.answerSource === "authored" || q.supplement) && !q.citations.some((c) => c.arxiv),
    );
    expect(uncited.map((q) => q.title)).toEqual([]);
  });

  it("grades every question with 3 to 7 key points, ids unique within the question", () => {
    for (const q of questions) {
      expect(q.rubric.length, q.title).toBeGreaterThanOrEqual(3);
      expect(q.rubric.length, q.title).toBeLessThanOrEqual(7);
      expect(new Set(q.rubric.map((p) => p.id)).size, q.title).toBe(q.rubric.length);
      for (const p of q.rubric) {
        expect(p.terms.length, `${q.title} ${p.id}`).toBeGreaterThan(0);
        expect(p.followUps.length, `${q.title} ${p.id}`).toBeGreaterThan(0);
      }
    }
  });

  it("links every key point to a passage of its own question's reference answer", () => {
    const unlinked: string[] = [];
    for (const q of questions) {
      const passages = questionPassages(q);
      for (const p of q.rubric) if (!passageForPoint(passages, p)) unlinked.push(`${q.title} → ${p.id}`);
    }
    expect(unlinked).toEqual([]);
  });
});
