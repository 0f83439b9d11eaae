"use client";

import { useState } from "react";
import { t, type Lang } from "./history-text";

export interface FilterBank {
  id: string;
  title: string;
  chapters: Array<{ number: number; label: string }>;
}

/**
 * Bank and chapter filter: a plain GET form, so a filtered history is a link one can keep. The
 * chapter list follows the bank picked (chapter numbers mean something only within a bank).
 */
export function HistoryFilters({ banks, bankId, chapter, lang }: { banks: FilterBank[]; bankId?: string; chapter?: number; lang: Lang }) {
  const [bank, setBank] = useState(bankId ?? "");
  const chapters = (banks.find((b) => b.id === bank) ?? (banks.length === 1 ? banks[0] : undefined))?.chapters ?? [];
  return (
    <form method="get" action="/history" className="flex flex-wrap items-end gap-3 text-sm" data-testid="history-filters">
      <label className="block">
        <span className="text-slate-600">{t(lang, { zh: "题库", en: "Bank" })}</span>
        <select name="bank" value={bank} onChange={(e) => setBank(e.target.value)} className="mt-1 block rounded border border-slate-300 p-1.5" data-testid="history-bank-filter">
          <option value="">{t(lang, { zh: "全部", en: "All" })}</option>
          {banks.map((b) => (
            <option key={b.id} value={b.id}>{b.title}</option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="text-slate-600">{t(lang, { zh: "章节", en: "Chapter" })}</span>
        <select key={bank} name="chapter" defaultValue={bank === (bankId ?? "") ? (chapter ?? "") : ""} disabled={!chapters.length} className="mt-1 block max-w-xs rounded border border-slate-300 p-1.5" data-testid="history-chapter-filter">
          <option value="">{t(lang, { zh: "全部", en: "All" })}</option>
          {chapters.map((c) => (
            <option key={c.number} value={c.number}>{c.label}</option>
          ))}
        </select>
      </label>
      {lang === "en" && <input type="hidden" name="lang" value="en" />}
      <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50" data-testid="history-apply">
        {t(lang, { zh: "筛选", en: "Filter" })}
      </button>
    </form>
  );
}
