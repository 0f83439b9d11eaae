import type { CompiledPoint } from "./compile";
import { entityHits, framed } from "./assertion";
import type { SentenceFeatures } from "./point-match";
import { findConcept, type Concept } from "./term-match";
import { normalizeText } from "./text";

/**
 * An asserted negation of a key point: the sentence denies the point's main concept outright
 * ("T5 不是 encoder-decoder 结构", "CLIP does not use contrastive learning"). Precision first, so
 * only the narrowest form counts: a denial word right before the point's first term (at most a
 * couple of characters between), in a sentence that is not a question, condition, attribution or
 * change (assertion.ts), that does not also state the term un-negated, and only when the
 * rubric's own statement of the point does not itself negate that term. "不仅是", "不只是" and
 * "并不只" are not denials.
 */
const DENY = String.raw`(?:不是|并不是|并非|绝非|不用|不使用|不采用|没有用|没有使用|没用|isn't|is not|are not|aren't|does not use|doesn't use|do not use|don't use|never uses?)`;
const DENY_BEFORE = new RegExp(`${DENY}\\s*(?:[\\u3400-\\u9fff]{0,2}|an?\\s+|the\\s+)?\\s*$`, "i");
// "不是只/不是单纯/不是唯一": a denial of "only", not of the concept.
const NOT_ONLY = /(?:不是|并不是|并非|is not|isn't)\s*(?:只|仅|单纯|唯一|简单地|完全|only|just|merely|simply)/i;

function denied(norm: string, start: number): boolean {
  const head = norm.slice(Math.max(0, start - 16), start);
  const clause = head.slice(Math.max(...[..."，,。；;:："].map((c) => head.lastIndexOf(c))) + 1);
  return DENY_BEFORE.test(clause) && !NOT_ONLY.test(clause);
}

export interface Denial {
  point: CompiledPoint;
  sentence: SentenceFeatures;
  term: string;
}

/**
 * Whose denial it is: a sentence that names, before the denied term, a model or method that
 * neither the question nor the point's own statement names says it of that one ("DiT 用的是正弦位置编码，并不是 RoPE"
 * is about DiT, not a denial of what the rubric says of RoPE).
 */
function aboutAnother(norm: string, at: number, own: string[], entities: readonly Concept[]): boolean {
  const named = (e: { label: string }) => own.some((t) => entityHits(t, entities).some((o) => o.label === e.label));
  return entityHits(norm.slice(0, at), entities).some((e) => !named(e));
}

export function findDenials(points: CompiledPoint[], feats: SentenceFeatures[], entities: readonly Concept[] = [], title = ""): Denial[] {
  const out: Denial[] = [];
  for (const cp of points) {
    const main = cp.concepts[0];
    if (!main || cp.derived) continue;
    // The rubric's statement must say the term positively.
    const own = [cp.point.zh, cp.point.en].map(normalizeText);
    if (own.some((t) => findConcept(t, main).some((h) => denied(t, h.start)))) continue;
    for (const f of feats) {
      const hits = findConcept(f.sentence.norm, main);
      if (!hits.length || hits.some((h) => !denied(f.sentence.norm, h.start))) continue;
      const h = hits[0];
      if (!h || framed(f.sentence.norm, h) || aboutAnother(f.sentence.norm, h.start, [...own, title], entities)) continue;
      out.push({ point: cp, sentence: f, term: main.label });
      break;
    }
  }
  return out;
}
