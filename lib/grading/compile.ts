import { passageForPoint, questionPassages, type Passage } from "@/lib/bank/passages";
import type { Misconception, Question, RubricPoint, Swap } from "@/lib/bank/types";
import { parseQuantity } from "./numbers";
import { tokenize } from "@/lib/text/tokenize";
import { compileConcept, compileCues, maximalTokens, type Concept } from "./term-match";
import { normalizeText, toPlain } from "./text";
import type { Vocab } from "./vocab";

/** A bag of statement tokens with their weights (idf, lowered for words the question already says). */
export interface WeightedBag {
  weights: Map<string, number>;
  total: number;
}

export interface CompiledMisconception extends Misconception {
  /** The cues compiled: each verbatim, and each as its words in order with short gaps. */
  patterns: Concept;
  /** Who the claim is about; null for a misconception authored without one (cue alone decides). */
  subjectConcept: Concept | null;
  /** What the reference says instead (a swap's right side): a cue hit inside one of these is no hit ("supervised" in "self-supervised"). */
  excludes: Concept | null;
  kind: "misconception" | "swap";
}

/** A number the reference attaches to a key term, parsed. */
export interface CompiledNumber {
  term: Concept;
  subject: Concept;
  value: number;
  text: string;
}

export interface CompiledPoint {
  point: RubricPoint;
  passage: Passage | null;
  concepts: Concept[];
  /** Per concept, per alias: its tokens, for the soft match when no alias occurs verbatim. */
  aliasBags: WeightedBag[][];
  /** Per concept: 1, or less when the question's own wording names it (echoing it proves nothing). */
  conceptWeights: number[];
  /** The point's statement in each language and its reference quote: a sentence may match any one. */
  bags: WeightedBag[];
  /**
   * The same bags without the rubric's terms and the question's words: what saying the point
   * (rather than naming it) takes. "前向过程和方差表都扮演着关键的角色" has the terms and none of these.
   */
  supportBags: WeightedBag[];
  /** Every word of supportBags: the words that count as explaining this point. */
  supportTokens: Set<string>;
  misconceptions: CompiledMisconception[];
  numbers: CompiledNumber[];
  /** True for points derived from reference passages when a question has no rubric yet. */
  derived: boolean;
}

export interface CompiledQuestion {
  question: Question;
  titleTokens: Set<string>;
  /** The question's words and every rubric term's words: what an answer can say without explaining anything. */
  knownTokens: Set<string>;
  titleNorm: string;
  points: CompiledPoint[];
}

// Formula debris ("x", "t", "0") says nothing about understanding.
const NOISE = /^(?:[a-z]|\d)$/;
const ECHO_WEIGHT = 0.25;
const ECHO_CONCEPT_WEIGHT = 0.35;

export function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => !NOISE.test(t));
}

function bag(tokens: string[], vocab: Vocab, echo: Set<string>): WeightedBag {
  const weights = new Map<string, number>();
  for (const t of new Set(tokens)) weights.set(t, vocab.idf(t) * (echo.has(t) ? ECHO_WEIGHT : 1));
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total };
}

function compilePoint(point: RubricPoint, passages: Passage[], vocab: Vocab, q: CompiledQuestion, derived: boolean): CompiledPoint {
  const concepts = point.terms.map(compileConcept).filter((c) => c.patterns.length > 0);
  const conceptWeights = concepts.map((c) =>
    c.patterns.some((re) => {
      re.lastIndex = 0;
      return re.test(q.titleNorm);
    })
      ? ECHO_CONCEPT_WEIGHT
      : 1,
  );
  // Soft matches need an alias of two or more words: a one-word alias either occurs or it does not.
  const aliasBags = concepts.map((c) =>
    c.aliases
      .map((a) => maximalTokens(a).filter((t) => !NOISE.test(t)))
      .filter((toks) => toks.length >= 2)
      .map((toks) => bag(toks, vocab, q.titleTokens)),
  );
  const bags = [point.zh, point.en, point.passage]
    .filter((s) => s.trim())
    .map((s) => bag(contentTokens(toPlain(s)), vocab, q.titleTokens))
    .filter((b) => b.total > 0);
  const misconceptions: CompiledMisconception[] = point.misconceptions.map((m) => ({
    ...m,
    patterns: compileCues(m.cues),
    subjectConcept: m.subject ? compileConcept(m.subject) : null,
    excludes: null,
    kind: "misconception",
  }));
  for (const sw of point.swaps ?? []) misconceptions.push(compileSwap(sw));
  const numbers = (point.numbers ?? []).flatMap((n) => {
    const value = parseQuantity(n.value);
    return value === null ? [] : [{ term: compileConcept(n.term), subject: compileConcept(n.subject), value, text: n.value }];
  });
  return {
    point,
    passage: passageForPoint(passages, point),
    concepts,
    aliasBags,
    conceptWeights,
    bags,
    supportBags: [],
    supportTokens: new Set(),
    misconceptions,
    numbers,
    derived,
  };
}

