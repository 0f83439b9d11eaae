import { isCueNegated } from "./negation";
import { findConcept, type Concept, type TermHit } from "./term-match";

/**
 * Whether a sentence asserts a claim of its subject. A cue is a claim only when the sentence
 * says it of the claim's subject, in its own voice:
 * - the subject is named before the cue in the same sentence (or inside the cue), with no other
 *   named entity in between ("T5 用 Pre-LN，而原始 Transformer 用 Post-LN" says Post-LN of the
 *   original Transformer), or the sentence starts with a pronoun and the previous sentence's last
 *   entity is the subject ("T5 是 Google 的模型。它是 decoder-only 的");
 * - neither the subject nor the claim is the thing compared against ("与 T5 不同，…", "unlike T5, …",
 *   "与在像素空间扩散不同，…");
 * - the cue is not negated or reported as a mistake (negation.ts), not asked about, and the
 *   sentence does not frame it as a condition ("如果…"), or as what others or earlier work do
 *   ("以往方法用单独的光流网络…", "traditional methods …").
 * Precision first: a false "错误说法" costs a strong candidate more than a missed one costs a weak one.
 */

// A question: the rest of the cue's clause ends in ? or 吗/么/呢, or the sentence does.
const INTERROGATIVE_REST = /^[^，,。；;!！]*?(?:[?？]|[吗么呢]\s*(?:$|[，,。；;]))/;
const QUESTION_END = /[?？]\s*$/;
// A condition or supposition before the cue: what follows is not claimed to hold.
const CONDITIONAL = /如果|假如|假设|假若|倘若|要是|若(?!干)|一旦|\bif\b|\bsuppose\b|\bassuming\b|\bwhether\b|\bunless\b/;
// Attribution to someone else or to earlier work: the sentence reports, it does not claim.
const ATTRIBUTION =
  /以往|以前|此前|之前的|先前|传统|早期|过去|老的|后来|后续的?(?:工作|模型|方法)|之后的(?:工作|模型|方法)|\blater (?:work|models?|methods?)\b|\bsubsequent\b|有人|有些人|很多人|许多人|一些人|别人|其他方法|其它方法|别的方法|baseline|基线|\bprevious(?:ly)?\b|\bprior (?:work|methods?|approaches?)\b|\bearlier (?:work|methods?|approaches?|models?)\b|\btraditional(?:ly)?\b|\bconventional(?:ly)?\b|\bsome (?:people|works?|methods?)\b|\bmany people\b|\bother (?:methods|approaches|models)\b|\bexisting methods\b/i;
// A possibility or an equivalence is not a claim about what the model does ("也可以等价地预测 x_0").
const MODAL = /也可以|也可|也能|可以等价|等价地|等价于|\bequivalently\b|\bcan also\b|\bcould also\b|\bmay also\b|试过|\btried\b/i;
// The cue is what was changed from or replaced ("从 Post-LN 改为 Pre-LN", "取代绝对位置编码", "from post-norm to pre-norm").
const CHANGE_FROM_BEFORE = /(?:从|由|把|将|\bfrom\b|\breplac(?:e|es|ed|ing)\b|取代了?|替代了?|代替了?|替换了?|换掉了?|去掉了?|\binstead of\b)[^，,。；;]{0,10}$/i;
const CHANGE_FROM_AFTER = /^[^，,。；;]{0,6}?(?:改为|改成|换成|变成|变为|挪到|移到|调整为|替换为|→|->|\bto\b|\binto\b|被(?:替换|取代|替代))/i;
const REPLACED_BEFORE = /(?:取代了?|替代了?|代替了?|替换了?|换掉了?|去掉了?|抛弃了?|弃用了?|\breplac(?:e|es|ed|ing)\b|\binstead of\b|\bdrops?\b|\bdropped\b)\s*(?:原始|原来的?|原有的?|the original|the)?[^，,。；;]{0,8}$/i;

// A mention right after one of these is the thing compared against, not the subject.
const COMPARED_BEFORE = /(?:不同于|区别于|不像|相比于?|相较于?|比起|对比|(?<![对相无])比(?![例较如赛率])|\bunlike\b|\bcompared (?:with|to)\b|\bin contrast to\b|\bversus\b|\bvs\.?|\bthan\b)\s*$/i;
// "与/和/跟 X 不同/相比/一样": X is compared against.
const WITH_BEFORE = /(?:与|和|跟|同)\s*$/;
const COMPARED_AFTER = /^\s*(?:的)?\s*(?:不同|不一样|相比|相较|比较|一样|类似|相似|区别|对比)/;
// The sentence refers back to the previous one's subject.
const PRONOUN_START = /^\s*(?:它|其|该模型|这个模型|此模型|该方法|这种方法|这个方法|this model|this method|it\b|its\b)/i;

function compared(norm: string, h: TermHit): boolean {
  const before = norm.slice(Math.max(0, h.start - 12), h.start);
  if (COMPARED_BEFORE.test(before)) return true;
  return WITH_BEFORE.test(before) && COMPARED_AFTER.test(norm.slice(h.end, h.end + 8));
}

