"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sessionApi } from "./session-api";

export interface BankOption {
  id: string;
  title: string;
  chapters: Array<{ number: number; title: string; titleEn: string | null; questions: number }>;
}

const ORDER_LABELS = {
  bank: "题库顺序 bank order",
  random: "随机 random",
  "new-first": "新题优先 new first",
  "weakest-first": "薄弱优先 weakest first",
  due: "到期复习 due for review",
} as const;

export function StartForm({ banks }: { banks: BankOption[] }) {
  const router = useRouter();
  const [bankId, setBankId] = useState(banks[0]?.id ?? "");
  const [chapters, setChapters] = useState<number[]>([]);
  const [count, setCount] = useState(5);
  const [maxFollowUps, setMaxFollowUps] = useState(1);
  const [order, setOrder] = useState<keyof typeof ORDER_LABELS>("bank");
  const [difficulty, setDifficulty] = useState<number[]>([]);
  const [lang, setLang] = useState<"zh" | "en">("zh");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bank = banks.find((b) => b.id === bankId);
  const toggle = (list: number[], n: number) => (list.includes(n) ? list.filter((x) => x !== n) : [...list, n]);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const view = await sessionApi.create({ bankId, chapters, count, maxFollowUps, order, difficulty, lang });
      router.push(`/interview/${view.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  if (!bank) return <p className="text-rose-700">没有可用的题库 No question bank found in content/banks.</p>;
  return (
    <form
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5"
      data-testid="start-form"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <label className="block text-sm">
        <span className="font-medium">题库 Bank</span>
        <select data-testid="bank-select" className="mt-1 block w-full rounded border border-slate-300 p-2" value={bankId} onChange={(e) => { setBankId(e.target.value); setChapters([]); }}>
          {banks.map((b) => (
            <option key={b.id} value={b.id}>{b.title}</option>
          ))}
        </select>
      </label>
      <fieldset className="text-sm">
        <legend className="font-medium">章节 Chapters <span className="font-normal text-slate-500">（不选即全部 none = all）</span></legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {bank.chapters.map((c) => (
            <label key={c.number} className="flex items-start gap-2">
              <input type="checkbox" data-testid={`chapter-checkbox-${c.number}`} checked={chapters.includes(c.number)} onChange={() => setChapters(toggle(chapters, c.number))} className="mt-1" />
              <span>
                {c.title} <span className="text-slate-400">({c.questions})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 text-sm sm:grid-cols-2">
        <label className="block">
          <span className="font-medium">题数 Questions</span>
          <input data-testid="count-input" type="number" min={1} max={55} value={count} onChange={(e) => setCount(Number(e.target.value))} className="mt-1 block w-full rounded border border-slate-300 p-2" />
        </label>
        <label className="block">
          <span className="font-medium">每题追问 Follow-ups per question</span>
          <select data-testid="followups-select" value={maxFollowUps} onChange={(e) => setMaxFollowUps(Number(e.target.value))} className="mt-1 block w-full rounded border border-slate-300 p-2">
            {[0, 1, 2, 3].map((n) => (<option key={n} value={n}>{n}</option>))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">顺序 Order</span>
          <select data-testid="order-select" value={order} onChange={(e) => setOrder(e.target.value as keyof typeof ORDER_LABELS)} className="mt-1 block w-full rounded border border-slate-300 p-2">
            {Object.entries(ORDER_LABELS).map(([k, v]) => (<option key={k} value={k}>{v}</option>))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">语言 Language</span>
          <select data-testid="lang-select" value={lang} onChange={(e) => setLang(e.target.value as "zh" | "en")} className="mt-1 block w-full rounded border border-slate-300 p-2">
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium">难度 Difficulty <span className="font-normal text-slate-500">（不选即全部）</span></legend>
        <div className="mt-1 flex gap-4">
          {[1, 2, 3].map((d) => (
            <label key={d} className="flex items-center gap-1">
              <input type="checkbox" data-testid={`difficulty-${d}`} checked={difficulty.includes(d)} onChange={() => setDifficulty(toggle(difficulty, d))} />
              {"★".repeat(d)}
            </label>
          ))}
        </div>
      </fieldset>
      {error && <p className="rounded border border-rose-300 bg-rose-50 p-2 text-sm text-rose-800" data-testid="error-banner">{error}</p>}
      <button type="submit" data-testid="start-button" disabled={busy} className="rounded bg-blue-600 px-5 py-2 font-medium text-white disabled:opacity-50">
        {busy ? "准备中…" : "开始面试 Start"}
      </button>
    </form>
  );
}
