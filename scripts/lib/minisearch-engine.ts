import MiniSearch from "minisearch";
import { bestPerQuestion } from "../../lib/retrieval/fusion";
import type { QuestionHit, RetrievalUnit, UnitHit } from "../../lib/retrieval/types";
import { tokenize } from "../../lib/text/tokenize";

/**
 * The baseline: MiniSearch over the same units and fields, with its default settings (BM25+, no
 * boosts, no fuzzy or prefix matching), either with its own tokenizer (splits on spaces and
 * punctuation, so a Chinese clause is one token) or with our jieba tokenizer.
 */
export function miniSearchEngine(units: RetrievalUnit[], titles: Map<string, string>, tokenizer: "default" | "jieba") {
  const byId = new Map(units.map((u) => [u.id, u]));
  const ms = new MiniSearch<{ id: string; body: string; titleEn: string; terms: string; context: string }>({
    fields: ["body", "titleEn", "terms", "context"],
    ...(tokenizer === "jieba" ? { tokenize: (text: string) => tokenize(text), processTerm: (t: string) => t } : {}),
  });
  ms.addAll(
    units.map((u) => ({
      id: u.id,
      body: [u.fields.title, u.fields.body].filter(Boolean).join("\n"),
      titleEn: u.fields.titleEn ?? "",
      terms: u.fields.terms ?? "",
      context: u.fields.context ?? "",
    })),
  );
  return {
    search(query: string, k = 50): QuestionHit[] {
      const hits: UnitHit[] = ms.search(query).map((r) => {
        const u = byId.get(r.id as string) as RetrievalUnit;
        return { bankId: u.bankId, questionId: u.questionId, unit: u.kind, unitId: u.id, text: u.text, score: r.score };
      });
      return bestPerQuestion(hits, titles, k);
    },
  };
}
