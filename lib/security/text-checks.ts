/** U+0000 or a UTF-16 surrogate without its pair (what `\ud800` in JSON decodes to). */
const BAD = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const MAX_DEPTH = 32;

/**
 * The first string in a parsed JSON value that SQLite, the grader or the page could not
 * store or show faithfully: a NUL character or an unpaired surrogate (invalid UTF-8 once
 * written). Returns where it is and why, or null when every string is clean.
 */
export function findBadString(value: unknown, path: string[] = []): { path: string; reason: string } | null {
  // No request of this app nests deeper than a few levels; deeper ones would only cost stack.
  if (path.length > MAX_DEPTH) return { path: path.slice(0, 3).join(".") + ".…", reason: `is nested deeper than ${MAX_DEPTH} levels` };
  if (typeof value === "string") {
    const m = BAD.exec(value);
    if (!m) return null;
    const reason = m[0] === "\u0000" ? "contains a NUL character (\\u0000)" : "contains an unpaired UTF-16 surrogate (not valid Unicode text)";
    return { path: path.join(".") || "body", reason };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findBadString(value[i], [...path, String(i)]);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const hit = findBadString(k, [...path, "(key)"]) ?? findBadString(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Shortens long runs inside a message that echoes what a client sent (an id, a bank name), so
 * that a 10 kB id never comes back whole.
 */
export function clipEcho(message: string, max = 80): string {
  const longRun = new RegExp(`[^\\s"“”]{${max + 1},}`, "g");
  const clipped = message.replace(longRun, (run) => `${run.slice(0, max - 1)}…`);
  return clipped.length > 1000 ? `${clipped.slice(0, 999)}…` : clipped;
}
