import { getLlm } from "./client";
import { llmLabel, readLlmSetup } from "./config";
import { knownMode } from "./structured";
import type { StructuredMode } from "./types";

export interface LlmStatus {
  /** "llm": new sessions get the LLM interviewer and grader; "offline": the embedded ones. */
  mode: "llm" | "offline";
  /** "model @ host"; never the key. */
  label: string | null;
  graderModel: string | null;
  /** Why offline (no OPENAI_MODEL, a bad variable); null when an LLM is configured. */
  reason: string | null;
  /** What the server was found to take, once a call has been made. */
  structured: StructuredMode | null;
}

export function llmStatus(env: Record<string, string | undefined> = process.env): LlmStatus {
  const setup = readLlmSetup(env);
  const llm = setup.ok ? getLlm(env) : null;
  if (!setup.ok || !llm) return { mode: "offline", label: null, graderModel: null, reason: setup.ok ? null : setup.reason, structured: null };
  return {
    mode: "llm",
    label: llmLabel(llm.config),
    graderModel: llm.config.graderModel,
    reason: null,
    structured: knownMode(llm, llm.config.graderModel),
  };
}
