import { createHash } from "node:crypto";
import { questionPassages } from "@/lib/bank/passages";
import type { Bank, Chapter, Question } from "@/lib/bank/types";
import type { RetrievalUnit } from "./types";

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** Markdown and HTML markers say nothing about the topic; keep the words, drop the markup. */
function plain(md: string): string {
  return md
    .replace(/<[^>]+>/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/[*_`#>]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function unit(u: Omit<RetrievalUnit, "hash">): RetrievalUnit {
  return { ...u, hash: contentHash(u.embedText) };
}

function questionUnits(bank: Bank, chapter: Chapter, q: Question): RetrievalUnit[] {
  const chapterContext = [chapter.topic, chapter.titleEn ?? ""].join(" ");
  const base = { bankId: bank.id, questionId: q.id };
  const out: RetrievalUnit[] = [
    unit({
      ...base,
      id: `${q.id}#q`,
      kind: "question",
      text: q.titleEn ? `${q.title} / ${q.titleEn}` : q.title,
      embedText: [q.title, q.titleEn].filter(Boolean).join("\n"),
      fields: {
        title: q.title,
        titleEn: q.titleEn ?? undefined,
        terms: q.rubric.flatMap((p) => p.terms).join("\n"),
        context: `${chapterContext} ${q.tags.join(" ")}`,
      },
    }),
  ];
  for (const p of questionPassages(q)) {
    const text = plain(p.text);
    if (!text) continue;
    out.push(
      unit({
        ...base,
        id: p.id,
        kind: "passage",
        text: p.text,
        // A passage alone ("它通过两阶段预训练…") often lacks its subject: the title supplies it.
        embedText: [q.title, p.headingPath.join(" > "), text].filter(Boolean).join("\n"),
        fields: { body: text, context: `${chapterContext} ${p.headingPath.join(" ")}` },
      }),
    );
  }
  for (const pt of q.rubric) {
    out.push(
      unit({
        ...base,
        id: `${q.id}#point-${pt.id}`,
        kind: "point",
        text: `${pt.zh} / ${pt.en}`,
        embedText: [q.title, pt.zh, pt.en].join("\n"),
        fields: { body: `${pt.zh}\n${pt.en}`, terms: pt.terms.join("\n"), context: chapterContext },
      }),
    );
  }
  return out;
}

/** Every retrievable unit of the given banks, in bank order. */
export function buildUnits(banks: Bank[]): RetrievalUnit[] {
  return banks.flatMap((b) => b.chapters.flatMap((c) => c.questions.flatMap((q) => questionUnits(b, c, q))));
}
