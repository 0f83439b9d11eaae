"use client";

import { createContext, useContext, useMemo } from "react";
import { DEFAULT_LANG, LANG_COOKIE, translator, type Lang, type Translate } from "./core";

const LangContext = createContext<Lang>(DEFAULT_LANG);

/** Given the language the server resolved (layout.tsx), so client components render the same text. */
export function I18nProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The interface language in a client component. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** `t()` in the interface language: `const t = useT(); t("nav.bank")`. */
export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}

/** Saves the choice for a year; the caller then refreshes so that server components re-render in it. */
export function saveLang(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
}
