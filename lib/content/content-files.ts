import { readdirSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";

/** The content folder: CONTENT_DIR or "content", resolved from the working directory. */
export function contentRoot(contentDir?: string): string {
  // Read at run time; next.config's outputFileTracingIncludes ships content/, so no tracing here.
  return resolve(/*turbopackIgnore: true*/ process.cwd(), contentDir ?? (process.env.CONTENT_DIR || "content"));
}

/** Paths in warnings and Bank.file: relative to the project root when inside it, else absolute. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return !rel || rel.startsWith("..") || isAbsolute(rel) ? abs : rel.split("\\").join("/");
}

export function bankFiles(root: string): string[] {
  return readdirSync(join(root, "banks"))
    .filter((n) => n.toLowerCase().endsWith(".md"))
    .sort();
}

const authoredDir = (root: string, bankId: string) => join(root, "authored", bankId);
export { authoredDir };

function stamp(path: string): string {
  try {
    const s = statSync(path);
    return `${path}:${s.mtimeMs}:${s.size}`;
  } catch {
    return `${path}:-`;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * A cheap summary of every content file (name, mtime, size): it changes when a bank or an
 * authored file is added, removed or edited, which is when the cached banks must be re-read.
 */
export function contentFingerprint(root: string): string {
  const parts: string[] = [];
  const banks = join(root, "banks");
  for (const name of list(banks)) parts.push(stamp(join(banks, name)));
  const authored = join(root, "authored");
  for (const bank of list(authored)) {
    for (const name of list(join(authored, bank))) parts.push(stamp(join(authored, bank, name)));
  }
  // Image folders beside the banks: an added figure should replace its placeholder.
  for (const name of list(banks)) {
    const p = join(banks, name);
    if (!name.endsWith(".md")) for (const img of list(p)) parts.push(stamp(join(p, img)));
  }
  return parts.join("\n");
}