// An entity takes over as the one the cue is said of when it opens a clause (after at most a
// conjunction: "，而原始 Transformer 用 Post-LN") or owns what follows ("原始 Transformer 的正弦编码").
// One mentioned as an object ("T5 把 LayerNorm 放到残差之后") does not.
const CLAUSE_OPEN = /(?:^|[，,、。；;:：]\s*(?:而且|而|但是|但|然而|不过|则|and|but|while|whereas|however)?\s*(?:把|将|让|使)?\s*)$/i;
const OWNS = /^\s*(?:的|'s\b|\bis\b|\bare\b|\buses?\b|用|使用|采用|是)/i;

function takesOver(norm: string, e: { start: number; end: number }): boolean {
  return CLAUSE_OPEN.test(norm.slice(0, e.start)) || OWNS.test(norm.slice(e.end, e.end + 6));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Entity mentions of a sentence, longest first where they overlap ("原始 transformer" over "transformer"). */
export function entityHits(norm: string, entities: readonly Concept[]): Array<TermHit & { label: string }> {
  const all = entities.flatMap((c) => findConcept(norm, c).map((h) => ({ ...h, label: c.label })));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof all = [];
  for (const h of all) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

export interface AssertionContext {
  /** normalizeText of the sentence. */
  norm: string;
  /** normalizeText of the sentence before, for a pronoun's antecedent. */
  prevNorm?: string;
  subject: Concept | null;
  /** Named things a sentence may be about (models, methods, components): see entities.ts. */
  entities: readonly Concept[];
}

/** Frames that keep a sentence from asserting anything at the hit, negation aside: question, condition, attribution, possibility, change. */
export function framed(norm: string, hit: TermHit): string | null {
  if (INTERROGATIVE_REST.test(norm.slice(hit.end)) || QUESTION_END.test(norm)) return "question";
  const head = norm.slice(0, hit.start);
  if (CONDITIONAL.test(head)) return "conditional";
  if (ATTRIBUTION.test(head)) return "attribution";
  if (MODAL.test(head)) return "modal";
  if (REPLACED_BEFORE.test(head) || (CHANGE_FROM_BEFORE.test(head) && CHANGE_FROM_AFTER.test(norm.slice(hit.end)))) return "changed-from";
  return null;
}

/** The first reason the sentence does not assert the cue hit, or null when it asserts it. */
export function notAsserted(ctx: AssertionContext, hit: TermHit): string | null {
  const { norm, subject, entities } = ctx;
  if (INTERROGATIVE_REST.test(norm.slice(hit.end)) || QUESTION_END.test(norm)) return "question";
  if (isCueNegated(norm, hit.start, hit.end, hit.alias)) return "negated";
  // The claim itself is what is compared against ("与在像素空间扩散不同，…", "相比逐帧生成，…").
  if (compared(norm, hit)) return "compared";
  const head = norm.slice(0, hit.start);
  if (CONDITIONAL.test(head)) return "conditional";
  if (ATTRIBUTION.test(head)) return "attribution";
  if (MODAL.test(head)) return "modal";
  const rest = norm.slice(hit.end);
  if (REPLACED_BEFORE.test(head) || (CHANGE_FROM_BEFORE.test(head) && CHANGE_FROM_AFTER.test(rest))) return "changed-from";
  if (!subject) return null;
  const subj = findConcept(norm, subject);
  // The cue names its subject itself ("T5 是 decoder-only").
  if (subj.some((s) => s.start >= hit.start && s.end <= hit.end)) return null;
  // A semicolon ends a statement: a subject before it is not the subject after it.
  const stmtStart = Math.max(norm.lastIndexOf("；", hit.start), norm.lastIndexOf(";", hit.start)) + 1;
  const own = subj.filter((s) => s.start >= stmtStart && s.end <= hit.start && !compared(norm, s));
  // A cue opening its own clause is that clause's topic ("…；Pre-LN 把 LN 放到子层之前"), not a claim about an earlier subject.
  const clauseStart = Math.max(...[..."，,、。；;:："].map((c) => norm.lastIndexOf(c, hit.start - 1))) + 1;
  if (CLAUSE_OPEN.test(norm.slice(0, hit.start)) && !own.some((s) => s.start >= clauseStart)) return "topic";
  const others = entityHits(norm, entities).filter((e) => !subj.some((s) => overlaps(s, e)) && !overlaps(e, hit));
  const last = own.at(-1);
  if (last) return others.some((e) => e.start >= last.end && e.end <= hit.start && takesOver(norm, e)) ? "other-subject" : null;
  // No subject in the sentence: a pronoun may refer to the previous sentence's last entity.
  if (!ctx.prevNorm || !PRONOUN_START.test(norm) || others.some((e) => e.end <= hit.start)) return "no-subject";
  const prev = ctx.prevNorm;
  const prevSubj = findConcept(prev, subject).filter((s) => !compared(prev, s));
  const lastPrevSubject = Math.max(-1, ...prevSubj.map((s) => s.start));
  if (lastPrevSubject < 0) return "no-subject";
  const prevOthers = entityHits(prev, entities).filter((e) => !findConcept(prev, subject).some((s) => overlaps(s, e)));
  return prevOthers.some((e) => e.start > lastPrevSubject) ? "other-subject" : null;
}
