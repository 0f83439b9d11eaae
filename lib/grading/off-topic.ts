import { questionPassages } from "@/lib/bank/passages";
import type { Question } from "@/lib/bank/types";
import { compileQuestion, contentTokens } from "./compile";
import { lexicalMatches, type SentenceFeatures } from "./point-match";
import { toPlain } from "./text";
import { cosine, tfidfVector, type Vec } from "./tfidf";
import type { Vocab } from "./vocab";

const vectorize = (tokens: string[], vocab: Vocab): Vec => tfidfVector(tokens, (t) => vocab.idf(t));

/** What an on-topic answer to a question talks about: its title, rubric and reference answer. */
function profileText(q: Question): string {
  const rubric = q.rubric.map((p) => `${p.zh} ${p.en} ${p.terms.join(" ")}`).join("\n");
  const passages = questionPassages(q)
    .map((p) => toPlain(p.text))
    .join("\n");
  return `${q.title}\n${q.titleEn ?? ""}\n${rubric}\n${passages}`;
}

const materials = new WeakMap<Question, Set<string>>();

/** Every word of the question's material (title, rubric, reference answer). */
export function materialTokens(q: Question): Set<string> {
  let m = materials.get(q);
  if (!m) {
    m = new Set(contentTokens(profileText(q)));
    materials.set(q, m);
  }
  return m;
}

const profiles = new WeakMap<readonly Question[], Map<string, Vec>>();

function profilesFor(questions: readonly Question[], vocab: Vocab): Map<string, Vec> {
  let m = profiles.get(questions);
  if (!m) {
    m = new Map(questions.map((q) => [q.id, vectorize(contentTokens(profileText(q)), vocab)]));
    profiles.set(questions, m);
  }
  return m;
}

/**
 * On-topic density, 0..1: tf-idf cosine between the answer's own words (the question's words
 * removed, so restating it earns nothing) and the question's rubric and reference answer.
 * Separates a vague but on-topic answer from one about something else; never a substitute
 * for covering key points, so it carries a small weight in the score.
 */
export function topicality(answerTokens: string[], question: Question, titleTokens: Set<string>, questions: readonly Question[], vocab: Vocab): number {
  const profile = profilesFor(questions, vocab).get(question.id) ?? vectorize(contentTokens(profileText(question)), vocab);
  const own = answerTokens.filter((t) => !titleTokens.has(t));
  if (!own.length) return 0;
  // One lucky word is not an on-topic answer: full weight needs a sentence's worth of words.
  const enough = Math.min(1, new Set(own).size / TOPICALITY_MIN_WORDS);
  return Math.min(1, cosine(vectorize(own, vocab), profile) / TOPICALITY_FULL) * enough;
}
const TOPICALITY_FULL = 0.22;
const TOPICALITY_MIN_WORDS = 6;

/** Only answers that cover little of their own rubric are checked (at most this share). */
export const OFF_TOPIC_OWN_MAX = 0.35;
// The other question must be clearly answered, much better than this one, and its material
// much closer in words: sibling questions (DDPM principle vs DDPM sampling) share rubric
// vocabulary, and a plain-spoken answer to one can cover the other's rubric by accident.
const OTHER_MIN = 0.3;
const RATIO = 2;
const COSINE_RATIO = 1.6;
const CANDIDATES = 3;

/**
 * The question this answer actually answers, if it is not the one asked: among the few
 * questions whose material is closest (tf-idf) and much closer than the asked question's, one
 * whose rubric the answer covers at least OTHER_MIN and at least RATIO times its own coverage. Checking rubric coverage rather than
 * word overlap alone keeps a vague on-topic answer that name-drops another model on topic.
 */
export function closerQuestion(
  answerTokens: string[],
  feats: SentenceFeatures[],
  question: Question,
  questions: readonly Question[],
  vocab: Vocab,
  ownCoverage: number,
): Question | null {
  const all = profilesFor(questions, vocab);
  const a = vectorize(answerTokens, vocab);
  const own = cosine(a, all.get(question.id) ?? vectorize(contentTokens(profileText(question)), vocab));
  const ranked = questions
    .filter((q) => q.id !== question.id && q.rubric.length > 0)
    .map((q) => ({ q, s: cosine(a, all.get(q.id) ?? new Map()) }))
    .filter((x) => x.s >= COSINE_RATIO * own)
    .sort((x, y) => y.s - x.s)
    .slice(0, CANDIDATES);
  for (const { q } of ranked) {
    const other = compileQuestion(q, vocab);
    const cov = lexicalMatches(other.points, feats, other.knownTokens, vocab.idf).coverage;
    if (cov >= OTHER_MIN && cov >= RATIO * ownCoverage) return q;
  }
  return null;
}
