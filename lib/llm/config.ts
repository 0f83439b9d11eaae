import { z } from "zod";

/**
 * The LLM is configured with the `openai` package's own variables, so that a user's existing
 * setup (or `.env.local`) works unchanged. No OPENAI_MODEL means no LLM: the offline interviewer
 * and grader run, as on a machine with no key.
 */
const envSchema = z.object({
  OPENAI_API_KEY: z.string().trim().optional(),
  OPENAI_BASE_URL: z.string().trim().url("OPENAI_BASE_URL must be a URL such as https://api.openai.com/v1").optional(),
  OPENAI_MODEL: z.string().trim().min(1).optional(),
  LLM_GRADER_MODEL: z.string().trim().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
});

export interface LlmConfig {
  /** Never logged, stored or sent to the browser; only lib/llm/client.ts reads it. */
  apiKey: string;
  baseURL: string;
  model: string;
  graderModel: string;
  timeoutMs: number;
  maxRetries: number;
}

export const DEFAULT_BASE_URL = "https://api.openai.com/v1";

export type LlmSetup = { ok: true; config: LlmConfig } | { ok: false; reason: string };

const blank = (v: string | undefined) => (v && v.trim() ? v : undefined);

export function readLlmSetup(env: Record<string, string | undefined> = process.env): LlmSetup {
  const parsed = envSchema.safeParse({
    OPENAI_API_KEY: blank(env.OPENAI_API_KEY),
    OPENAI_BASE_URL: blank(env.OPENAI_BASE_URL),
    OPENAI_MODEL: blank(env.OPENAI_MODEL),
    LLM_GRADER_MODEL: blank(env.LLM_GRADER_MODEL),
    LLM_TIMEOUT_MS: blank(env.LLM_TIMEOUT_MS),
    LLM_MAX_RETRIES: blank(env.LLM_MAX_RETRIES),
  });
  if (!parsed.success) {
    // The message names the variable, never its value (it might be the key pasted in the wrong place).
    return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  }
  const e = parsed.data;
  if (!e.OPENAI_MODEL) return { ok: false, reason: "OPENAI_MODEL is not set" };
  const baseURL = e.OPENAI_BASE_URL ?? DEFAULT_BASE_URL;
  // Local servers (Ollama, vLLM, LM Studio) take any key; the hosted ones need a real one.
  if (!e.OPENAI_API_KEY && baseURL === DEFAULT_BASE_URL) return { ok: false, reason: "OPENAI_API_KEY is not set" };
  return {
    ok: true,
    config: {
      apiKey: e.OPENAI_API_KEY ?? "no-key",
      baseURL: baseURL.replace(/\/+$/, ""),
      model: e.OPENAI_MODEL,
      graderModel: e.LLM_GRADER_MODEL ?? e.OPENAI_MODEL,
      timeoutMs: e.LLM_TIMEOUT_MS,
      maxRetries: e.LLM_MAX_RETRIES,
    },
  };
}

/** "gpt-4o-mini @ api.openai.com": what the nav and /api/status show. Never the key. */
export function llmLabel(c: Pick<LlmConfig, "model" | "baseURL">): string {
  let host = c.baseURL;
  try {
    host = new URL(c.baseURL).host;
  } catch {
    // keep the raw string: it was validated as a URL when read
  }
  return `${c.model} @ ${host}`;
}
