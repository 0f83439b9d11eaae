import { contentTokens } from "./compile";
import { clauseLengths, splitClauses, splitSentences, wordLength } from "./text";

/**
 * Guards against answers that must not score however many key terms they contain. Each returns
 * a plain fact; grade-answer.ts turns facts into flags and score caps.
 */

const INJECTION: RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.。\n]{0,60}\b(?:instructions?|rubrics?|rules|prompts?|criteria|grading|guidelines?|scoring)\b/i,
  /\b(?:give|award|assign|grant)\b[^.。\n]{0,30}(?:\b10\s*\/\s*10\b|\b10 points\b|\b10 out of 10\b|full (?:marks?|score|points)|perfect (?:score|mark)|maximum (?:score|marks?)|top (?:marks?|score)|\ba (?:10|ten)\b(?=\s*(?:$|[.!。！]|\/\s*10|out of|points?\b|marks?\b|scores?\b|grades?\b|ratings?\b))|score of 10)/i,
  /\b(?:output|return|print)\b[^.。\n]{0,20}\bscores?\b[^.。\n]{0,15}\b10\b/i,
  /\b10\s*\/\s*10\b|\bscore\s*[:=]\s*10\b/i,
  /\b(?:score|grade|rate|mark)\s+(?:this|it|me|my answer|the answer)\b[^.。\n]{0,15}\b(?:10|ten|full marks?|perfect)\b/i,
  /\byou are (?:now )?(?:an? |the )?(?:grader|evaluator|examiner|assistant|ai|model|language model)\b/i,
  /(?:^|\n)\s*(?:system|assistant)\s*[:：]/i,
  /(?:忽略|无视|忘记|忘掉|跳过|不要管|别管|不用管)[^。\n]{0,16}(?:评分|标准|规则|指令|要求|提示词|rubric)/,
  // 给/打 + a score: "给我打十分", "给满分"; not "给训练带来了十分明显的提升", "评测时 FID 十分接近".
  /(?:给|打)[^。\n，,]{0,8}(?:满分|最高分|(?:10|十|100|一百)\s*分(?=\s*(?:$|[。！!，,.；;吧啊呀哦～~]|的(?:分数|评分|成绩))))/,
  /你(?:现在)?(?:是|扮演)[^。\n]{0,8}(?:评分|考官|面试官|助手|阅卷|打分)/,
  /系统提示|系统指令|评分标准作废|评分规则作废|新的指令/,
  /\b(?:this|my) answer (?:is|deserves)\b[^.。\n]{0,30}\b(?:perfect|flawless|full marks?|a 10)\b/i,
  /(?:这个|我的|本)(?:回答|答案)[^。\n]{0,10}(?:满分|完美|无可挑剔)/,
];

export interface InjectionResult {
  /** The answer without the sentences that carry instructions to the grader. */
  clean: string;
  removed: string[];
}

export function stripInjection(answer: string): InjectionResult {
  const removed: string[] = [];
  const kept: string[] = [];
  // Semicolons join the parts of a sentence for matching; an instruction is cut at them too.
  for (const part of splitSentences(answer).flatMap((s) => s.text.split(/(?<=[；;])/))) {
    if (INJECTION.some((re) => re.test(part))) removed.push(part);
    else kept.push(part);
  }
  if (removed.length) return { clean: kept.join("\n"), removed };
  // An instruction split across sentences or lines: cut the matching spans out of the raw text.
  let clean = answer;
  for (const re of INJECTION) {
    const all = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    clean = clean.replace(all, (m) => {
      removed.push(m.trim());
      return " ";
    });
  }
  return { clean, removed };
}

const DONT_KNOW_EN =
  /\bi (?:do not|don't|dont) know\b|\bno idea\b|\bnot sure\b|\b(?:don't|do not) remember\b|\bnever (?:used|learned|heard|studied)\b|^\s*(?:idk|dunno|pass|skip|跳过)\b/i;
// "不会" and the like admit ignorance only with the speaker or the question as subject ("这题我不会",
// "我不太了解"), or alone ("不会。"): "推理时不会用 Dropout" and "不会受 batch 影响" state facts.
const ZH_ADMIT = String.raw`不知道|不清楚|不太清楚|不了解|不太了解|不懂|不太懂|不太会|不会|没(?:有)?(?:学|接触|用|听说|研究|做)过`;
const ZH_SUBJECT = String.raw`(?:[我俺]|这(?:个|题|道题|块|部分|方面)?|本题|该题)\s*(?:真的|实在|确实|完全|也|还|都|暂时|就|是|对此|对这个)?\s*`;
const DONT_KNOW = new RegExp(
  String.raw`${ZH_SUBJECT}(?:${ZH_ADMIT})|^\s*(?:${ZH_ADMIT})\s*[啊呢哦诶欸耶了的呀]*\s*[。.!！…~～]*\s*$|忘了|记不清|想不起来|答不上|` +
    DONT_KNOW_EN.source,
  "i",
);
// What is left after the admission must be almost nothing: "不知道对不对，LayerNorm 按特征维度归一化" is a hedge, not "不知道".
const DONT_KNOW_REST = 3;

