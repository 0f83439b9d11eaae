import type { SessionView } from "@/lib/interview/view";
import type { DisplayGrade } from "./grade-types";

export type View = SessionView<DisplayGrade>;

/** Calls the session API; a failure throws with the server's own message. */
async function call(path: string, init?: RequestInit): Promise<View> {
  const res = await fetch(path, { ...init, headers: { "content-type": "application/json" } });
  const body = (await res.json().catch(() => null)) as (View & { error?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.error ?? `The server answered ${res.status}.`);
  return body;
}

export const sessionApi = {
  create: (config: unknown) => call("/api/sessions", { method: "POST", body: JSON.stringify(config) }),
  get: (id: string) => call(`/api/sessions/${id}`),
  answer: (id: string, text: string) => call(`/api/sessions/${id}/answer`, { method: "POST", body: JSON.stringify({ text }) }),
  dontKnow: (id: string) => call(`/api/sessions/${id}/answer`, { method: "POST", body: JSON.stringify({ dontKnow: true }) }),
  skip: (id: string) => call(`/api/sessions/${id}/skip`, { method: "POST", body: "{}" }),
  finish: (id: string) => call(`/api/sessions/${id}/finish`, { method: "POST", body: "{}" }),
};
