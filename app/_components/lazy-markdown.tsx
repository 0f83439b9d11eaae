"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import type { BankMarkdown } from "./bank-markdown";

// react-markdown, remark/rehype and KaTeX are the heaviest code a page can ship: a chunk of its
// own, fetched the first time a client-side view renders markdown. Server components (the bank,
// a question's page) import ./bank-markdown directly and ship none of it.
const Rendered = lazy(() => import("./bank-markdown").then((m) => ({ default: m.BankMarkdown })));

/** Starts fetching the renderer, e.g. as soon as a markdown turn is likely. */
export const preloadMarkdown = () => void import("./bank-markdown");

/**
 * BankMarkdown for client components, loaded on first use. Where the server rendered it, its
 * HTML stays on screen until the code arrives; a client render shows the source text meanwhile
 * (as text: raw HTML in it is never markup, here as in BankMarkdown).
 */
export function LazyBankMarkdown(props: ComponentProps<typeof BankMarkdown>) {
  return (
    <Suspense fallback={<span className="whitespace-pre-wrap">{props.markdown}</span>}>
      <Rendered {...props} />
    </Suspense>
  );
}
