import { z } from "zod";
import { claritySignal, explanationMarkers } from "./answer-signals";
import { compileQuestion, contentTokens, type CompiledPoint } from "./compile";
import { resolveContext } from "./context";
import { densePointMatches } from "./dense";
import { buildFeedback } from "./feedback";
import { fillerPhrases, isTermList, repeatsQuestion, saysDontKnow, stripInjection } from "./guards";
import { findMisconceptions } from "./misconceptions";
import { bankEntities } from "./entities";
import { closerQuestion, OFF_TOPIC_OWN_MAX, topicality } from "./off-topic";
import { pointGrades } from "./point-grades";
import { lexicalMatches, namesWithoutExplaining, sentenceFeatures } from "./point-match";
import { computeScore } from "./scoring";
import { isMostlyEnglish, splitSentences, toPlain, wordLength } from "./text";
import type { Grade, GradeContext, GradeFlag, GradeInput } from "./types";
import { buildVocab } from "./vocab";

const inputSchema = z.object({
  answer: z.string().max(20_000, "answer is longer than 20000 characters"),
  lang: z.enum(["zh", "en"]).optional(),
  pointIds: z.array(z.string().min(1)).min(1).optional(),
});

/** Highest score each guard allows. */
const CAPS: Partial<Record<GradeFlag, number>> = {
  empty: 0,
  "no-reference": 0,
  "dont-know": 1,
  injection: 1,
  "repeats-question": 1,
  "off-topic": 1,
  "term-list": 2,
  filler: 2,
};

// Answers these guards catch get no credit for sounding on-topic.
const NO_TOPICALITY = new Set<GradeFlag>(["off-topic", "dont-know", "empty", "repeats-question"]);
// Filler: long (in words) yet covering little, with stock phrases or little on-topic wording.
const FILLER_MIN_WORDS = 50;
const FILLER_MAX_COVERAGE = 0.3;
const FILLER_MAX_TOPICALITY = 0.3;

/**
 * Grades one answer against the question's rubric, point by point, offline. Lexical matching
 * with the rubric's bilingual terms always runs; a dense model, when lib/retrieval has one,
 * lifts paraphrased points ("hybrid" mode). Guards (injection, empty, don't-know, term list,
 * restating the question, filler, off-topic) flag the answer and cap its score.
 */
export async function gradeAnswer(input: GradeInput, ctx: GradeContext = {}): Promise<Grade> {
  const { answer, lang: langIn, pointIds } = inputSchema.parse(input);
  const { question } = input;
  // Feedback in the answer's language when the session does not say.
  const lang = langIn ?? (isMostlyEnglish(answer) ? "en" : "zh");
  const { questions, embedder } = await resolveContext(question, ctx);
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
  if (!tokens.length) flags.push("empty");
  else {
    if (saysDontKnow(clean, cq.titleTokens)) flags.push("dont-know");
    if (repeatsQuestion(tokens, cq.titleTokens)) flags.push("repeats-question");
    if (isTermList(clean)) flags.push("term-list");
  }

  const lexical = lexicalMatches(compiled, feats, cq.knownTokens, vocab.idf);
  const dense = embedder && feats.length ? await densePointMatches(embedder, question.id, compiled, feats.map((f) => f.sentence.plain)) : null;
  const misconceptions = findMisconceptions(compiled, feats, bankEntities(questions));
  const points = pointGrades(compiled, feats, lexical.matches, dense, new Set(misconceptions.map((m) => m.pointId)));

  // Terms dropped into prose ("前向过程和闭式解以及方差表都扮演着关键的角色"): a list in sentences.
  if (tokens.length && !flags.includes("term-list") && namesWithoutExplaining(lexical.matches, feats)) flags.push("term-list");
  // The guards below judge by lexical coverage, so a lenient dense model cannot switch them off.
  const fillerCount = fillerPhrases(clean);
  const onTopic = tokens.length ? topicality(tokens, question, cq.titleTokens, questions, vocab) : 0;
  // Few sentences matching the rubric is not filler by itself: a correct plain-language
  // paraphrase matches little too. Filler is stock phrasing, or words about nothing on topic.
  if (tokens.length && !flags.includes("term-list") && wordLength(plain) >= FILLER_MIN_WORDS && lexical.coverage < FILLER_MAX_COVERAGE) {
    if (fillerCount >= 2 || onTopic < FILLER_MAX_TOPICALITY) flags.push("filler");
  }
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
    clarity: claritySignal(feats, fillerCount),
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
    mode: embedder ? "hybrid" : "lexical",
    basis,
  };
}
