import { HttpError } from "./http-error";

/**
 * The largest request body any route accepts. An answer is capped at 20,000 characters; in
 * JSON with every character escaped as \uXXXX that is 120 kB, so 256 KiB leaves room and
 * still stops a client from making the server buffer megabytes.
 */
export const MAX_BODY_BYTES = 256 * 1024;

const tooLarge = (max: number) =>
  new HttpError(413, `请求体过大 The request body is larger than ${Math.round(max / 1024)} KiB; an answer is limited to 20,000 characters.`);

/**
 * Reads a request body as UTF-8 text, never holding more than `max` bytes: a declared
 * Content-Length over the cap is refused before reading, and a body without one (chunked) is
 * cut off as soon as it passes the cap. Bytes that are not UTF-8 are refused, not replaced.
 */
export async function readCappedText(req: Request, max: number = MAX_BODY_BYTES): Promise<string> {
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > max) throw tooLarge(max);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, "请求体不是 UTF-8 文本 The request body is not valid UTF-8 text: send JSON encoded as UTF-8.");
  }
}
