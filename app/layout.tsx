import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SiteNav } from "./_components/site-nav";
import { THEME_COOKIE, THEME_SCRIPT, themeFrom } from "./_components/theme";
import { I18nProvider } from "@/lib/i18n/client";
import { messagesFor } from "@/lib/i18n";
import { getLang, getT } from "@/lib/i18n/server";
import "katex/dist/katex.min.css";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t("app.title"), description: t("app.description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const lang = await getLang();
  const theme = themeFrom((await cookies()).get(THEME_COOKIE)?.value);
  return (
    // The head script may add "dark" before React hydrates: that difference is expected.
    <html lang={lang === "zh" ? "zh-CN" : "en"} className={theme === "dark" ? "dark" : undefined} data-theme={theme} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <I18nProvider lang={lang} messages={messagesFor(lang)}>
          <SiteNav theme={theme} />
          <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
        </I18nProvider>
      </body>
    </html>
  );
}
