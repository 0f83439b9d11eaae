import { en } from "./en";
import { DEFAULT_LANG, fill, isLang, type Lang, type Vars } from "./lang";
import { zh, type MessageKey } from "./zh";

export type { MessageKey } from "./zh";
export { DEFAULT_LANG, LANG_COOKIE, LANGS, isLang, type Lang, type Vars } from "./lang";

export type Messages = Record<MessageKey, string>;
const DICTIONARIES: Record<Lang, Messages> = { zh, en };

export type Translate = (key: MessageKey, vars?: Vars) => string;

/** One language's messages, e.g. for the layout to hand to the client's I18nProvider as data. */
export const messagesFor = (lang: Lang): Messages => DICTIONARIES[lang];

/** The message for `key`, its {placeholders} filled; an unknown placeholder stays visible. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(DICTIONARIES[lang][key], vars);
}

export const translator = (lang: Lang): Translate => (key, vars) => translate(lang, key, vars);

/**
 * The first of zh/en in an Accept-Language header by quality (RFC 9110 §12.5.4), e.g.
 * "en-US,en;q=0.9,zh-CN;q=0.8" → en. Null when neither is listed.
 */
export function fromAcceptLanguage(header: string | null | undefined): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.map((r) => r.base).find(isLang) ?? null;
}

/** The interface language: the cookie if it holds one, else the browser's preference, else Chinese. */
export function resolveLang(cookie: string | undefined, acceptLanguage: string | null | undefined): Lang {
  return isLang(cookie) ? cookie : (fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANG);
}
