/**
 * Why a model call did not give us what we needed, as a line a candidate can read. Kept apart
 * from errors.ts (which imports the SDK) so the browser can show it.
 */
export type LlmFailureReason =
  | "auth"
  | "rate-limited"
  | "server-error"
  | "timeout"
  | "network"
  | "bad-json"
  | "cut-stream"
  | "empty"
  | "bad-request"
  | "aborted"
  /** The session was started with an LLM that is no longer configured. */
  | "no-model";

const MESSAGES: Record<LlmFailureReason, { zh: string; en: string }> = {
  auth: { zh: "API key 被拒绝（401/403），请检查 OPENAI_API_KEY", en: "API key rejected (401/403): check OPENAI_API_KEY" },
  "rate-limited": { zh: "模型服务限流（429）", en: "the model server is rate-limiting (429)" },
  "server-error": { zh: "模型服务出错（5xx）", en: "the model server failed (5xx)" },
  timeout: { zh: "模型响应超时", en: "the model timed out" },
  network: { zh: "连不上模型服务", en: "the model server cannot be reached" },
  "bad-json": { zh: "模型返回的 JSON 无法解析", en: "the model's JSON could not be read" },
  "cut-stream": { zh: "模型的回复中途断开", en: "the model's reply was cut off" },
  empty: { zh: "模型返回了空内容", en: "the model answered nothing" },
  "bad-request": { zh: "模型服务拒绝了请求（4xx）", en: "the model server refused the request (4xx)" },
  aborted: { zh: "请求已取消", en: "the request was cancelled" },
  "no-model": { zh: "本场面试开始时配置的模型现在不可用", en: "the model this session started with is no longer configured" },
};

export function failureText(reason: string, lang: "zh" | "en"): string {
  return (MESSAGES as Record<string, { zh: string; en: string }>)[reason]?.[lang] ?? reason;
}
