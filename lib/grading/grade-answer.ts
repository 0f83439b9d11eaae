import { z } from "zod";
import { claritySignal, explanationMarkers } from "./answer-signals";
import { compileQuestion, contentTokens, type CompiledPoint } from "./compile";
import { resolveContext } from "./context";
import { densePointMatches } from "./dense";
import { buildFeedback } from "./feedback";
import { echoShare, isTermList, stripInjection } from "./guards";
import { information, maxIdf } from "./information";
import { findMisconceptions } from "./misconceptions";
import { bankEntities } from "./entities";
import { closerQuestion, OFF_TOPIC_OWN_MAX, topicality } from "./off-topic";
import { pointGrades } from "./point-grades";
import { lexicalMatches, namesWithoutExplaining, sentenceFeatures } from "./point-match";
import { computeScore, PARTIAL_AT } from "./scoring";
import { isMostlyEnglish, splitSentences, toPlain, wordLength } from "./text";
import type { Grade, GradeContext, GradeFlag, GradeInput } from "./types";
import { buildVocab } from "./vocab";

const inputSchema = z.object({
  answer: z.string().max(20_000, "answer is longer than 20000 characters"),
  lang: z.enum(["zh", "en"]).optional(),
  pointIds: z.array(z.string().min(1)).min(1).optional(),
});

/** Highest score each guard allows: a reply with nothing to credit, or one aimed at the grader, scores 0. */
const CAPS: Partial<Record<GradeFlag, number>> = {
  empty: 0,
  "no-reference": 0,
  "dont-know": 0,
  injection: 0,
  "repeats-question": 0,
  filler: 0,
  "off-topic": 1,
  "term-list": 2,
};

// Answers these guards catch get no credit for sounding on-topic.
const NO_TOPICALITY = new Set<GradeFlag>(["off-topic", "dont-know", "empty", "repeats-question"]);
// Guards by measurement (information.ts), not by phrase lists. Information is counted in units
// of one rare word of the bank. No content: less than one such word beyond the question's own
// wording, and no key point even partly matched; it is a restatement when at least half its words
// are the question's, else an admission or evasion ("不知道", "not sure, never used it"),
// whatever the wording.
const NO_CONTENT_INFO = 1;
const ECHO_SHARE = 0.5;
// Filler: a long reply (40+ words) carrying less than one rare word's information per 20 words.
// Reference answers carry at least 0.24 per word, ordinary dev answers at least 0.09: filler is
// far below both, and the rule does not depend on which stock phrases pad it.
const FILLER_MIN_WORDS = 40;
const FILLER_MAX_DENSITY = 0.05;
const FILLER_MAX_COVERAGE = 0.3;

/**
 * Grades one answer against the question's rubric, point by point, offline. Lexical matching
 * with the rubric's bilingual terms always runs; a dense model, when lib/retrieval has one and
 * npm run calibrate has fitted its constants, lifts paraphrased points ("hybrid" mode). Guards (injection, empty, don't-know, term list,
 * restating the question, filler, off-topic) flag the answer and cap its score.
 */
export async function gradeAnswer(input: GradeInput, ctx: GradeContext): Promise<Grade> {
  const { answer, lang: langIn, pointIds } = inputSchema.parse(input);
  const { question } = input;
  // Feedback in the answer's language when the session does not say.
  const lang = langIn ?? (isMostlyEnglish(answer) ? "en" : "zh");
  const { questions, embedder, calibration: cal } = await resolveContext(question, ctx);
  const vocab = buildVocab(questions);
  const cq = compileQuestion(question, vocab);
  let compiled: CompiledPoint[] = cq.points;
  if (pointIds) {
    const want = new Set(pointIds);
    compiled = compiled.filter((p) => want.has(p.point.id));
    if (!compiled.length) throw new Error(`no key point of ${question.id} matches ${pointIds.join(", ")}`);
  }

  const flags: GradeFlag[] = [];
  const { clean, removed } = stripInjection(answer);
  if (removed.length) flags.push("injection");
  if (!cq.points.length) flags.push("no-reference");
  else if (cq.points[0]?.derived) flags.push("no-rubric");

  const feats = splitSentences(clean).map(sentenceFeatures);
  // Words as typed: LaTeX commands and markdown are not content.
  const plain = toPlain(clean);
  const tokens = contentTokens(plain);
  const lexical = lexicalMatches(compiled, feats, cq.knownTokens, vocab.idf);
  const info = tokens.length ? information(tokens, question, cq.titleTokens, vocab) / maxIdf(vocab) : 0;
  const noPoint = lexical.matches.every((m) => m.sim < PARTIAL_AT);
  if (!tokens.length) flags.push("empty");
  else {
    if (info < NO_CONTENT_INFO && noPoint) flags.push(echoShare(tokens, cq.titleTokens) >= ECHO_SHARE ? "repeats-question" : "dont-know");
    else if (isTermList(clean)) flags.push("term-list");
  }

  // Dense matching only with constants calibrated for this very model.
  const useDense = !!(embedder && cal);
  const dense = embedder && cal && feats.length ? await densePointMatches(embedder, question.id, compiled, feats.map((f) => f.sentence.plain), cal) : null;
  const misconceptions = findMisconceptions(compiled, feats, bankEntities(questions), cq.titleNorm);
  const points = pointGrades(compiled, feats, lexical.matches, dense, new Set(misconceptions.map((m) => m.pointId)), cal?.pull ?? 0);

  // Terms dropped into prose ("前向过程和闭式解以及方差表都扮演着关键的角色"): a list in sentences.
  if (tokens.length && !flags.includes("term-list") && namesWithoutExplaining(lexical.matches, feats)) flags.push("term-list");
  // The guards below judge by lexical coverage, so a lenient dense model cannot switch them off.
  const onTopic = tokens.length ? topicality(tokens, question, cq.titleTokens, questions, vocab) : 0;
  // Few sentences matching the rubric is not filler by itself: a correct plain-language
  // paraphrase matches little too, but it carries the question's material. Filler does not.
  const words = wordLength(plain);
  if (tokens.length && !flags.includes("term-list") && words >= FILLER_MIN_WORDS && lexical.coverage < FILLER_MAX_COVERAGE && info / words < FILLER_MAX_DENSITY) flags.push("filler");
  let offTopicTitle: string | null = null;
  if (tokens.length >= 8 && !pointIds && lexical.coverage < OFF_TOPIC_OWN_MAX) {
    const other = closerQuestion(tokens, feats, question, questions, vocab, lexical.coverage);
    if (other) {
      flags.push("off-topic");
      offTopicTitle = other.title;
    }
  }

  const basis = {
    markers: explanationMarkers(clean),
    topicality: flags.some((f) => NO_TOPICALITY.has(f)) ? 0 : onTopic,
    clarity: claritySignal(feats),
    cap: Math.min(10, ...flags.map((f) => CAPS[f] ?? 10)),
  };
  const { score, dimensions } = computeScore(points, misconceptions.length, basis);
  const statements = compiled.map((c) => c.point);
  return {
    questionId: question.id,
    score,
    dimensions,
    points,
    misconceptions,
    flags,
    feedback: buildFeedback({ lang, flags, offTopicTitle, misconceptions, points, statements }),
    lang,
    mode: useDense ? "hybrid" : "lexical",
    basis,
  };
}
