import type { CompiledMisconception, CompiledPoint } from "./compile";
import { contentTokens } from "./compile";
import { notAsserted } from "./assertion";
import { findDenials } from "./denials";
import { wrongNumbers } from "./numbers";
import type { SentenceFeatures } from "./point-match";
import { findConcept, type Concept } from "./term-match";
import type { MisconceptionHit } from "./types";

// The speaker takes back something said before ("更正：…", "刚才说错了", "to correct myself").
const CORRECTION = /更正|纠正|订正|改正|说错|correction|to correct|i was wrong|i misspoke|scratch that/i;

type Mention = "asserts" | "denies" | null;

/**
 * What one sentence says about a misconception: asserts it (a cue said of the claim's subject in
 * the candidate's own voice: see assertion.ts), denies it (every cue negated, or a correction that
 * names the claim), or nothing. A correction need not repeat the cue verbatim ("更正：可训练的不只是
 * 投影层" for "只训练投影层"): most of a cue's words do.
 */
function mention(f: SentenceFeatures, prev: SentenceFeatures | undefined, m: CompiledMisconception, entities: readonly Concept[]): Mention {
  const norm = f.sentence.norm;
  const right = m.excludes ? findConcept(norm, m.excludes) : [];
  const hits = findConcept(norm, m.patterns).filter((h) => !right.some((r) => r.start < h.end && h.start < r.end));
  if (hits.length) {
    const ctx = { norm, prevNorm: prev?.sentence.norm, subject: m.subjectConcept, entities };
    const reasons = hits.map((h) => (CORRECTION.test(norm.slice(0, h.start)) ? "corrected" : notAsserted(ctx, h)));
    if (reasons.some((r) => r === null)) return "asserts";
    // Only a denial retracts an earlier claim; a cue said of someone else says nothing about it.
    return reasons.some((r) => r === "negated" || r === "corrected") ? "denies" : null;
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
 * Wrong claims the answer asserts, each with the reference passage it contradicts: a rubric
 * misconception or a declared swap asserted of its subject, or a number next to a key term that
 * disagrees with the reference's. "用相对位置编码而不是绝对位置编码" does not assert "绝对位置编码";
 * "T5 用绝对位置编码" does; "原始 Transformer 用绝对位置编码" says it of another model.
 * The last word counts: a claim the candidate later denies or corrects ("更正：…并不是 T5 的功能")
 * is retracted, as an interviewer would take it; one asserted after a denial stands.
 */
export function findMisconceptions(points: CompiledPoint[], feats: SentenceFeatures[], entities: readonly Concept[] = [], title = ""): MisconceptionHit[] {
  const hits: MisconceptionHit[] = [];
  for (const cp of points) {
    const passage = cp.passage?.text ?? cp.point.passage ?? null;
    for (const m of cp.misconceptions) {
      let evidence: SentenceFeatures | null = null;
      feats.forEach((f, i) => {
        const said = mention(f, feats[i - 1], m, entities);
        if (said === "asserts") evidence = f;
        else if (said === "denies") evidence = null;
      });
      const ev = evidence as SentenceFeatures | null;
      if (ev) hits.push({ pointId: cp.point.id, zh: m.zh, en: m.en, evidence: ev.sentence.text, kind: m.kind, passage });
    }
    for (const [i, f] of feats.entries()) {
      for (const w of wrongNumbers(f.sentence.norm, cp.numbers, entities, feats[i - 1]?.sentence.norm)) {
        if (hits.some((h) => h.pointId === cp.point.id && h.kind === "number")) break;
        const term = w.fact.term.label;
        hits.push({
          pointId: cp.point.id,
          zh: `「${term}」的数字不对：说的是 ${w.said}，参考答案是 ${w.fact.text}`,
          en: `Wrong number for ${term}: ${w.said}, where the reference says ${w.fact.text}.`,
          evidence: f.sentence.text,
          kind: "number",
          passage,
        });
      }
    }
  }
  for (const d of findDenials(points, feats, entities, title)) {
    if (hits.some((h) => h.pointId === d.point.point.id)) continue;
    hits.push({
      pointId: d.point.point.id,
      zh: `否认了要点「${d.term}」：${d.point.point.zh}`,
      en: `Denies the key point (${d.term}): ${d.point.point.en}`,
      evidence: d.sentence.sentence.text,
      kind: "negation",
      passage: d.point.passage?.text ?? d.point.point.passage ?? null,
    });
  }
  return hits;
}
