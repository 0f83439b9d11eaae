/**
 * Which lines of a bank lie inside fenced code blocks (``` or ~~~, fence lines included).
 * Code samples in answers hold "# 第2章 …" comments and "<h2>" markup that must never be read
 * as chapter or question headings, so the TOC and body scanners both consult this one mask.
 */
export interface Fences {
  /** fenced[i]: line i (0-based) is a fence line or inside a fenced block. */
  fenced: boolean[];
  /** 1-based line of a fence that is never closed (it runs to the end of the file), else null. */
  unclosed: number | null;
}

const OPEN = /^(`{3,}|~{3,})(.*)$/;

export function findFences(lines: string[]): Fences {
  const fenced = new Array<boolean>(lines.length).fill(false);
  let open: { char: string; length: number; line: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const indented = raw.length - raw.trimStart().length > 3;
    const t = raw.trim();
    if (open) {
      fenced[i] = true;
      // CommonMark: the closing fence uses the same character, at least as many, nothing else.
      const run = t.length >= open.length && [...t].every((c) => c === open?.char);
      if (!indented && run) open = null;
      continue;
    }
    const m = indented ? null : OPEN.exec(t);
    if (!m) continue;
    const fence = m[1] ?? "";
    // "```code``` inline" is inline code, not a fence: a backtick fence's info has no backtick.
    if (fence[0] === "`" && (m[2] ?? "").includes("`")) continue;
    open = { char: fence[0] ?? "`", length: fence.length, line: i + 1 };
    fenced[i] = true;
  }
  return { fenced, unclosed: open ? open.line : null };
}
