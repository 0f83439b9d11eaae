import Markdown, { type Components } from "react-markdown";
import rehypeKatex from "rehype-katex";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { normalizeImageSrc } from "@/lib/bank/answer-images";
import type { BankImage } from "@/lib/bank/types";
import { translate, type Lang } from "@/lib/i18n";
import { bankImageHref } from "./bank-href";
import { displayMathLines } from "./display-math";
import { rehypeFormulaIds } from "./rehype-formula-ids";

// Styles for the rendered markdown, scoped to the wrapper (no typography plugin installed).
const PROSE = [
  "text-[15px] leading-7 text-slate-800",
  "[&_p]:my-3 [&_ul]:my-3 [&_ol]:my-3 [&_ul]:list-disc [&_ol]:list-decimal [&_ul]:pl-6 [&_ol]:pl-6",
  "[&_li]:my-1 [&_li>p]:my-1 [&_li>ul]:my-1 [&_strong]:font-semibold [&_strong]:text-slate-900",
  "[&_h1]:mt-5 [&_h1]:text-lg [&_h2]:mt-5 [&_h2]:text-base [&_h3]:mt-4 [&_h1,&_h2,&_h3]:font-semibold",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-[13px] [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600",
  "[&_table]:my-3 [&_table]:border-collapse [&_td]:border [&_th]:border [&_td]:border-slate-200 [&_th]:border-slate-200 [&_td]:px-2 [&_th]:px-2 [&_th]:bg-slate-50",
  "[&_a]:text-blue-700 [&_a]:underline [&_.katex-display]:my-3 [&_.katex-display]:overflow-x-auto [&_.katex-display]:overflow-y-hidden [&_.katex-display]:py-1",
  "dark:text-slate-200 dark:[&_strong]:text-slate-50 dark:[&_code]:bg-slate-800 dark:[&_pre]:bg-slate-800 dark:[&_blockquote]:border-slate-700 dark:[&_blockquote]:text-slate-400",
  "dark:[&_td]:border-slate-700 dark:[&_th]:border-slate-700 dark:[&_th]:bg-slate-800 dark:[&_a]:text-blue-400",
].join(" ");

interface Props {
  markdown: string;
  bankId: string;
  /** Images known to the bank; any other image renders as a placeholder. */
  images?: BankImage[];
  testId?: string;
  /** Interface language of the placeholder of a missing image. */
  lang?: Lang;
}

/**
 * Renders bank or authored markdown with KaTeX. Deliberately without rehype-raw: raw HTML
 * from a bank shows as text, never as markup. Images are only loaded through our own route,
 * and only when the loader found the file; otherwise a placeholder names the missing path.
 */
export function BankMarkdown({ markdown, bankId, images = [], testId, lang = "zh" }: Props) {
  const components: Components = {
    img: ({ src, alt }) => {
      const key = normalizeImageSrc(typeof src === "string" ? src : "");
      const found = images.find((i) => i.src === key && i.exists);
      if (!found) return <MissingImage src={key} lang={lang} />;
      // A plain <img>: bank figures have unknown sizes, which next/image would need up front.
      return <img src={bankImageHref(bankId, found.src)} alt={alt ?? ""} loading="lazy" className="my-3 inline-block max-h-96 max-w-full" />;
    },
    a: ({ href, children }) => (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ),
  };
  return (
    <div className={PROSE} data-testid={testId}>
      <Markdown
        remarkPlugins={[remarkGfm, remarkMath]}
        rehypePlugins={[[rehypeKatex, { strict: "ignore" }], rehypeFormulaIds]}
        components={components}
      >
        {displayMathLines(markdown)}
      </Markdown>
    </div>
  );
}

/** A span (not a div): images sit inside paragraphs, where a div would be invalid HTML. */
function MissingImage({ src, lang }: { src: string; lang: Lang }) {
  // The label before the path ("图片缺失: "), so the path itself can be set in <code>.
  const before = translate(lang, "bank.imageMissing", { src: "" });
  return (
    <span
      role="img"
      aria-label={translate(lang, "bank.imageMissing", { src })}
      data-testid="image-placeholder"
      className="my-3 flex items-center justify-center gap-2 rounded-md border-2 border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-sm text-slate-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.5">
        <rect x="3" y="4" width="18" height="16" rx="2" />
        <circle cx="9" cy="10" r="2" />
        <path d="M21 16l-5-5-9 9" />
      </svg>
      <span>
        {before}<code className="text-slate-600 dark:text-slate-300">{src || "(no path)"}</code>
      </span>
    </span>
  );
}
