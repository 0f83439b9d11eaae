import type { Metadata } from "next";
import Link from "next/link";
import { LlmModeBadge } from "./_components/llm-mode-badge";
import { RetrievalModeBadge } from "./_components/retrieval-mode-badge";
import "katex/dist/katex.min.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "Mock Interviewer · AIGC & video generation",
  description: "Practise a technical interview and get graded point by point against reference answers.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-white">
          <nav className="mx-auto flex max-w-5xl items-center gap-6 px-4 py-3 text-sm">
            <Link href="/" className="font-semibold">
              Mock Interviewer
            </Link>
            <Link href="/bank" className="text-slate-600 hover:text-slate-900" data-testid="nav-bank">
              题库 Bank
            </Link>
            <span className="ml-auto flex items-center gap-2"><LlmModeBadge /><RetrievalModeBadge /></span>
          </nav>
        </header>
        <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
