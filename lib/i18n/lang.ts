/**
 * The languages, the language cookie and placeholder filling: what client code may import
 * without pulling a dictionary into the browser's JS (client.tsx gets the messages as data).
 */

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** The cookie that holds the interface language; read by server components, written by the switch. */
export const LANG_COOKIE = "lang";
/** Chinese unless the browser prefers English: most candidates read Chinese. */
export const DEFAULT_LANG: Lang = "zh";

export const isLang = (v: unknown): v is Lang => v === "zh" || v === "en";

export type Vars = Record<string, string | number>;

/** `text` with its {placeholders} filled; an unknown placeholder stays visible. */
export function fill(text: string, vars?: Vars): string {
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}
