import type { TokenUsage } from "./types";

export const NO_USAGE: TokenUsage = { prompt: 0, completion: 0 };

export function addUsage(a: TokenUsage, b: TokenUsage | null | undefined): TokenUsage {
  return b ? { prompt: a.prompt + b.prompt, completion: a.completion + b.completion } : a;
}

/** The OpenAI usage object (any server's, loosely) as ours. */
export function readUsage(u: { prompt_tokens?: number | null; completion_tokens?: number | null } | null | undefined): TokenUsage | null {
  if (!u) return null;
  return { prompt: Number(u.prompt_tokens ?? 0) || 0, completion: Number(u.completion_tokens ?? 0) || 0 };
}
