/**
 * UI text of the report, history and review components in both languages. Local until the
 * shared lib/i18n lands; every string goes through it so the switch is one import away.
 */
export type Lang = "zh" | "en";
export const t = (lang: Lang, text: { zh: string; en: string }): string => text[lang];

export function scoreClass(score: number | null): string {
  if (score === null) return "text-slate-400";
  if (score >= 8) return "text-emerald-700";
  if (score >= 5) return "text-amber-700";
  return "text-rose-700";
}

export const questionHref = (questionId: string) => `/questions/${encodeURIComponent(questionId)}`;
