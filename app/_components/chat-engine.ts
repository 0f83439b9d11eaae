import { AbstractChat, DefaultChatTransport, type ChatInit, type ChatState, type ChatStatus, type HttpChatTransportInitOptions, type UIMessage } from "ai";

// The AI SDK's chat client (its stream protocol, and zod, which it validates with): the
// heaviest code of the interview room, so lazy-chat.ts loads this module on first use.

/** Chat state that reports each change as new arrays and copied messages, as React needs them. */
class ObservedState implements ChatState<UIMessage> {
  #messages: UIMessage[] = [];
  #status: ChatStatus = "ready";
  #error: Error | undefined = undefined;

  constructor(private readonly changed: () => void) {}

  get status() {
    return this.#status;
  }
  set status(s: ChatStatus) {
    this.#status = s;
    this.changed();
  }
  get error() {
    return this.#error;
  }
  set error(e: Error | undefined) {
    this.#error = e;
    this.changed();
  }
  get messages() {
    return this.#messages;
  }
  set messages(m: UIMessage[]) {
    this.#messages = [...m];
    this.changed();
  }
  pushMessage = (m: UIMessage) => {
    this.#messages = [...this.#messages, this.snapshot(m)];
    this.changed();
  };
  popMessage = () => {
    this.#messages = this.#messages.slice(0, -1);
    this.changed();
  };
  replaceMessage = (i: number, m: UIMessage) => {
    this.#messages = [...this.#messages.slice(0, i), this.snapshot(m), ...this.#messages.slice(i + 1)];
    this.changed();
  };
  // The chat mutates the message it streams into: hand React a copy each time.
  snapshot = <T,>(v: T): T => {
    if (v == null || typeof v !== "object" || !Array.isArray((v as { parts?: unknown }).parts)) return v;
    const m = v as unknown as UIMessage;
    return { ...m, parts: m.parts.map((p) => ({ ...p })) } as T;
  };
}

class ObservedChat extends AbstractChat<UIMessage> {}

export type ChatOptions = Pick<ChatInit<UIMessage>, "id" | "onData" | "onError" | "onFinish"> &
  Pick<HttpChatTransportInitOptions<UIMessage>, "api" | "prepareSendMessagesRequest">;

export type EngineChat = AbstractChat<UIMessage>;

/** A chat over DefaultChatTransport whose every change calls `changed` with the new state. */
export function createChat({ api, prepareSendMessagesRequest, ...init }: ChatOptions, changed: (s: { messages: UIMessage[]; status: ChatStatus }) => void): EngineChat {
  const state: ObservedState = new ObservedState(() => changed({ messages: state.messages, status: state.status }));
  return new ObservedChat({ ...init, state, transport: new DefaultChatTransport({ api, prepareSendMessagesRequest }) });
}
