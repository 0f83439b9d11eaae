"use client";

import clsx from "clsx";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LANGS, type Lang } from "@/lib/i18n/lang";
import { saveLang, useLang, useT } from "@/lib/i18n/client";

/** Each language named in itself, so it can be found whatever language the page is in. */
const NAME: Record<Lang, string> = { zh: "中文", en: "EN" };

/** The interface language. Server components read the cookie, so the page is refreshed, not reloaded. */
export function LangSwitch() {
  const lang = useLang();
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <div role="group" aria-label={t("lang.label")} className="inline-flex rounded-full border border-slate-200 p-0.5 dark:border-slate-700" data-testid="lang-switch" data-lang={lang} aria-busy={pending}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l === "zh" ? "zh-CN" : "en"}
          aria-pressed={lang === l}
          data-testid={`lang-${l}`}
          onClick={() => {
            if (l === lang) return;
            saveLang(l);
            startTransition(() => router.refresh());
          }}
          className={clsx(
            "rounded-full px-2 py-0.5 text-xs",
            lang === l
              ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900"
              : "text-slate-500 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800",
          )}
        >
          {NAME[l]}
        </button>
      ))}
    </div>
  );
}
