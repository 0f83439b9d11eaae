import OpenAI from "openai";
import { failureText, type LlmFailureReason } from "./failure-text";
import { redactSecrets } from "./redact";

export type { LlmFailureReason };

export class LlmFailure extends Error {
  constructor(
    readonly reason: LlmFailureReason,
    /** Status code or a short technical note for logs; never carries the key. */
    readonly detail: string = "",
    readonly retryAfterMs: number | null = null,
  ) {
    super(`${failureText(reason, "en")}${detail ? ` (${redactSecrets(detail)})` : ""}`);
  }

  /** For the feedback card and the stored turn: "graded offline: the model timed out". */
  describe(lang: "zh" | "en"): string {
    return failureText(this.reason, lang);
  }

  get retryable(): boolean {
    return this.reason === "rate-limited" || this.reason === "server-error" || this.reason === "timeout" || this.reason === "network";
  }
}

function retryAfterMs(headers: Headers | undefined): number | null {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms)) return ms;
  const raw = headers?.get("retry-after");
  if (!raw) return null;
  const s = Number.parseFloat(raw);
  if (Number.isFinite(s)) return s * 1000;
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
}

/** Any error of a model call as an LlmFailure. The provider's own message is not kept: it may echo the key. */
export function toLlmFailure(e: unknown): LlmFailure {
  if (e instanceof LlmFailure) return e;
  if (e instanceof OpenAI.APIUserAbortError) return new LlmFailure("aborted");
  if (e instanceof OpenAI.APIConnectionTimeoutError) return new LlmFailure("timeout");
  if (e instanceof OpenAI.APIConnectionError) return new LlmFailure("network");
  if (e instanceof OpenAI.APIError) {
    const status = e.status ?? 0;
    if (status === 401 || status === 403) return new LlmFailure("auth", String(status));
    if (status === 429) return new LlmFailure("rate-limited", "429", retryAfterMs(e.headers as Headers | undefined));
    if (status === 408) return new LlmFailure("timeout", "408");
    if (status >= 500) return new LlmFailure("server-error", String(status), retryAfterMs(e.headers as Headers | undefined));
    return new LlmFailure("bad-request", String(status));
  }
  if (e instanceof Error && e.name === "AbortError") return new LlmFailure("timeout");
  if (e instanceof Error && /terminated|premature close|socket|ECONNRESET|other side closed/i.test(e.message + String(e.cause ?? ""))) {
    return new LlmFailure("cut-stream");
  }
  return new LlmFailure("network", e instanceof Error ? e.name : "");
}
