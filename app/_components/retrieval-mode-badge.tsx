"use client";

import { useEffect, useState } from "react";
import type { Translate } from "@/lib/i18n";
import { useT } from "@/lib/i18n/client";

interface Status {
  mode: "hybrid" | "lexical";
  model: string;
  reason: string | null;
  index: { phase: string; progress: { done: number; total: number } | null };
}

/** A few words for the badge; the full reason is in its tooltip. */
function shortReason(s: Status, t: Translate): string {
  const { phase, progress } = s.index;
  if (phase === "indexing") return `${t("badge.indexing")}${progress ? ` ${progress.done}/${progress.total}` : ""}`;
  if (phase === "loading-model") return t("badge.loadingModel");
  if (phase === "failed") return t("badge.indexFailed");
  if (phase === "unavailable") return /OFFLINE/.test(s.reason ?? "") ? t("badge.offline") : t("badge.noModel");
  return s.reason ?? "";
}

/** Poll often while the index may still change mode, rarely once hybrid. */
const POLL_MS = { hybrid: 60_000, lexical: 5_000 } as const;

/**
 * Which retrieval mode answers right now: hybrid (lexical + embeddings) or lexical only, with
 * the reason (offline, model missing, index still building). Polls /api/status.
 */
export function RetrievalModeBadge() {
  const t = useT();
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
      <span data-testid="retrieval-mode-badge" className={`${base} border-slate-200 text-slate-400 dark:border-slate-700 dark:text-slate-500`}>
        {t("badge.label")}: {error ? t("badge.unknown") : "…"}
      </span>
    );
  }
  if (status.mode === "hybrid") {
    return (
      <span
        data-testid="retrieval-mode-badge"
        data-mode="hybrid"
        title={`BM25 + ${status.model}`}
        className={`${base} border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200`}
      >
        {t("badge.label")}: {t("badge.hybrid")}
      </span>
    );
  }
  return (
    <span
      data-testid="retrieval-mode-badge"
      data-mode="lexical"
      title={status.reason ?? undefined}
      className={`${base} border-amber-200 bg-amber-50 text-amber-800 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200`}
    >
      {t("badge.label")}: {t("badge.lexical")} ({shortReason(status, t)})
    </span>
  );
}
