"use client";

import clsx from "clsx";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";
import { THEME_COOKIE, THEMES, type Theme } from "./theme";

const ICON: Record<Theme, string> = { system: "◐", light: "☀", dark: "☾" };

/** System / light / dark. The choice is a cookie; the head script (theme.ts) applies it. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const t = useT();
  const [theme, setTheme] = useState<Theme>(initial);

  function choose(next: Theme) {
    document.cookie =
      next === "system" ? `${THEME_COOKIE}=; path=/; max-age=0` : `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    setTheme(next);
    (window as unknown as { __applyTheme?: () => void }).__applyTheme?.();
  }

  return (
    <div role="group" aria-label={t("theme.label")} className="inline-flex rounded-full border border-slate-200 p-0.5 dark:border-slate-700" data-testid="theme-toggle">
      {THEMES.map((name) => (
        <button
          key={name}
          type="button"
          onClick={() => choose(name)}
          aria-pressed={theme === name}
          title={t(`theme.${name}` as const)}
          aria-label={t(`theme.${name}` as const)}
          data-testid={`theme-${name}`}
          className={clsx(
            "h-6 w-6 rounded-full text-xs leading-none",
            theme === name
              ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900"
              : "text-slate-500 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800",
          )}
        >
          {ICON[name]}
        </button>
      ))}
    </div>
  );
}
