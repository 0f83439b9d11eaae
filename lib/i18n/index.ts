/** What both server and client code may import; server.ts (cookies) and client.tsx (hooks) are separate. */
export { DEFAULT_LANG, LANG_COOKIE, LANGS, fromAcceptLanguage, isLang, messagesFor, resolveLang, translate, translator } from "./core";
export type { Lang, MessageKey, Messages, Translate, Vars } from "./core";
