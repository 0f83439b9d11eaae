/**
 * Seed answers show figures either as markdown images or as raw HTML (`<div align="center">
 * <img src=… alt=…></div>`). The page never renders raw HTML, so the HTML form is rewritten to
 * markdown here; both forms are collected so the loader can tell which files exist.
 */

export interface ImageRef {
  src: string;
  alt: string;
  /** 1-based line in the bank file. */
  line: number;
}

const IMG_TAG = /<img\b[^>]*>/gi;
const MD_IMAGE = /!\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
// A wrapper holding only images (and line breaks) becomes just those images.
const IMG_BLOCK = /^[ \t]*<(div|p|center|figure)\b[^>]*>\s*((?:<img\b[^>]*>\s*(?:<br\s*\/?>\s*)*)+)<\/\1\s*>/gim;

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? "").trim();
}

function toMarkdown(tag: string): string {
  const src = attr(tag, "src");
  if (!src) return "";
  const alt = attr(tag, "alt").replace(/[[\]]/g, "");
  // Destinations with spaces or parentheses need the <…> form to stay one link.
  const dest = /[\s()<>]/.test(src) ? `<${src.replace(/[<>]/g, "")}>` : src;
  return `![${alt}](${dest})`;
}

/** Rewrites HTML image blocks and stray `<img>` tags as markdown images; leaves all else as written. */
export function htmlImagesToMarkdown(md: string): string {
  return md
    .replace(IMG_BLOCK, (_all, _tag: string, imgs: string) => (imgs.match(IMG_TAG) ?? []).map(toMarkdown).join(" "))
    .replace(IMG_TAG, toMarkdown);
}

/** Canonical form of an image source, so the parser and the renderer agree on lookups. */
export function normalizeImageSrc(src: string): string {
  let s = src.trim().replace(/^<|>$/g, "");
  try {
    s = decodeURI(s);
  } catch {
    // Malformed percent-escapes: keep the source as written.
  }
  return s.replace(/^\.\//, "");
}

/** Every image referenced on `lines`, whose first element is line `firstLine` of the file. */
export function findImages(lines: string[], firstLine: number): ImageRef[] {
  const out: ImageRef[] = [];
  lines.forEach((text, i) => {
    const line = firstLine + i;
    for (const m of text.matchAll(IMG_TAG)) {
      const src = attr(m[0], "src");
      if (src) out.push({ src: normalizeImageSrc(src), alt: attr(m[0], "alt"), line });
    }
    for (const m of text.matchAll(MD_IMAGE)) {
      out.push({ src: normalizeImageSrc(m[2] ?? ""), alt: m[1] ?? "", line });
    }
  });
  return out;
}

/** External or inline sources are never fetched by the page. */
export function isLocalImage(src: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src);
}
