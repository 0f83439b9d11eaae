import { passageForPoint, questionPassages } from "@/lib/bank/passages";
import type { Question } from "@/lib/bank/types";

/**
 * What a candidate must not see of a question before it is finished: its key points (both
 * languages), their terms and misconceptions, and the reference passages they rest on. Shared by
 * the sessionView unit test and the network-inspecting browser test.
 */
export interface Secret {
  questionId: string;
  kind: "point" | "term" | "misconception" | "passage";
  text: string;
}

/** Shorter strings ("ε", "VAE") occur in ordinary text and titles; they prove nothing. */
const MIN_LENGTH = 5;

/**
 * The secrets of `questions`, minus anything the candidate legitimately sees or wrote: the
 * question titles, the follow-up questions the interviewer asks, the candidate's own replies.
 */
export function secretsOf(questions: Question[], allowed: string[] = []): Secret[] {
  const seen = [
    ...allowed,
    ...questions.flatMap((q) => [q.title, q.titleEn ?? "", ...q.rubric.flatMap((p) => p.followUps.flatMap((f) => [f.zh, f.en]))]),
  ]
    .join("\n")
    .toLowerCase();
  const out: Secret[] = [];
  for (const q of questions) {
    const passages = questionPassages(q);
    for (const p of q.rubric) {
      const add = (kind: Secret["kind"], text: string) => {
        const t = text.trim();
        if (t.length >= MIN_LENGTH && !seen.includes(t.toLowerCase())) out.push({ questionId: q.id, kind, text: t });
      };
      add("point", p.zh);
      add("point", p.en);
      for (const term of p.terms) for (const alias of term.split(" / ")) add("term", alias);
      for (const m of p.misconceptions) (add("misconception", m.zh), add("misconception", m.en));
      const passage = passageForPoint(passages, p);
      if (passage) add("passage", passage.text);
    }
  }
  return out;
}

const htmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** A string as it may appear in a body: raw, inside JSON, inside a JSON string inside JS (RSC payload), HTML-escaped. */
function encodings(s: string): string[] {
  const json = JSON.stringify(s).slice(1, -1);
  const twice = JSON.stringify(json).slice(1, -1);
  return [...new Set([s, json, twice, htmlEscape(s)])].map((x) => x.toLowerCase());
}

/** The secrets found in a response body (any text: JSON, HTML, an RSC payload). */
export function leaksIn(body: string, secrets: Secret[]): Secret[] {
  const hay = body.toLowerCase();
  return secrets.filter((s) => encodings(s.text).some((e) => hay.includes(e)));
}
