"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLang, useT } from "@/lib/i18n/client";
import { FEEDBACK_TIMINGS, ORDERS, type FeedbackTiming, type Order } from "@/lib/interview/session-options";
import { sessionApi } from "./session-api";
import { ui } from "./ui";

export interface BankOption {
  id: string;
  title: string;
  chapters: Array<{ number: number; title: string; titleEn: string | null; questions: number }>;
}

export function StartForm({ banks }: { banks: BankOption[] }) {
  const t = useT();
  const uiLang = useLang();
  const router = useRouter();
  const [bankId, setBankId] = useState(banks[0]?.id ?? "");
  const [chapters, setChapters] = useState<number[]>([]);
  const [count, setCount] = useState(5);
  const [maxFollowUps, setMaxFollowUps] = useState(1);
  const [order, setOrder] = useState<Order>("bank");
  const [difficulty, setDifficulty] = useState<number[]>([]);
  // The interview's own language: the interface language unless chosen otherwise.
  const [lang, setLang] = useState<"zh" | "en">(uiLang);
  const [feedback, setFeedback] = useState<FeedbackTiming>("each");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bank = banks.find((b) => b.id === bankId);
  const toggle = (list: number[], n: number) => (list.includes(n) ? list.filter((x) => x !== n) : [...list, n]);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const view = await sessionApi.create({ bankId, chapters, count, maxFollowUps, order, difficulty, lang, feedback });
      router.push(`/interview/${view.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  if (!bank) return <p className="text-rose-700 dark:text-rose-300">{t("start.noBank")}</p>;
  return (
    <form
      className={`space-y-5 ${ui.card}`}
      data-testid="start-form"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <h2 className="font-medium">{t("start.title")}</h2>
      <label className="block text-sm">
        <span className="font-medium">{t("start.bank")}</span>
        <select data-testid="bank-select" className={`mt-1 ${ui.field}`} value={bankId} onChange={(e) => { setBankId(e.target.value); setChapters([]); }}>
          {banks.map((b) => (
            <option key={b.id} value={b.id}>{b.title}</option>
          ))}
        </select>
      </label>
      <fieldset className="text-sm">
        <legend className="font-medium">{t("start.chapters")} <span className={`font-normal ${ui.muted}`}>{t("start.chaptersHint")}</span></legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {bank.chapters.map((c) => (
            <label key={c.number} className="flex items-start gap-2">
              <input type="checkbox" data-testid={`chapter-checkbox-${c.number}`} checked={chapters.includes(c.number)} onChange={() => setChapters(toggle(chapters, c.number))} className="mt-1" />
              <span>
                {uiLang === "en" && c.titleEn ? c.titleEn : c.title} <span className="text-slate-400 dark:text-slate-500">({c.questions})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 text-sm sm:grid-cols-2">
        <label className="block">
          <span className="font-medium">{t("start.count")}</span>
          <input data-testid="count-input" type="number" min={1} max={55} value={count} onChange={(e) => setCount(Number(e.target.value))} className={`mt-1 ${ui.field}`} />
        </label>
        <label className="block">
          <span className="font-medium">{t("start.followUps")}</span>
          <select data-testid="followups-select" value={maxFollowUps} onChange={(e) => setMaxFollowUps(Number(e.target.value))} className={`mt-1 ${ui.field}`}>
            {[0, 1, 2, 3].map((n) => (<option key={n} value={n}>{n}</option>))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">{t("start.order")}</span>
          <select data-testid="order-select" value={order} onChange={(e) => setOrder(e.target.value as Order)} className={`mt-1 ${ui.field}`}>
            {ORDERS.map((o) => (<option key={o} value={o}>{t(`start.order.${o}` as const)}</option>))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">{t("start.lang")}</span>
          <select data-testid="lang-select" value={lang} onChange={(e) => setLang(e.target.value as "zh" | "en")} className={`mt-1 ${ui.field}`}>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium">{t("start.difficulty")} <span className={`font-normal ${ui.muted}`}>{t("start.difficultyHint")}</span></legend>
        <div className="mt-1 flex gap-4">
          {[1, 2, 3].map((d) => (
            <label key={d} className="flex items-center gap-1">
              <input type="checkbox" data-testid={`difficulty-${d}`} checked={difficulty.includes(d)} onChange={() => setDifficulty(toggle(difficulty, d))} />
              {"★".repeat(d)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="text-sm">
        <legend className="font-medium">{t("start.feedback")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {FEEDBACK_TIMINGS.map((f) => (
            <label key={f} className="flex items-center gap-1">
              <input type="radio" name="feedback" value={f} data-testid={`feedback-${f}`} checked={feedback === f} onChange={() => setFeedback(f)} />
              {t(`start.feedback.${f}` as const)}
            </label>
          ))}
        </div>
      </fieldset>
      {error && <p className={ui.error} data-testid="error-banner">{error}</p>}
      <button type="submit" data-testid="start-button" disabled={busy} className={ui.primary}>
        {busy ? t("start.busy") : t("start.submit")}
      </button>
    </form>
  );
}
