"use client";

import dynamic from "next/dynamic";

// The markdown and KaTeX renderers are the page's heaviest code: loaded when a turn first needs
// them, with the plain text shown meanwhile.
const BankMarkdown = dynamic(() => import("./bank-markdown").then((m) => m.BankMarkdown), {
  loading: () => null,
});

const LOOKS_LIKE_MARKDOWN = /[$*`#|_\\]|^\s*[-+]\s|^\s*\d+\.\s|\n\n/m;

/** A chat turn: Markdown and `$…$` rendered (no raw HTML, as everywhere), plain text while streaming. */
export function TurnText({ text, bankId, streaming = false }: { text: string; bankId: string; streaming?: boolean }) {
  if (streaming || !LOOKS_LIKE_MARKDOWN.test(text)) return <span className="whitespace-pre-wrap">{text}</span>;
  return <BankMarkdown markdown={text} bankId={bankId} />;
}
