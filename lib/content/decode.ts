import type { ContentWarning } from "./warning";

/**
 * Decodes a bank file strictly as UTF-8. Invalid bytes do not stop the import: the text is
 * decoded again leniently (U+FFFD for bad bytes) and a warning names the first bad line.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; warnings: ContentWarning[] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      text: new TextDecoder("utf-8").decode(bytes),
      warnings: [{ file, line: firstBadLine(bytes), message: "file is not valid UTF-8; undecodable bytes shown as U+FFFD" }],
    };
  }
}

function firstBadLine(bytes: Uint8Array): number {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    start = i + 1;
    line++;
  }
  return 0;
}
