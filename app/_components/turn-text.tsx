"use client";

import { LazyBankMarkdown } from "./lazy-markdown";

const LOOKS_LIKE_MARKDOWN = /[$*`#|_\\]|^\s*[-+]\s|^\s*\d+\.\s|\n\n/m;

/**
 * A chat turn: Markdown and `$…$` rendered (no raw HTML, as everywhere), plain text while
 * streaming. The renderer is fetched the first time a turn needs it (see lazy-markdown.tsx).
 */
export function TurnText({ text, bankId, streaming = false }: { text: string; bankId: string; streaming?: boolean }) {
  if (streaming || !LOOKS_LIKE_MARKDOWN.test(text)) return <span className="whitespace-pre-wrap">{text}</span>;
  return <LazyBankMarkdown markdown={text} bankId={bankId} />;
}
