import type { LoadedAuthored } from "@/lib/content/load-authored";
import type { AuthoredQuestion } from "@/lib/content/schema";
import { normalizeTitle } from "./ids";
import type { Bank, BankWarning, Question } from "./types";

/**
 * Lays authored content over a parsed bank. Questions match by chapter number and normalised
 * TOC title. The bank's own text always wins: an authored `answer` fills only questions the
 * bank leaves unanswered, and is marked "authored" so the page can say so.
 */
export function mergeAuthored(bank: Bank, authored: LoadedAuthored): { bank: Bank; warnings: BankWarning[] } {
  const warnings: BankWarning[] = [];
  const merged: Bank = { ...bank, chapters: bank.chapters.map((c) => ({ ...c, questions: [...c.questions] })) };
  if (authored.bank) {
    merged.title = authored.bank.data.title;
    merged.titleEn = authored.bank.data.titleEn;
  }
  const mergedFrom = new Map<string, string>();

  for (const cf of authored.chapters) {
    const warn = (path: PropertyKey[], message: string) => warnings.push({ file: cf.file, line: cf.lineOf(path), message });
    const chapter = merged.chapters.find((c) => c.number === cf.data.chapter);
    if (!chapter) {
      warn(["chapter"], `chapter ${cf.data.chapter} is not in bank ${bank.id}; file ignored`);
      continue;
    }
    chapter.titleEn = cf.data.titleEn;

    cf.data.questions.forEach((aq, i) => {
      const key = normalizeTitle(aq.title);
      const idx = chapter.questions.findIndex((q) => normalizeTitle(q.title) === key);
      const target = chapter.questions[idx];
      if (!target) {
        const elsewhere = merged.chapters.find((c) => c.questions.some((q) => normalizeTitle(q.title) === key));
        const hint = elsewhere ? ` (it is in chapter ${elsewhere.number})` : "";
        warn(["questions", i, "title"], `authored question matches no question of chapter ${chapter.number}${hint}: ${aq.title}`);
        return;
      }
      const earlier = mergedFrom.get(target.id);
      if (earlier) {
        warn(["questions", i, "title"], `question already has authored content from ${earlier}; this entry ignored`);
        return;
      }
      mergedFrom.set(target.id, cf.file);
      chapter.questions[idx] = applyAuthored(target, aq, (path, message) => warn(["questions", i, ...path], message));
    });
  }
  return { bank: merged, warnings };
}

function applyAuthored(q: Question, aq: AuthoredQuestion, warn: (path: PropertyKey[], message: string) => void): Question {
  const out: Question = {
    ...q,
    titleEn: aq.titleEn,
    difficulty: aq.difficulty,
    tags: aq.tags,
    citations: aq.citations,
    rubric: aq.rubric,
    supplement: aq.supplement ?? q.supplement,
  };
  if (aq.answer !== undefined) {
    if (q.answer !== null) {
      warn(["answer"], "the bank already answers this question; the authored answer is ignored (the bank's answer wins)");
    } else {
      out.answer = aq.answer;
      out.answerSource = "authored";
      out.answerLine = null;
    }
  }
  if ((out.answerSource === "authored" || aq.supplement) && aq.citations.length === 0) {
    warn(["citations"], "authored text without citations");
  }
  const ids = new Set<string>();
  aq.rubric.forEach((p, j) => {
    if (ids.has(p.id)) warn(["rubric", j, "id"], `duplicate key point id ${p.id}`);
    ids.add(p.id);
  });
  return out;
}
