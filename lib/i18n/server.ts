import { cookies, headers } from "next/headers";
import { LANG_COOKIE, resolveLang, translator, type Lang, type Translate } from "./core";

/** The interface language of this request (server components, route handlers). */
export async function getLang(): Promise<Lang> {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  return resolveLang(jar.get(LANG_COOKIE)?.value, h.get("accept-language"));
}

/** `t()` in this request's language, for server components: `const t = await getT();`. */
export async function getT(): Promise<Translate> {
  return translator(await getLang());
}
