import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { authoredDir, bankFiles, contentFingerprint, contentRoot, displayPath } from "@/lib/content/content-files";
import { decodeUtf8 } from "@/lib/content/decode";
import { loadAuthored } from "@/lib/content/load-authored";
import { normalizeTitle } from "./ids";
import { mergeAuthored } from "./merge-authored";
import { parseBank } from "./parse";
import type { Bank, BankWarning, LoadedBanks, Question } from "./types";

export interface LoadOptions {
  /** Folder holding banks/ and authored/; default CONTENT_DIR or "content", from the working directory. */
  contentDir?: string;
}

/**
 * Reads every `banks/*.md` with its authored overlay. Pure with respect to the database (the CLI
 * and tests call it); a bank that cannot be read becomes a warning and never hides the others.
 */
export function loadBanks(opts: LoadOptions = {}): LoadedBanks {
  const root = contentRoot(opts.contentDir);
  const warnings: BankWarning[] = [];
  let names: string[];
  try {
    names = bankFiles(root);
  } catch (err) {
    warnings.push({ file: displayPath(join(root, "banks")), line: 0, message: `cannot list banks: ${(err as Error).message}` });
    return { banks: [], warnings };
  }
  if (names.length === 0) warnings.push({ file: displayPath(join(root, "banks")), line: 0, message: "no *.md bank files" });

  const banks: Bank[] = [];
  for (const name of names) {
    const path = join(root, "banks", name);
    const file = displayPath(path);
    try {
      const bank = loadOne(root, path, file, name.replace(/\.md$/i, ""), warnings);
      if (bank) banks.push(bank);
    } catch (err) {
      // A parser bug on one bank must not take the others down with it.
      warnings.push({ file, line: 0, message: `could not load bank: ${(err as Error).message}` });
    }
  }
  return { banks, warnings };
}

function loadOne(root: string, path: string, file: string, bankId: string, warnings: BankWarning[]): Bank | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    warnings.push({ file, line: 0, message: `cannot read: ${(err as Error).message}` });
    return null;
  }
  const decoded = decodeUtf8(bytes, file);
  warnings.push(...decoded.warnings);
  const parsed = parseBank(decoded.text, { file, bankId, baseDir: dirname(path) });
  warnings.push(...parsed.warnings);

  const authored = loadAuthored(authoredDir(root, bankId));
  warnings.push(...authored.warnings);
  const merged = mergeAuthored(parsed.bank, authored);
  warnings.push(...merged.warnings);

  const hash = createHash("sha256").update(bytes);
  for (const f of authored.files) hash.update(`\0${f.path.slice(root.length)}\0`).update(f.bytes);
  return { ...merged.bank, contentHash: hash.digest("hex") };
}

// One cache per process, kept on globalThis so that Next's dev reloads share it.
const cache = globalThis as unknown as {
  __mockInterviewBanks?: { root: string; fingerprint: string; loaded: LoadedBanks };
};

/**
 * The app's banks: loaded once, re-read when any content file changes (name, mtime or size),
 * Pure: nothing is written anywhere (the app records imports itself: lib/interview/bank-imports.ts).
 */
export function getBanks(opts: LoadOptions = {}): LoadedBanks {
  const root = contentRoot(opts.contentDir);
  const fingerprint = contentFingerprint(root);
  const hit = cache.__mockInterviewBanks;
  if (hit && hit.root === root && hit.fingerprint === fingerprint) return hit.loaded;
  const loaded = loadBanks({ contentDir: root });
  cache.__mockInterviewBanks = { root, fingerprint, loaded };
  return loaded;
}

/** A question by its stable id, across all banks. */
export function findQuestion(id: string, loaded: LoadedBanks = getBanks()): Question | null {
  for (const b of loaded.banks) {
    for (const c of b.chapters) {
      const q = c.questions.find((x) => x.id === id);
      if (q) return q;
    }
  }
  return null;
}

/** A question by its TOC title (exact after normalizeTitle: white space, width and case ignored). */
export function findQuestionByTitle(text: string, loaded: LoadedBanks = getBanks()): Question | null {
  // Also accept the title as the TOC shows it, "N.title"; the exact form is tried first.
  const keys = [normalizeTitle(text), normalizeTitle(text.trim().replace(/^\d+\s*[.．、]\s*/, ""))];
  for (const key of keys) {
    if (!key) continue;
    for (const b of loaded.banks) {
      for (const c of b.chapters) {
        const q = c.questions.find((x) => normalizeTitle(x.title) === key);
        if (q) return q;
      }
    }
  }
  return null;
}
