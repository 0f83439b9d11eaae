import type { CompiledPoint } from "./compile";
import type { DenseMatch } from "./dense";
import { PARTIAL_AT, statusFor, type PointMatch, type SentenceFeatures } from "./point-match";
import type { PointGrade } from "./types";


/** The window's sentences as the candidate wrote them (a space only after Latin punctuation). */
function evidenceOf(sentences: number[], feats: SentenceFeatures[]): string | null {
  let text = "";
  for (const i of sentences) {
    const s = feats[i]?.sentence.text ?? "";
    text += text && /[.!?;:,]$/.test(text) ? ` ${s}` : s;
  }
  return text.trim() || null;
}

/**
 * Statuses from the lexical match of each point, lifted by the dense match when a model is
 * loaded. Dense similarity only ever raises a point, by a share of the gap, and cannot make a
 * point "covered" without lexical support: paraphrases get credit, while a model that finds
 * everything similar (or an answer built to look similar) cannot defeat the guards.
 * A point whose misconception the answer asserts is at best partial.
 */
export function pointGrades(
  compiled: CompiledPoint[],
  feats: SentenceFeatures[],
  lexical: PointMatch[],
  dense: DenseMatch[] | null,
  wrongPoints: Set<string>,
  /** Hybrid mode: how far the dense similarity may pull a point's similarity up towards itself (calibrated per model). */
  densePull = 0,
): PointGrade[] {
  return compiled.map((cp, i) => {
    const m = lexical[i] as PointMatch;
    const d = dense?.[i];
    const sim = d ? m.sim + densePull * Math.max(0, d.sim - m.sim) : m.sim;
    // Evidence: the lexical window, or the dense model's sentence when words barely matched.
    const sentences = d && d.sentence >= 0 && m.sim < PARTIAL_AT / 2 ? [d.sentence] : m.sentences;
    let status = statusFor(sim, { ...m, sentences }, feats);
    if (status === "covered" && (m.sim < PARTIAL_AT || wrongPoints.has(cp.point.id))) status = "partial";
    // A point the answer contradicts earns no more than a bare mention, however well worded.
    const shown = wrongPoints.has(cp.point.id) && status !== "missing" ? Math.min(sim, PARTIAL_AT) : sim;
    return {
      id: cp.point.id,
      weight: cp.point.weight,
      status,
      evidence: status === "missing" ? null : evidenceOf(sentences, feats),
      passage: cp.passage ? { id: cp.passage.id, text: cp.passage.text } : null,
      similarity: Math.round(Math.min(1, shown) * 1000) / 1000,
    };
  });
}
