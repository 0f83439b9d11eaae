import type { Llm } from "./client";
import { LlmFailure, toLlmFailure } from "./errors";
import { withRetries } from "./retry";
import type { ChatMessage, TokenUsage } from "./types";
import { readUsage } from "./usage";

export interface StreamOutcome {
  usage: TokenUsage | null;
}

/**
 * Streams a chat completion's text. Retries happen only before the first token (a retry after
 * would repeat what the candidate already saw). The SDK's timeout ends when headers arrive, so
 * an idle timer guards the body: no token for `timeoutMs` is a timeout. A stream that ends
 * without a finish reason was cut. Failures throw LlmFailure; what was yielded stays yielded.
 */
export async function* streamChat(
  llm: Llm,
  req: { model: string; messages: ChatMessage[]; temperature?: number; signal?: AbortSignal; maxTokens?: number },
): AsyncGenerator<string, StreamOutcome> {
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  req.signal?.addEventListener("abort", onAbort, { once: true });
  let idle: NodeJS.Timeout | undefined;
  let timedOut = false;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      timedOut = true;
      ctrl.abort();
    }, llm.config.timeoutMs);
  };
  try {
    const stream = await withRetries(
      llm.config.maxRetries,
      () =>
        llm.client.chat.completions.create(
          {
            model: req.model,
            messages: req.messages,
            temperature: req.temperature ?? 0.7,
            max_tokens: req.maxTokens ?? 400,
            stream: true,
            stream_options: { include_usage: true },
          },
          { signal: ctrl.signal },
        ),
      { signal: ctrl.signal },
    );
    arm();
    let finished = false;
    let usage: TokenUsage | null = null;
    for await (const chunk of stream) {
      arm();
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content;
      if (delta) yield delta;
      if (choice?.finish_reason) finished = true;
      if (chunk.usage) usage = readUsage(chunk.usage);
    }
    if (!finished) throw new LlmFailure("cut-stream");
    return { usage };
  } catch (e) {
    if (timedOut) throw new LlmFailure("timeout");
    const f = toLlmFailure(e);
    // Our own abort of a stream that had started is a cut, not the user's cancel.
    throw f.reason === "aborted" && !req.signal?.aborted ? new LlmFailure("cut-stream") : f;
  } finally {
    clearTimeout(idle);
    req.signal?.removeEventListener("abort", onAbort);
  }
}
