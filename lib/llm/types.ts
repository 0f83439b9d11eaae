/** Token counts of one or more model calls, as the server reported them. */
export interface TokenUsage {
  prompt: number;
  completion: number;
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/**
 * How a server takes structured output: `json_schema` (OpenAI, vLLM, Ollama ≥ 0.5, LM Studio),
 * `json_object` (DeepSeek, most Qwen models), or `prompt` (neither: JSON asked for in words).
 */
export type StructuredMode = "json_schema" | "json_object" | "prompt";
