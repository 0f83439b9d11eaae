import OpenAI from "openai";
import { readLlmSetup, type LlmConfig } from "./config";

/**
 * The one place that creates the LLM client. Retries are ours (retry.ts), not the SDK's, so
 * that a long Retry-After cannot hold a candidate hostage and every retry is counted; the SDK
 * logs nothing (its debug lines carry request details).
 */
export function createLlmClient(config: LlmConfig): OpenAI {
  return new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: 0,
    logLevel: "off",
  });
}

export interface Llm {
  config: LlmConfig;
  client: OpenAI;
}

// One client per configuration and process; on globalThis so Next's bundles share it.
const holder = globalThis as unknown as { __mockInterviewLlm?: { key: string; llm: Llm } };

/** The configured LLM, or null when none is (the offline interviewer and grader then run). */
export function getLlm(env: Record<string, string | undefined> = process.env): Llm | null {
  const setup = readLlmSetup(env);
  if (!setup.ok) return null;
  const key = JSON.stringify(setup.config);
  if (holder.__mockInterviewLlm?.key !== key) {
    holder.__mockInterviewLlm = { key, llm: { config: setup.config, client: createLlmClient(setup.config) } };
  }
  return holder.__mockInterviewLlm.llm;
}
