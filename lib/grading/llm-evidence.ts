import type { LlmVerdict } from "@/lib/llm/verdict";

/**
 * Quotes are checked against the reply after normalisation (NFKC, lower case, no white space,
 * punctuation or symbols), so a model's harmless reformatting passes and an invented quote does
 * not. Shorter quotes prove nothing ("是", "the") and do not count.
 */
export const MIN_QUOTE_CHARS = 4;

export function normalizeQuote(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

export function quoteInReply(quote: string, normalizedReply: string): boolean {
  const q = normalizeQuote(quote);
  return q.length >= MIN_QUOTE_CHARS && normalizedReply.includes(q);
}

export interface VerifiedPoint {
  id: string;
  status: "covered" | "partial" | "missing";
  evidence: string[];
  refs: string[];
  overruled?: string;
}

export interface VerifiedVerdict {
  points: Map<string, VerifiedPoint>;
  misconceptions: Array<{ claim: string; correction: string }>;
  feedback: string;
}

/**
 * Applies the trust rules to a verdict: points the rubric does not have are ignored, a point
 * the verdict leaves out is missing, a covered/partial point whose quotes are not in the reply
 * falls to missing, refs must name a passage the grader was given, and a misconception counts
 * only when its claim is a quote of the reply (a model must not invent errors either).
 */
/**
 * One sentence can state two key points ("预测噪声 ε，用 L_simple 训练"), hardly more: a quote
 * cited for a third point is not evidence for it. This is what stops a grader that cites the
 * same line of a one-line reply for every point.
 */
export const MAX_POINTS_PER_QUOTE = 2;

/**
 * Terms of a point as matched in quotes: every alias, normalised. One-character ones prove
 * nothing, and neither do the question's own words: repeating "对比学习" to a question about
 * contrastive learning names no point of it.
 */
export function pointTermsForMatch(terms: string[], questionTitle = ""): string[] {
  const title = normalizeQuote(questionTitle);
  return terms
    .flatMap((t) => t.split(" / "))
    .map(normalizeQuote)
    .filter((t) => t.length >= 2 && !title.includes(t));
}

export function verifyVerdict(
  verdict: LlmVerdict,
  reply: string,
  pointIds: string[],
  refIds: Set<string>,
  /** Each point's terms (pointTermsForMatch): a "covered" whose quotes name none of them is only partial. */
  terms: Map<string, string[]> = new Map(),
): VerifiedVerdict {
  const norm = normalizeQuote(reply);
  const wanted = new Set(pointIds);
  const points = new Map<string, VerifiedPoint>();
  const uses = new Map<string, number>();
  for (const p of verdict.points) {
    if (!wanted.has(p.id) || points.has(p.id)) continue;
    const refs = p.refs.filter((r) => refIds.has(r));
    const found = p.evidence.filter((q) => quoteInReply(q, norm));
    const evidence = found.filter((q) => (uses.get(normalizeQuote(q)) ?? 0) < MAX_POINTS_PER_QUOTE);
    if (p.status === "missing") {
      points.set(p.id, { id: p.id, status: "missing", evidence: [], refs });
      continue;
    }
    if (!evidence.length) {
      const why = found.length ? "the same quote was cited for too many points" : "evidence not found in the reply";
      points.set(p.id, { id: p.id, status: "missing", evidence: [], refs, overruled: why });
      continue;
    }
    for (const q of evidence) uses.set(normalizeQuote(q), (uses.get(normalizeQuote(q)) ?? 0) + 1);
    const own = terms.get(p.id) ?? [];
    // A paraphrase without the point's vocabulary can be right, so it is not thrown out; but a
    // model's word alone does not make it "covered".
    const named = !own.length || evidence.some((q) => own.some((t) => normalizeQuote(q).includes(t)));
    if (p.status === "covered" && !named) {
      points.set(p.id, { id: p.id, status: "partial", evidence, refs, overruled: "the quote names none of this point's terms" });
    } else points.set(p.id, { id: p.id, status: p.status, evidence, refs });
  }
  for (const id of pointIds) if (!points.has(id)) points.set(id, { id, status: "missing", evidence: [], refs: [], overruled: "not graded by the model" });
  const misconceptions = verdict.misconceptions.filter((m) => quoteInReply(m.claim, norm));
  return { points, misconceptions, feedback: verdict.feedback.trim() };
}
