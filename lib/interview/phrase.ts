import { randomUUID } from "node:crypto";
import type { Question } from "@/lib/bank/types";
import type { Db } from "@/lib/db/client";
import { listPlan, listTurns, setTurnPhrasing, swapTurnMeta } from "@/lib/db/session-queries";
import type { Llm } from "@/lib/llm/client";
import { LlmFailure, toLlmFailure } from "@/lib/llm/errors";
import { streamChat } from "@/lib/llm/stream";
import type { ChatMessage, TokenUsage } from "@/lib/llm/types";
import { phraseMessages } from "./phrase-prompts";
import type { GradeLike, QuestionSource, SessionConfig, Turn, TurnMeta } from "./types";

export interface PhraseDeps {
  db: Db;
  questions: QuestionSource;
  /** The configured LLM now; null when the session's model is gone (a visible fallback). */
  llm: Llm | null;
  log?: (line: string) => void;
}

export type PhraseEvent =
  | { type: "start"; turnId: number }
  | { type: "delta"; turnId: number; text: string }
  | { type: "end"; turnId: number; content: string; meta: TurnMeta };

// Which server process is phrasing a line: one that died (kill -9, a restart) left "streaming"
// behind, and a new process may take the line over at once instead of waiting out a lease.
const holder = globalThis as unknown as { __phraseBootId?: string };
const BOOT_ID = (holder.__phraseBootId ??= randomUUID());
const LEASE_MS = 120_000;
const MAX_LINE_CHARS = 1500;

function claimable(meta: TurnMeta | null): boolean {
  if (meta?.phrase === "pending") return true;
  if (meta?.phrase !== "streaming") return false;
  if (meta.by !== BOOT_ID) return true;
  return Date.now() - Date.parse(meta.since ?? "") > LEASE_MS;
}

/** Interviewer lines of the session still waiting for the model's phrasing, oldest first. */
export function pendingPhrasing<G extends GradeLike>(turns: Turn<G>[]): Turn<G>[] {
  return turns.filter((t) => t.role === "interviewer" && claimable(t.meta));
}

/** Hints must not name the point: a hint containing one of its terms is replaced by the offline one. */
function namesAnyTerm(text: string, terms: string[]): boolean {
  const t = text.toLowerCase();
  return terms.some((term) => term.length >= 2 && t.includes(term.toLowerCase()));
}

/**
 * Phrases every pending interviewer line of a session with the LLM, streaming its tokens, and
 * saves each once complete. A stream that is cut, times out or errors keeps what arrived, adds
 * the offline line, and records why; the interview goes on either way.
 */
export async function* phrasePending(deps: PhraseDeps, sessionId: string, config: SessionConfig): AsyncGenerator<PhraseEvent> {
  const turns = listTurns(deps.db, sessionId);
  const plan = listPlan(deps.db, sessionId);
  for (const turn of pendingPhrasing(turns)) {
    const claimed: TurnMeta = { phrase: "streaming", since: new Date().toISOString(), by: BOOT_ID };
    if (!swapTurnMeta(deps.db, turn.id, turn.meta, claimed)) continue;
    const q = deps.questions.get(plan[turn.position]?.questionId ?? "");
    const messages = q ? phraseMessages(turn, turns, q, plan[turn.position]?.grade ?? null, config, plan.length) : null;
    if (!deps.llm || !messages) {
      const meta: TurnMeta = { phrase: "offline", ...(deps.llm ? {} : { fallback: "no-model" }) };
      setTurnPhrasing(deps.db, turn.id, turn.content, meta);
      yield { type: "end", turnId: turn.id, content: turn.content, meta };
      continue;
    }
    yield { type: "start", turnId: turn.id };
    const { content, meta } = yield* streamLine(deps.llm, turn, q as Question, messages);
    setTurnPhrasing(deps.db, turn.id, content, meta);
    if (meta.fallback) deps.log?.(`[interviewer] turn ${turn.id}: offline line used: ${meta.fallback}`);
    yield { type: "end", turnId: turn.id, content, meta };
  }
}

async function* streamLine<G extends GradeLike>(
  llm: Llm,
  turn: Turn<G>,
  q: Question,
  messages: ChatMessage[],
): AsyncGenerator<PhraseEvent, { content: string; meta: TurnMeta }> {
  const model = llm.config.model;
  // A hint is checked before it is shown, so it is not streamed token by token.
  const terms = turn.kind === "hint" ? (q.rubric.find((p) => p.id === turn.pointId)?.terms ?? []).flatMap((t) => t.split(" / ").map((s) => s.trim())) : null;
  let text = "";
  let usage: TokenUsage | undefined;
  try {
    const gen = streamChat(llm, { model, messages, maxTokens: turn.kind === "follow-up" || turn.kind === "question" ? 400 : 250 });
    for (;;) {
      const r = await gen.next();
      if (r.done) {
        usage = r.value.usage ?? undefined;
        break;
      }
      if (text.length + r.value.length > MAX_LINE_CHARS) continue;
      text += r.value;
      if (!terms) yield { type: "delta", turnId: turn.id, text: r.value };
    }
    const line = text.trim();
    if (!line) throw new LlmFailure("empty");
    if (terms && namesAnyTerm(line, terms)) {
      yield { type: "delta", turnId: turn.id, text: turn.content };
      return { content: turn.content, meta: { phrase: "offline", fallback: "hint-named-point", model, ...(usage ? { usage } : {}) } };
    }
    if (terms) yield { type: "delta", turnId: turn.id, text: line };
    return { content: line, meta: { phrase: "llm", model, ...(usage ? { usage } : {}) } };
  } catch (e) {
    const f = e instanceof LlmFailure ? e : toLlmFailure(e);
    const kept = terms ? "" : text.trim();
    const content = kept ? `${kept}\n\n${turn.content}` : turn.content;
    yield { type: "delta", turnId: turn.id, text: kept ? `\n\n${turn.content}` : turn.content };
    return { content, meta: { phrase: "offline", fallback: f.reason, model } };
  }
}
