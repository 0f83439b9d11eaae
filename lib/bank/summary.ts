import type { Bank, BankWarning } from "./types";

export interface ImportSummary {
  chapters: number;
  questions: number;
  /** Questions with an answer, from the bank or authored beside it. */
  answered: number;
  warnings: number;
  /** "52 questions in 4 chapters, 51 answered; 3 warnings". */
  text: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import read, in one line: shown by `npm run bank` and on /bank. `warnings`: this bank's own. */
export function importSummary(bank: Bank, warnings: BankWarning[]): ImportSummary {
  const qs = bank.chapters.flatMap((c) => c.questions);
  const s = {
    chapters: bank.chapters.length,
    questions: qs.length,
    answered: qs.filter((q) => q.answer !== null).length,
    warnings: warnings.length,
  };
  const text =
    `${count(s.questions, "question", "questions")} in ${count(s.chapters, "chapter", "chapters")}, ` +
    `${s.answered} answered; ${count(s.warnings, "warning", "warnings")}`;
  return { ...s, text };
}
