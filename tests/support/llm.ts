import { getLlm, type Llm } from "@/lib/llm/client";

export const TEST_KEY = "sk-test-SECRET-4f9a2c7e1b";

/** An Llm pointed at a fake server, as the app builds one from its environment. */
export function llmFor(url: string, extra: Record<string, string> = {}): Llm {
  const llm = getLlm({ OPENAI_BASE_URL: url, OPENAI_MODEL: "fake-model", OPENAI_API_KEY: TEST_KEY, LLM_TIMEOUT_MS: "400", LLM_MAX_RETRIES: "2", ...extra });
  if (!llm) throw new Error("test LLM not configured");
  return llm;
}