/** A swap as a misconception: the wrong side, asserted of the subject, verbatim only. */
function compileSwap(sw: Swap): CompiledMisconception {
  const right = sw.right.split(/\s+\/\s+/)[0] ?? sw.right;
  const wrong = sw.wrong.split(/\s+\/\s+/)[0] ?? sw.wrong;
  const subject = sw.subject.split(/\s+\/\s+/)[0] ?? sw.subject;
  const patterns = compileConcept(sw.wrong);
  return {
    zh: `把 ${subject} 的「${right}」说成了「${wrong}」`,
    en: `Says ${wrong} of ${subject} where the reference says ${right}.`,
    cues: patterns.aliases,
    subject: sw.subject,
    patterns,
    subjectConcept: compileConcept(sw.subject),
    excludes: compileConcept(sw.right),
    kind: "swap",
  };
}

const MAX_DERIVED = 6;

/**
 * A question without a rubric (its chapter not authored yet) is graded against its reference
 * passages: the longest few become unweighted points with no terms, so grading still works,
 * only more coarsely. Flagged as "no-rubric" by the caller.
 */
function derivedPoints(passages: Passage[]): RubricPoint[] {
  return passages
    .filter((p) => !p.text.startsWith("$$") && p.text.length >= 20)
    .sort((a, b) => b.text.length - a.text.length)
    .slice(0, MAX_DERIVED)
    .map((p, i) => ({
      id: `ref-${i + 1}`,
      weight: 1,
      zh: p.text,
      en: "",
      terms: [],
      misconceptions: [],
      followUps: [],
      passage: p.text,
    }));
}

/**
 * A concept named in several points of one question (γ/β in both "LayerNorm formula" and
 * "adaLN-Zero") cannot tell which point a sentence addresses: it counts half in each.
 */
function discountSharedConcepts(points: CompiledPoint[]): void {
  const owners = new Map<string, Set<number>>();
  points.forEach((cp, i) =>
    cp.concepts.forEach((c) => c.aliases.forEach((a) => owners.set(normalizeText(a), (owners.get(normalizeText(a)) ?? new Set()).add(i)))),
  );
  points.forEach((cp, i) => {
    cp.conceptWeights = cp.conceptWeights.map((w, j) => {
      const shared = cp.concepts[j]?.aliases.some((a) => [...(owners.get(normalizeText(a)) ?? [])].some((k) => k !== i));
      return shared ? w * SHARED_CONCEPT_WEIGHT : w;
    });
  });
}
const SHARED_CONCEPT_WEIGHT = 0.5;

// Keyed on the vocabulary, then the question: weights depend on both (one question graded
// against two banks' vocabularies must not reuse the first one's weights).
const compiled = new WeakMap<Vocab, WeakMap<Question, CompiledQuestion>>();

function withoutKnown(b: WeightedBag, known: Set<string>): WeightedBag {
  const weights = new Map([...b.weights].filter(([t]) => !known.has(t)));
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total };
}

export function compileQuestion(question: Question, vocab: Vocab): CompiledQuestion {
  let byQuestion = compiled.get(vocab);
  if (!byQuestion) {
    byQuestion = new WeakMap();
    compiled.set(vocab, byQuestion);
  }
  const hit = byQuestion.get(question);
  if (hit) return hit;
  const titleText = `${question.title} ${question.titleEn ?? ""}`;
  const q: CompiledQuestion = {
    question,
    titleTokens: new Set(contentTokens(titleText)),
    titleNorm: normalizeText(titleText),
    knownTokens: new Set(contentTokens(titleText)),
    points: [],
  };
  const passages = questionPassages(question);
  const derived = question.rubric.length === 0;
  const points = derived ? derivedPoints(passages) : question.rubric;
  q.points = points.map((p) => compilePoint(p, passages, vocab, q, derived));
  discountSharedConcepts(q.points);
  for (const cp of q.points) for (const c of cp.concepts) for (const a of c.aliases) for (const t of contentTokens(a)) q.knownTokens.add(t);
  for (const cp of q.points) {
    // The reference paragraph the point rests on says it too, in the bank's own words.
    const para = cp.passage && !cp.derived ? [bag(contentTokens(toPlain(cp.passage.text)), vocab, q.titleTokens)] : [];
    cp.supportBags = [...cp.bags, ...para].map((b) => withoutKnown(b, q.knownTokens)).filter((b) => b.total > 0);
    // Paraphrase credit: a sentence may also state the point in the words of the reference
    // paragraph it rests on, rubric vocabulary or not.
    cp.bags = [...cp.bags, ...para];
    cp.supportTokens = new Set(cp.supportBags.flatMap((b) => [...b.weights.keys()]));
  }
  byQuestion.set(question, q);
  return q;
}
