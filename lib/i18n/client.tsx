"use client";

import { createContext, useContext, useMemo } from "react";
import type { MessageKey, Messages, Translate } from "./core";
import { DEFAULT_LANG, fill, LANG_COOKIE, type Lang } from "./lang";

// The messages come from the server (layout.tsx) as data, one language: no dictionary is part
// of the browser's JS, which every page would otherwise load in both languages.
const I18nContext = createContext<{ lang: Lang; messages: Partial<Messages> }>({ lang: DEFAULT_LANG, messages: {} });

/** Given the language the server resolved and its messages (layout.tsx), so client components render the same text. */
export function I18nProvider({ lang, messages, children }: { lang: Lang; messages: Messages; children: React.ReactNode }) {
  const value = useMemo(() => ({ lang, messages }), [lang, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The interface language in a client component. */
export function useLang(): Lang {
  return useContext(I18nContext).lang;
}

/** `t()` in the interface language: `const t = useT(); t("nav.bank")`. */
export function useT(): Translate {
  const { messages } = useContext(I18nContext);
  return useMemo(() => (key: MessageKey, vars) => fill(messages[key] ?? key, vars), [messages]);
}

/** Saves the choice for a year; the caller then refreshes so that server components re-render in it. */
export function saveLang(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
}
