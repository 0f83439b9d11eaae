"use client";

import { useEffect, useState } from "react";

interface Status {
  mode: "hybrid" | "lexical";
  model: string;
  reason: string | null;
  index: { phase: string; progress: { done: number; total: number } | null };
}

/** A few words for the badge; the full reason is in its tooltip. */
function shortReason(s: Status): string {
  const { phase, progress } = s.index;
  if (phase === "indexing") return `建索引 indexing${progress ? ` ${progress.done}/${progress.total}` : ""}`;
  if (phase === "loading-model") return "加载模型 loading model";
  if (phase === "failed") return "索引失败 index failed";
  if (phase === "unavailable") return /OFFLINE/.test(s.reason ?? "") ? "离线 OFFLINE" : "无模型 no model";
  return s.reason ?? "";
}

/** Poll often while the index may still change mode, rarely once hybrid. */
const POLL_MS = { hybrid: 60_000, lexical: 5_000 } as const;

/**
 * Which retrieval mode answers right now: hybrid (lexical + embeddings) or lexical only, with
 * the reason (offline, model missing, index still building). Polls /api/status.
 */
export function RetrievalModeBadge() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let next: number = POLL_MS.lexical;
      try {
        const res = await fetch("/api/status", { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const s = (await res.json()) as Status;
        if (stopped) return;
        setStatus(s);
        setError(false);
        next = POLL_MS[s.mode] ?? POLL_MS.lexical;
      } catch {
        if (!stopped) setError(true);
      }
      if (!stopped) timer = setTimeout(poll, next);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  const base = "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs";
  if (!status) {
    return (
      <span data-testid="retrieval-mode-badge" className={`${base} border-slate-200 text-slate-400`}>
        检索: {error ? "状态未知 unknown" : "…"}
      </span>
    );
  }
  if (status.mode === "hybrid") {
    return (
      <span
        data-testid="retrieval-mode-badge"
        data-mode="hybrid"
        title={`BM25 + ${status.model}`}
        className={`${base} border-emerald-200 bg-emerald-50 text-emerald-800`}
      >
        检索: 混合 hybrid
      </span>
    );
  }
  return (
    <span
      data-testid="retrieval-mode-badge"
      data-mode="lexical"
      title={status.reason ?? undefined}
      className={`${base} border-amber-200 bg-amber-50 text-amber-800`}
    >
      检索: 仅词法 lexical ({shortReason(status)})
    </span>
  );
}
