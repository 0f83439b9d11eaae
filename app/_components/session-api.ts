import type { SessionView } from "@/lib/interview/view";
import type { DisplayGrade } from "./grade-types";

export type View = SessionView<DisplayGrade>;

class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Calls the session API; a failure throws with the server's own message. */
async function call(path: string, init?: RequestInit): Promise<View> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { "content-type": "application/json" } });
  } catch {
    throw new ApiError("连不上服务器 Cannot reach the server: check that it is running, then try again.", 0);
  }
  const body = (await res.json().catch(() => null)) as (View & { error?: string }) | null;
  if (!res.ok || !body) throw new ApiError(body?.error ?? `The server answered ${res.status}.`, res.status);
  return body;
}

const post = (path: string, body: object) => call(path, { method: "POST", body: JSON.stringify(body) });

/** Starting and reading a session; everything said in it goes through the chat (use-interview-chat.ts). */
export const sessionApi = {
  create: (config: unknown) => post("/api/sessions", config as object),
  get: (id: string) => call(`/api/sessions/${id}`),
};
