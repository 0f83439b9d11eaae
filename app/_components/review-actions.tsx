"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { t, type Lang } from "./history-text";

async function call(path: string, init: RequestInit): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { "content-type": "application/json" } });
  } catch {
    throw new Error("连不上服务器 Cannot reach the server: check that it is running, then try again.");
  }
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok || !body) throw new Error(typeof body?.error === "string" ? body.error : `The server answered ${res.status}.`);
  return body;
}

export function ReviewStartButton({ bankId, count, lang }: { bankId: string; count: number; lang: Lang }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    setBusy(true);
    setError(null);
    try {
      const { id } = await call("/api/review/start", { method: "POST", body: JSON.stringify({ bankId, lang }) });
      router.push(`/interview/${String(id)}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" onClick={() => void start()} disabled={busy} data-testid="review-start" className="rounded bg-emerald-600 px-4 py-1.5 font-medium text-white disabled:opacity-50">
        {busy ? t(lang, { zh: "准备中…", en: "Starting…" }) : t(lang, { zh: `开始复习（${count} 题）`, en: `Review them (${count})` })}
      </button>
      {error && <span className="text-rose-700" role="alert" data-testid="review-error">{error}</span>}
    </>
  );
}

/** Desired retention: the recall probability FSRS schedules for (0.70–0.97). */
export function ReviewSettingsForm({ desiredRetention, lang }: { desiredRetention: number; lang: Lang }) {
  const router = useRouter();
  const [value, setValue] = useState(String(desiredRetention));
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  async function save() {
    setNote(null);
    try {
      const saved = await call("/api/review/settings", { method: "PUT", body: JSON.stringify({ desiredRetention: Number(value) }) });
      setNote({ ok: true, text: t(lang, { zh: `已保存：${String(saved.desiredRetention)}`, en: `Saved: ${String(saved.desiredRetention)}` }) });
      router.refresh();
    } catch (e) {
      setNote({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <form className="flex flex-wrap items-center gap-2 text-sm" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="retention-form">
      <label className="flex items-center gap-2">
        <span>{t(lang, { zh: "目标记忆保持率", en: "Desired retention" })}</span>
        <input type="number" min={0.7} max={0.97} step={0.01} value={value} onChange={(e) => setValue(e.target.value)} className="w-20 rounded border border-slate-300 p-1" data-testid="retention-input" />
      </label>
      <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-50" data-testid="retention-save">
        {t(lang, { zh: "保存", en: "Save" })}
      </button>
      {note && <span className={note.ok ? "text-emerald-700" : "text-rose-700"} role="status" data-testid="retention-note">{note.text}</span>}
    </form>
  );
}
