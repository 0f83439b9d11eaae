import { clauseLengths, splitSentences, wordLength } from "./text";

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
 * Share of the answer's distinct content words that are the question's own wording (either
 * language): how much of the reply echoes the question.
 */
export function echoShare(tokens: string[], titleTokens: Set<string>): number {
  const unique = new Set(tokens);
  if (unique.size === 0) return 0;
  let echoed = 0;
  for (const t of unique) if (titleTokens.has(t)) echoed++;
  return echoed / unique.size;
}
