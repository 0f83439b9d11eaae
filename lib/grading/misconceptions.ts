import type { CompiledMisconception, CompiledPoint } from "./compile";
import { contentTokens } from "./compile";
import { isCueNegated } from "./negation";
import type { SentenceFeatures } from "./point-match";
import { findConcept } from "./term-match";
import type { MisconceptionHit } from "./types";

// The speaker takes back something said before ("更正：…", "刚才说错了", "to correct myself").
const CORRECTION = /更正|纠正|订正|改正|说错|correction|to correct|i was wrong|i misspoke|scratch that/i;

type Mention = "asserts" | "denies" | null;

// The rest of the cue's clause ends in a question mark, or in 吗/么/呢 ("…吗", "…是不是？").
const INTERROGATIVE = /^[^，,。；;!！]*?(?:[?？]|[吗么呢]\s*(?:$|[，,。；;]))/;

/**
 * What one sentence says about a misconception: asserts it (a cue, not negated), denies it (every
 * cue negated, or a correction that names the claim), or nothing. A correction need not repeat
 * the cue verbatim ("更正：可训练的不只是投影层" for "只训练投影层"): most of a cue's words do.
 */
function mention(f: SentenceFeatures, m: CompiledMisconception): Mention {
  const norm = f.sentence.norm;
  // A cue inside a question ("前向过程是学习的吗？") asserts nothing.
  const hits = findConcept(norm, m.patterns).filter((h) => !INTERROGATIVE.test(norm.slice(h.end)));
  if (hits.length) {
    if (hits.every((h) => CORRECTION.test(norm.slice(0, h.start)) || isCueNegated(norm, h.start, h.end, h.alias))) return "denies";
    return "asserts";
  }
  if (!CORRECTION.test(norm)) return null;
  const named = m.cues.some((cue) => {
    const words = [...new Set(contentTokens(cue))];
    const missing = words.filter((t) => !f.tokens.has(t)).length;
    return words.length >= 2 && missing <= (words.length >= 3 ? 1 : 0);
  });
  return named ? "denies" : null;
}

/**
 * Misconceptions the answer asserts: a rubric cue in a sentence that does not negate it.
 * "用相对位置编码而不是绝对位置编码" does not assert "绝对位置编码"; "T5 用绝对位置编码" does.
 * The last word counts: a claim the candidate later denies or corrects ("更正：…并不是 T5 的功能")
 * is retracted, as an interviewer would take it; one asserted after a denial stands.
 */
export function findMisconceptions(points: CompiledPoint[], feats: SentenceFeatures[]): MisconceptionHit[] {
  const hits: MisconceptionHit[] = [];
  for (const cp of points) {
    for (const m of cp.misconceptions) {
      let evidence: SentenceFeatures | null = null;
      for (const f of feats) {
        const said = mention(f, m);
        if (said === "asserts") evidence = f;
        else if (said === "denies") evidence = null;
      }
      if (evidence) hits.push({ pointId: cp.point.id, zh: m.zh, en: m.en, evidence: evidence.sentence.text });
    }
  }
  return hits;
}
