import type { CompiledPoint } from "./compile";
import { isCueNegated } from "./negation";
import type { SentenceFeatures } from "./point-match";
import { findConcept } from "./term-match";
import type { MisconceptionHit } from "./types";

/**
 * Misconceptions the answer asserts: a rubric cue in a sentence that does not negate it.
 * "用相对位置编码而不是绝对位置编码" does not assert "绝对位置编码"; "T5 用绝对位置编码" does.
 */
export function findMisconceptions(points: CompiledPoint[], feats: SentenceFeatures[]): MisconceptionHit[] {
  const hits: MisconceptionHit[] = [];
  for (const cp of points) {
    for (const m of cp.misconceptions) {
      const evidence = feats.find(({ sentence }) =>
        findConcept(sentence.norm, m.patterns).some((h) => !isCueNegated(sentence.norm, h.start, h.end, h.alias)),
      );
      if (evidence) hits.push({ pointId: cp.point.id, zh: m.zh, en: m.en, evidence: evidence.sentence.text });
    }
  }
  return hits;
}
