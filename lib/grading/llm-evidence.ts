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
export function verifyVerdict(verdict: LlmVerdict, reply: string, pointIds: string[], refIds: Set<string>): VerifiedVerdict {
  const norm = normalizeQuote(reply);
  const wanted = new Set(pointIds);
  const points = new Map<string, VerifiedPoint>();
  for (const p of verdict.points) {
    if (!wanted.has(p.id) || points.has(p.id)) continue;
    const evidence = p.evidence.filter((q) => quoteInReply(q, norm));
    const refs = p.refs.filter((r) => refIds.has(r));
    if (p.status !== "missing" && !evidence.length) {
      points.set(p.id, { id: p.id, status: "missing", evidence: [], refs, overruled: "evidence not found in the reply" });
    } else points.set(p.id, { id: p.id, status: p.status, evidence: p.status === "missing" ? [] : evidence, refs });
  }
  for (const id of pointIds) if (!points.has(id)) points.set(id, { id, status: "missing", evidence: [], refs: [], overruled: "not graded by the model" });
  const misconceptions = verdict.misconceptions.filter((m) => quoteInReply(m.claim, norm));
  return { points, misconceptions, feedback: verdict.feedback.trim() };
}
