import { chapterText, decodeEntities, isTocHeader, matchOtherHeading, otherHeadingLevel, splitNumbered } from "./bank-lines";
import { normalizeTitle } from "./ids";
import type { BodyChapter, BodyToc } from "./parse-body";
import type { TocChapter } from "./parse-toc";
/** How the TOC and the body relate: what the body scanner asks of the TOC, the file's title, a TOC made from the body. */

/**
 * What the body scanner needs of the TOC. A markdown heading is a question when its title is
 * listed in its chapter (any chapter if that has no number in the TOC); a heading names a
 * chapter the TOC wrote without "第N章" when its title, number removed, is that chapter's.
 */
export function bodyToc(toc: TocChapter[]): BodyToc {
  const entries = new Set(toc.flatMap((c) => c.entries.map((e) => normalizeTitle(e.title))));
  const named = new Map<string, number>();
  for (const c of toc) {
    if (chapterText(c.title)) continue;
    named.set(normalizeTitle(c.title), c.number);
  }
  return {
    isListed: (chapter, title) => {
      const key = normalizeTitle(title);
      const own = toc.filter((c) => c.number === chapter);
      return (own.length ? own : toc).some((c) => c.entries.some((e) => normalizeTitle(e.title) === key));
    },
    chapterNamed: (text) => {
      const t = decodeEntities(text);
      return named.get(normalizeTitle(t)) ?? named.get(normalizeTitle(splitNumbered(t).title)) ?? null;
    },
    isEntry: (title) => entries.has(normalizeTitle(title)),
  };
}

/** The file's own title: its first level-1 heading above the questions that is not 目录, if any. */
export function findFileTitle(lines: string[], fenced: boolean[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const t = (lines[i] ?? "").trim();
    if (/^<h[23]\b/i.test(t) || /^#{2,6}\s/.test(t) && splitNumbered(t.replace(/^#+\s*/, "")).number !== null) return null;
    if (isTocHeader(t)) continue;
    const md = otherHeadingLevel(t) === 1 ? matchOtherHeading(t) : null;
    const html = md === null ? /^<h1\b[^>]*>(.*?)<\/h1\s*>$/i.exec(t)?.[1] : undefined;
    const title = decodeEntities((md ?? html ?? "").replace(/<[^>]*>/g, "")).trim();
    if (title && !chapterText(title)) return title;
  }
  return null;
}

/** For a bank without a TOC: chapters and questions as the body lists them. */
export function tocFromBody(body: BodyChapter[], fileTitle: string): TocChapter[] {
  const out: TocChapter[] = [];
  for (const bc of body) {
    const number = bc.number ?? (out.at(-1)?.number ?? 0) + 1;
    let chapter = out.find((c) => c.number === number);
    if (!chapter) {
      // Questions before any chapter heading: one chapter named after the file, not a made-up "第1章".
      chapter = { number, title: bc.title || fileTitle, line: bc.line, entries: [], numbered: bc.number !== null, implicit: !bc.title };
      out.push(chapter);
    }
    for (const q of bc.questions) {
      chapter.entries.push({ number: q.number ?? chapter.entries.length + 1, title: q.title, anchor: "", line: q.line });
    }
  }
  return out;
}
