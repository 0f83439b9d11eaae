import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { LangSwitch } from "./lang-switch";
import { LlmModeBadge } from "./llm-mode-badge";
import { RetrievalModeBadge } from "./retrieval-mode-badge";
import type { Theme } from "./theme";
import { ThemeToggle } from "./theme-toggle";

export async function SiteNav({ theme }: { theme: Theme }) {
  const t = await getT();
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <nav aria-label={t("nav.main")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 text-sm">
        <Link href="/" className="font-semibold" data-testid="nav-home">
          {t("nav.home")}
        </Link>
        <Link href="/bank" className="text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white" data-testid="nav-bank">
          {t("nav.bank")}
        </Link>
        <span className="ml-auto flex flex-wrap items-center gap-2">
          <LlmModeBadge />
          <RetrievalModeBadge />
          <LangSwitch />
          <ThemeToggle initial={theme} />
        </span>
      </nav>
    </header>
  );
}
