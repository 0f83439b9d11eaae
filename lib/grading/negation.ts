import { normalizeText } from "./text";

/**
 * Negation scope for cues and terms. A cue is "negated" when the candidate says the opposite of
 * it ("用相对位置编码而不是绝对位置编码", "it is not learned") or reports it as a mistake
 * ("常见误区是认为…", "…的说法是错的"). Scope is the clause: a negation in an earlier clause
 * does not reach the cue.
 */

// Contrastive negations: safe to apply even to key terms (a term said not to hold is not evidence).
const CONTRAST = String.raw`而不是|而非|并非|并不是|不是|不再是|\binstead of|\brather than|\bnot\b(?! only| just| merely)|n't\b|\bno longer`;
// Other negations count for misconception cues only: on key terms they cause false alarms
// ("不用 BatchNorm 是因为…" discusses BatchNorm, "不受 batch 影响" explains independence).
// Bare 不 before a verb ("T5 本身不输出运动轨迹"), but not the words it starts that negate nothing
// (不同 different, 不断 continually, 不少 many, 不仅/不只 not only, 不过 but, 不如, 不然, 不论, 不管, 不错).
const WEAK = String.raw`不(?!同|断|少|仅|只|过|如|然|论|管|久|错|一样)|不再|不用|不使用|不采用|不需要|无需|没有|没用|不会|不能|不必|不应|未(?!来|知)|无(?!论|关)|并不|避免|防止|不仅|不只|\bavoid(?:s|ed|ing)?\b|\bprevent(?:s|ed|ing)?\b|\bno\b|\bnever\b|\bwithout\b|\bcannot\b|\bneither\b|\bnor\b`;
// The candidate names the claim as a mistake rather than asserting it.
const REPORTED = /误以为|误认为|误区|误解|错误地认为|错误观点|有人认为|很多人以为|不要以为|mistakenly|misconception|common mistake|it is wrong to|a myth/;
const REPORTED_INTRO = new RegExp(`(?:${REPORTED.source})\\s*(?:是|就是|is)?\\s*[，,:：]\\s*$`);
const POST =
  /^[^，,。；;.!?]{0,8}?(?:是错的|是错误的|是不对的|不对(?!称|齐|应)|不正确|不成立|其实不是|并不是这样|是误解|无关|没有?关系|不相关|is independent|is irrelevant|doesn't matter|is wrong|is incorrect|is false|is not true|is a misconception|is a myth)/;

// A negation word, then at most a few CJK characters or two Latin words before the cue.
const gap = String.raw`(?:[\u3400-\u9fff]{0,4}|(?:\s*[\w$\\^{}|()-]+){0,2})\s*$`;
const CONTRAST_BEFORE = new RegExp(`(?:${CONTRAST})\\s*${gap}`, "i");
// A negation before 把/将 scopes over the whole construction: "不会把"白天→夜晚"翻译成 X" denies X.
const BA = String.raw`(?:[把将][^，,。；;!?！？]{0,16}?)?`;
const ANY_BEFORE = new RegExp(`(?:${CONTRAST}|${WEAK})\\s*${BA}${gap}`, "i");

function clauseBefore(norm: string, start: number): string {
  const head = norm.slice(0, start);
  const cut = Math.max(...[..."，,、;；:：。!?"].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1);
}

/** For key terms: only contrastive negation right before the term. */
export function isTermNegated(norm: string, start: number): boolean {
  return CONTRAST_BEFORE.test(clauseBefore(norm, start));
}

const ANY_INSIDE = new RegExp(`(?:${CONTRAST}|${WEAK})`, "i");

/**
 * For misconception cues: any negation in the clause before the cue, inside a loosely matched
 * cue ("the forward process is not learned" for "forward process is learned") unless the cue
 * itself says it, a report of the claim as a mistake, or a rebuttal right after.
 */
export function isCueNegated(norm: string, start: number, end: number, cue = ""): boolean {
  const before = clauseBefore(norm, start);
  if (ANY_BEFORE.test(before)) return true;
  if (ANY_INSIDE.test(norm.slice(start, end)) && !ANY_INSIDE.test(normalizeText(cue))) return true;
  // A report scopes over its own clause ("很多人以为采样很慢，但前向过程是学习的" asserts the second),
  // or over the clause it introduces ("常见误区是：…", "很多人以为，…").
  const head = norm.slice(0, start - before.length);
  if (REPORTED.test(before) || REPORTED_INTRO.test(head)) return true;
  return POST.test(norm.slice(end));
}
