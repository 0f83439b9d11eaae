import type { ContentWarning } from "@/lib/content/warning";

/** Where a question's reference answer comes from: the bank file itself, or content we authored beside it. */
export type AnswerSource = "seed" | "authored";

/** A bank's import warnings are content warnings (lib/content reads the files). */
export type BankWarning = ContentWarning;

export interface Citation {
  title: string;
  authors: string;
  year: number;
  arxiv: string | null;
}

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Misconception extends Bilingual {
  /**
   * Phrases (either language) whose presence in a candidate sentence, not negated,
   * means the sentence asserts the misconception.
   */
  cues: string[];
  /** Who or what the claim is about (aliases separated by " / "); a cue asserts it only of this subject. */
  subject?: string;
}

/** The reference says `right` of `subject`; saying `wrong` instead is a factual error. */
export interface Swap {
  subject: string;
  right: string;
  wrong: string;
}

/** A number the reference attaches to a key term ("400M" image-text pairs). */
export interface NumberFact {
  term: string;
  value: string;
  subject: string;
}

export interface RubricPoint {
  /** Unique within its question. */
  id: string;
  /** Relative weight; graders normalise over the question's points. */
  weight: number;
  zh: string;
  en: string;
  /** One entry per concept; aliases of that concept separated by " / ". */
  terms: string[];
  misconceptions: Misconception[];
  swaps?: Swap[];
  numbers?: NumberFact[];
  followUps: Bilingual[];
  /** Verbatim excerpt of the reference answer (or its supplement) that this point rests on. */
  passage: string;
}

/** An image a seed answer refers to, resolved against the bank file's folder. */
export interface BankImage {
  /** As written in the answer, e.g. "imgs/T5.png". */
  src: string;
  alt: string;
  /** 1-based line of the bank file. */
  line: number;
  /** False when the file is absent or would lie outside the bank's folder: the page shows a placeholder. */
  exists: boolean;
}

export interface Question {
  /** Stable: derived from bank id, chapter topic and title; see ids.ts. */
  id: string;
  bankId: string;
  chapter: number;
  number: number;
  /** As in the table of contents, without the leading "N.". */
  title: string;
  titleEn: string | null;
  /** Markdown; null when neither the bank nor authored content has one. */
  answer: string | null;
  answerSource: AnswerSource | null;
  /** Line of the bank file where the seed answer starts (authored answers: null). */
  answerLine: number | null;
  /** Authored markdown added to a seed answer, e.g. a formula the seed only shows as a missing image. */
  supplement: string | null;
  citations: Citation[];
  rubric: RubricPoint[];
  difficulty: 1 | 2 | 3 | null;
  tags: string[];
  /** Images the seed answer refers to (absent for questions without a seed answer). */
  images?: BankImage[];
}

export interface Chapter {
  number: number;
  /** As in the table of contents, e.g. "第一章 【T5：文本编码器】核心基础知识高频考点". */
  title: string;
  titleEn: string | null;
  /** Text inside 【…】, e.g. "T5：文本编码器". */
  topic: string;
  questions: Question[];
}

export interface Bank {
  id: string;
  title: string;
  titleEn: string | null;
  /** Path relative to the project root. */
  file: string;
  chapters: Chapter[];
  /** sha256 of the bank file and its authored overlay; set by loadBanks, not by parseBank. */
  contentHash?: string;
}

export interface LoadedBanks {
  banks: Bank[];
  warnings: BankWarning[];
}
