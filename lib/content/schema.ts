import { z } from "zod";

/**
 * Authored content lives beside a bank, never inside it:
 *   content/authored/<bankId>/bank.yaml          bank title (both languages)
 *   content/authored/<bankId>/chNN-<topic>.yaml  one file per chapter
 * Entries are matched to the bank's questions by their table-of-contents title.
 */

const text = z.string().trim().min(1);

export const citationSchema = z.object({
  title: text,
  authors: text,
  year: z.number().int().min(1950).max(2100),
  arxiv: z
    .string()
    .regex(/^\d{4}\.\d{4,5}$/, "arXiv id like 2006.11239")
    .nullable()
    .default(null),
});

export const bilingualSchema = z.object({ zh: text, en: text });

export const misconceptionSchema = bilingualSchema.extend({
  /** Who or what the wrong claim is about, aliases separated by " / ": a cue asserts it only of this subject. */
  subject: text.optional(),
  cues: z.array(text).min(1),
});

/** A pair the reference states one way and candidates get the wrong way round (pre-norm vs post-norm). */
export const swapSchema = z.object({
  subject: text,
  /** Aliases of what the reference says, " / "-separated. */
  right: text,
  /** Aliases of the wrong alternative. */
  wrong: text,
});

/** A number the reference attaches to a key term (400M image-text pairs). */
export const numberFactSchema = z.object({
  /** Aliases of the term the number belongs to. */
  term: text,
  /** As the reference writes it: "400M", "4 亿", "1000". */
  value: text,
  /** Whose number it is: the number is checked only when said of this subject. */
  subject: text,
});

export const rubricPointSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "kebab-case id"),
  weight: z.number().positive().max(10),
  zh: text,
  en: text,
  terms: z.array(text).min(1),
  misconceptions: z.array(misconceptionSchema).default([]),
  swaps: z.array(swapSchema).optional(),
  numbers: z.array(numberFactSchema).optional(),
  followUps: z.array(bilingualSchema).min(1).max(2),
  passage: text,
});

export const authoredQuestionSchema = z.object({
  title: text,
  titleEn: text,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  tags: z.array(text).min(1),
  answer: text.optional(),
  supplement: text.optional(),
  citations: z.array(citationSchema).default([]),
  rubric: z.array(rubricPointSchema).min(3).max(7),
});

export const authoredChapterSchema = z.object({
  chapter: z.number().int().positive(),
  titleEn: text,
  questions: z.array(authoredQuestionSchema),
});

export const authoredBankSchema = z.object({
  title: text,
  titleEn: text,
});

export type AuthoredQuestion = z.infer<typeof authoredQuestionSchema>;
export type AuthoredChapter = z.infer<typeof authoredChapterSchema>;
export type AuthoredBank = z.infer<typeof authoredBankSchema>;
