import type { SessionView } from "@/lib/interview/view";
import type { DisplayGrade } from "./grade-types";

export type View = SessionView<DisplayGrade>;

export class ApiError extends Error {
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

/** `after` is the id of the last turn on screen, so a reply from a stale page is refused. */
export const sessionApi = {
  create: (config: unknown) => post("/api/sessions", config as object),
  get: (id: string) => call(`/api/sessions/${id}`),
  answer: (id: string, text: string, after?: number) => post(`/api/sessions/${id}/answer`, { text, afterTurnId: after }),
  dontKnow: (id: string, after?: number) => post(`/api/sessions/${id}/answer`, { dontKnow: true, afterTurnId: after }),
  skip: (id: string, after?: number) => post(`/api/sessions/${id}/skip`, { afterTurnId: after }),
  finish: (id: string) => post(`/api/sessions/${id}/finish`, {}),
};
