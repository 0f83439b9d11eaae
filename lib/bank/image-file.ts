import { readFileSync } from "node:fs";
import { dirname, extname, isAbsolute, relative, resolve } from "node:path";
import { normalizeImageSrc } from "./answer-images";
import type { Bank } from "./types";

const TYPES: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
};

/**
 * The bytes of an image a bank's answer refers to. Only images the parser recorded as existing
 * are served, and only from inside the bank file's folder: the route can never be used to read
 * another file, whatever path it is given.
 */
export function readBankImage(banks: Bank[], bankId: string, src: string): { bytes: Buffer; contentType: string } | null {
  const bank = banks.find((b) => b.id === bankId);
  if (!bank) return null;
  const key = normalizeImageSrc(src);
  const known = bank.chapters.some((c) => c.questions.some((q) => q.images?.some((i) => i.src === key && i.exists)));
  const contentType = TYPES[extname(key).toLowerCase()];
  if (!known || !contentType) return null;
  const base = dirname(resolve(/*turbopackIgnore: true*/ process.cwd(), bank.file));
  const abs = resolve(base, key);
  const rel = relative(base, abs);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return null;
  try {
    return { bytes: readFileSync(abs), contentType };
  } catch {
    return null;
  }
}
