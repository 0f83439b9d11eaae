import type { UIMessageChunk } from "ai";
import type { ChatEvent } from "./chat";
import type { GradeLike } from "./types";

/**
 * Chat events as AI SDK UI message chunks: `data-view` (the saved state), `data-phrasing`
 * (which turn the following text replaces), text deltas, and `data-error` with our own message
 * (the SDK's error chunk would hide it). Data parts are transient: the page keeps state in the
 * view, not in the message list.
 */
export async function* toUiChunks<G extends GradeLike>(events: AsyncIterable<ChatEvent<G>>): AsyncGenerator<UIMessageChunk> {
  const open = new Set<number>();
  yield { type: "start" };
  for await (const ev of events) {
    switch (ev.type) {
      case "view":
        yield { type: "data-view", data: ev.view, transient: true };
        break;
      case "error":
        yield { type: "data-error", data: { message: ev.message, status: ev.status }, transient: true };
        break;
      case "start":
        open.add(ev.turnId);
        yield { type: "data-phrasing", data: { turnId: ev.turnId }, transient: true };
        yield { type: "text-start", id: `turn-${ev.turnId}` };
        break;
      case "delta":
        yield { type: "text-delta", id: `turn-${ev.turnId}`, delta: ev.text };
        break;
      case "end":
        if (open.delete(ev.turnId)) yield { type: "text-end", id: `turn-${ev.turnId}` };
        yield { type: "data-phrased", data: { turnId: ev.turnId, content: ev.content, meta: ev.meta }, transient: true };
        break;
    }
  }
  yield { type: "finish" };
}
