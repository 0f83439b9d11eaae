import type { CompiledNumber } from "./compile";
import { notAsserted } from "./assertion";
import { findConcept, type Concept } from "./term-match";

/**
 * Numbers attached to key terms: "400M 图文对", "4 亿对图文", "400 million image-text pairs".
 * A candidate's number is compared with the reference's only when it is the number nearest the
 * term in the same clause and it carries a magnitude the reference's also carries (a bare "400"
 * next to "400M" is too ambiguous to call wrong).
 */

const MAGNITUDE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  千: 1e3,
  w: 1e4,
  万: 1e4,
  m: 1e6,
  million: 1e6,
  百万: 1e6,
  b: 1e9,
  billion: 1e9,
  亿: 1e8,
  十亿: 1e9,
};
const QUANTITY = /(\d+(?:[.,]\d+)*)\s*(thousand|million|billion|十亿|百万|[kmbw千万亿])?(?![a-z0-9])/gi;

export interface Quantity {
  value: number;
  /** The number carries a magnitude word or suffix. */
  scaled: boolean;
  start: number;
  end: number;
}

export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    // Part of a name ("T5", "GPT-4V", "v2.5", "30K" in "MJHQ-30K"): not a quantity.
    const before = text[m.index - 1] ?? "";
    if (/[a-z_\-./]/i.test(before)) continue;
    const digits = (m[1] ?? "").replace(/,(?=\d{3}\b)/g, "");
    const n = Number(digits);
    if (!Number.isFinite(n)) continue;
    const unit = (m[2] ?? "").toLowerCase();
    out.push({ value: n * (MAGNITUDE[unit] ?? 1), scaled: unit !== "", start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "400M" → 4e8; null when the text holds no number. */
export function parseQuantity(text: string): number | null {
  return quantities(text.toLowerCase())[0]?.value ?? null;
}

// The term and its number within this many characters, in one clause.
const NEAR = 14;
// Rounding as people speak ("32k" for 32768) is not an error.
const TOLERANCE = 0.05;

export interface NumberFinding {
  fact: CompiledNumber;
  said: string;
}

/** Numbers the sentence attaches to a fact's term that disagree with the reference's. */
export function wrongNumbers(norm: string, facts: CompiledNumber[], entities: readonly Concept[], prevNorm?: string): NumberFinding[] {
  const found: NumberFinding[] = [];
  const refScaled = (f: CompiledNumber) => /[a-z千万亿]/i.test(f.text);
  for (const fact of facts) {
    for (const h of findConcept(norm, fact.term)) {
      // Said of the fact's subject, in the candidate's own voice (ALIGN's 1.8B pairs are not CLIP's).
      if (notAsserted({ norm, prevNorm, subject: fact.subject, entities }, h)) continue;
      const lo = Math.max(0, h.start - NEAR);
      const hi = Math.min(norm.length, h.end + NEAR);
      const window = norm.slice(lo, hi);
      // Stay inside the term's clause.
      const cutL = Math.max(...[..."，,。；;:："].map((c) => window.lastIndexOf(c, h.start - lo)));
      const cutRRaw = [..."，,。；;:："].map((c) => window.indexOf(c, h.end - lo)).filter((i) => i >= 0);
      const from = cutL >= 0 ? cutL + 1 : 0;
      const to = cutRRaw.length ? Math.min(...cutRRaw) : window.length;
      const qs = quantities(window.slice(from, to)).map((q) => ({ ...q, start: q.start + lo + from, end: q.end + lo + from }));
      if (!qs.length) continue;
      const dist = (q: Quantity) => (q.end <= h.start ? h.start - q.end : q.start - h.end);
      const near = qs.sort((a, b) => dist(a) - dist(b))[0] as Quantity;
      if (refScaled(fact) && !near.scaled) continue;
      if (Math.abs(near.value - fact.value) > TOLERANCE * fact.value) found.push({ fact, said: norm.slice(near.start, near.end).trim() });
    }
  }
  return found;
}