/** The candidate says they do not know, and says next to nothing else (words of the question aside). */
export function saysDontKnow(answer: string, titleTokens: Set<string>): boolean {
  const clauses = splitSentences(answer).flatMap((s) => splitClauses(s.text));
  if (!clauses.some((c) => DONT_KNOW.test(c))) return false;
  const rest = clauses.filter((c) => !DONT_KNOW.test(c)).join("，");
  return contentTokens(rest).filter((t) => !titleTokens.has(t)).length < DONT_KNOW_REST;
}

/**
 * A bare enumeration of key terms: most comma-, line- or (Chinese) space-separated items are
 * one or two words, or the words run together with none of the small words sentences need.
 * Such answers name concepts without explaining any of them.
 */
export function isTermList(answer: string): boolean {
  // Judged on the text as read (LaTeX as symbols, markdown gone): "\\mathcal{N}" is not a word.
  const sentences = splitSentences(answer);
  const plain = sentences.map((s) => s.plain).join("\n");
  const words = wordLength(plain);
  const glue = (plain.match(LATIN_GLUE) ?? []).length + (plain.match(CJK_GLUE) ?? []).length;
  // Chinese terms separated only by spaces ("Pre-Norm  相对位置偏置  分桶") are items too, when
  // nothing holds them together ("T5 用 Pre-Norm 让训练更稳定" is a sentence).
  const spaced = /[\u3400-\u9fff]/.test(plain) && !/[，。,.;；!?！？、]/.test(plain) && glue / Math.max(1, words) < GLUE_MIN;
  // Clauses as clauseLengths sees them: commas inside brackets ("N(0,I)") do not separate
  // items, and a formula stating a relation ("z=μ+σ⊙ε") is a statement, not a term.
  const lengths = spaced
    ? plain.split(/\s+/).filter(Boolean).map(wordLength)
    : sentences.flatMap((s) => clauseLengths(s.plain.replace(/[。.!?！？；;]+$/, "")).flat());
  if (lengths.length >= 4) {
    const short = lengths.filter((n) => n <= 3.2).length;
    const total = lengths.reduce((n, c) => n + c, 0);
    if (short / lengths.length >= 0.7 && total / lengths.length <= 3.5) return true;
  }
  // Terms run together without separators: none of the small words sentences are made of.
  return words >= 6 && glue / words < GLUE_MIN && !FORMULA.test(plain);
}

// A relation between symbols: formulas have no glue words and are no list.
const FORMULA = /[=≈≤≥<>~→←∝⇒]/;

const LATIN_GLUE =
  /\b(?:the|a|an|is|are|was|were|be|being|been|of|to|in|on|at|for|and|or|but|with|by|as|that|which|this|these|it|its|so|because|from|into|than|each|their|when|while|where|can|will|does|do|then|thus|not|only|also|how|what|uses?|makes?|has|have)\b/gi;
const CJK_GLUE = /[的是了在把被让使将从到而因所如就也都会能来得地着过并即但]/g;
const GLUE_MIN = 0.06;

/**
 * The answer mostly restates the question: at least half its distinct content words are the
 * question's (either language), and it adds no more than a handful of its own.
 */
export function repeatsQuestion(tokens: string[], titleTokens: Set<string>): boolean {
  const unique = new Set(tokens);
  if (unique.size === 0) return false;
  let echoed = 0;
  for (const t of unique) if (titleTokens.has(t)) echoed++;
  return echoed / unique.size >= 0.5 && unique.size - echoed <= 6;
}

const FILLER =
  /非常好的问题|很好的问题|值得思考|非常重要|很重要|总的来说|总之|总而言之|具体要|结合具体|实际工作中|实际项目中|实际的工程|在我看来|我个人觉得|我觉得|大家都|这说明|以上就是|有很大的影响|有它的道理|非常有帮助|great question|it depends|in practice|at the end of the day|very important|generally speaking/gi;

/** Count of stock phrases that carry no content; used with low coverage to call an answer filler. */
export function fillerPhrases(answer: string): number {
  return answer.match(FILLER)?.length ?? 0;
}
