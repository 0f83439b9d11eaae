"use client";

import { useEffect, useState } from "react";

interface LlmStatus {
  mode: "llm" | "offline";
  label: string | null;
  reason: string | null;
  structured: string | null;
}

/**
 * Which interviewer new sessions get: the configured LLM ("model @ host") or the offline one.
 * Opens a small panel with "Test connection", which answers in one line.
 */
export function LlmModeBadge() {
  const [status, setStatus] = useState<LlmStatus | null>(null);
  const [open, setOpen] = useState(false);
  const [line, setLine] = useState<{ ok: boolean; text: string } | null>(null);
  const [testing, setTesting] = useState(false);

  useEffect(() => {
    fetch("/api/status", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { llm?: LlmStatus } | null) => setStatus(s?.llm ?? null))
      .catch(() => setStatus(null));
  }, []);

  async function test() {
    setTesting(true);
    setLine(null);
    try {
      const res = await fetch("/api/llm/test", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      const body = (await res.json()) as { ok?: boolean; line?: string; error?: string };
      setLine({ ok: !!body.ok, text: body.line ?? body.error ?? `HTTP ${res.status}` });
    } catch {
      setLine({ ok: false, text: "Cannot reach the app's server." });
    } finally {
      setTesting(false);
    }
  }

  const llm = status?.mode === "llm";
  return (
    <span className="relative">
      <button
        type="button"
        data-testid="llm-mode-badge"
        data-mode={status?.mode ?? "unknown"}
        onClick={() => setOpen((o) => !o)}
        className={`rounded-full px-2 py-0.5 text-xs ring-1 ${llm ? "bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-950 dark:text-violet-200" : "bg-slate-100 text-slate-600 ring-slate-200 dark:bg-slate-800 dark:text-slate-300"}`}
        title={status?.reason ?? status?.label ?? ""}
      >
        {status ? (llm ? `LLM · ${status.label}` : "离线面试官 offline") : "…"}
      </button>
      {open && (
        <span className="absolute right-0 z-10 mt-2 block w-80 rounded-lg border border-slate-200 bg-white p-3 text-xs shadow-lg dark:border-slate-700 dark:bg-slate-900" data-testid="llm-panel">
          <span className="block text-slate-600 dark:text-slate-300">
            {llm ? `New sessions: LLM interviewer and grader, ${status?.label}.` : `New sessions: offline interviewer and grader${status?.reason ? ` (${status.reason})` : ""}.`}
          </span>
          <button type="button" data-testid="test-connection" disabled={testing} onClick={() => void test()} className="mt-2 rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-600">
            {testing ? "Testing…" : "Test connection"}
          </button>
          {line && (
            <span className={`mt-2 block ${line.ok ? "text-emerald-700" : "text-rose-700"}`} data-testid="test-connection-result" role="status">
              {line.text}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
