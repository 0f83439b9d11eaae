import { LlmFailure, toLlmFailure } from "./errors";

/** A Retry-After beyond this is not waited for: the candidate gets the offline path at once. */
export const MAX_RETRY_WAIT_MS = 10_000;
const BASE_BACKOFF_MS = 250;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      reject(new LlmFailure("aborted"));
    }, { once: true });
  });

/**
 * Runs a model call with bounded retries: 429 (honouring Retry-After up to MAX_RETRY_WAIT_MS)
 * and 5xx, timeouts and connection errors with exponential backoff and jitter; 401/403 and
 * other 4xx never. Throws the last LlmFailure.
 */
export async function withRetries<T>(
  maxRetries: number,
  call: (attempt: number) => Promise<T>,
  opts: { signal?: AbortSignal; onRetry?: (f: LlmFailure, waitMs: number) => void } = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(attempt);
    } catch (e) {
      const f = toLlmFailure(e);
      if (!f.retryable || attempt >= maxRetries || opts.signal?.aborted) throw f;
      const backoff = BASE_BACKOFF_MS * 2 ** attempt * (0.5 + Math.random() / 2);
      const wait = f.retryAfterMs ?? backoff;
      if (wait > MAX_RETRY_WAIT_MS) throw f;
      opts.onRetry?.(f, wait);
      await sleep(wait, opts.signal);
    }
  }
}
