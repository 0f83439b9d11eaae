import type { Question } from "@/lib/bank/types";
import type { ChatMessage } from "@/lib/llm/types";
import { askQuestionMessages, clarifyMessages, followUpMessages, hintMessages } from "@/lib/llm/prompts";
import type { GradeLike, SessionConfig, Turn } from "./types";

const REPLY_KINDS = new Set(["answer", "dont-know"]);

const titleOf = (q: Question, lang: "zh" | "en") => (lang === "en" && q.titleEn ? q.titleEn : q.title);

/** The candidate's latest reply before a turn (skips and asides are not replies). */
function replyBefore<G extends GradeLike>(turns: Turn<G>[], turn: Turn<G>): Turn<G> | null {
  return turns.filter((t) => t.id < turn.id && t.role === "candidate" && REPLY_KINDS.has(t.kind)).at(-1) ?? null;
}

/**
 * What the model is told for one interviewer line: the question's title, the candidate's own
 * words and, for a follow-up or a hint, the point the engine chose. Never the reference answer.
 * Null for lines the model does not phrase.
 */
export function phraseMessages<G extends GradeLike>(
  turn: Turn<G>,
  turns: Turn<G>[],
  q: Question,
  grade: GradeLike | null,
  config: SessionConfig,
  total: number,
): ChatMessage[] | null {
  const lang = config.lang;
  const title = titleOf(q, lang);
  const point = q.rubric.find((p) => p.id === turn.pointId) ?? null;
  switch (turn.kind) {
    case "question": {
      const prev = turn.position > 0 ? replyBefore(turns, turn) : null;
      return askQuestionMessages({
        lang,
        title,
        position: turn.position,
        total,
        previousReply: prev && prev.position === turn.position - 1 && prev.kind === "answer" ? prev.content : null,
      });
    }
    case "follow-up": {
      const reply = replyBefore(turns, turn);
      if (!point || !reply) return null;
      const status = grade?.points.find((p) => p.id === point.id)?.status === "partial" ? "partial" : "missing";
      const probe = point.followUps[0];
      return followUpMessages({ lang, title, reply: reply.content, point: lang === "en" ? point.en : point.zh, probe: probe ? probe[lang] : null, status });
    }
    case "clarification": {
      const asked = turns.filter((t) => t.id < turn.id && t.kind === "clarify").at(-1);
      const said = turns.filter((t) => t.id < (asked?.id ?? turn.id) && t.role === "interviewer").at(-1);
      if (!asked) return null;
      return clarifyMessages({ lang, title, lastInterviewerLine: said?.content ?? title, question: asked.content });
    }
    case "hint": {
      if (!point) return null;
      const avoid = point.terms.flatMap((t) => t.split(" / ").map((s) => s.trim())).filter(Boolean);
      return hintMessages({ lang, title, point: lang === "en" ? point.en : point.zh, avoid });
    }
    default:
      return null;
  }
}
