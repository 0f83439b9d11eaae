import { createHash } from "node:crypto";

/** NFKC, no white space, lower case: so that cosmetic edits to a title keep its id. */
export function normalizeTitle(title: string): string {
  return title.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** "T5：文本编码器" -> "t5"; "LDM(StableDiffusion)" -> "ldm-stablediffusion"; no Latin letters -> "q". */
export function topicSlug(topic: string): string {
  const head = topic.normalize("NFKC").split(/[:：]/)[0] ?? "";
  const slug = head
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 24)
    .replace(/-+$/g, "");
  return slug || "q";
}

/**
 * A question's id depends only on its bank, its chapter's topic and its own title, never on
 * its position, so adding or reordering questions leaves every other id unchanged. The topic
 * names the id and, for a title that an earlier chapter also has (`shared`), enters the hash:
 * ids of titles unique in their bank stay as they always were.
 */
export function questionId(bankId: string, topic: string, title: string, shared = false): string {
  const key = shared ? `${bankId}\n${normalizeTitle(title)}\n${normalizeTitle(topic)}` : `${bankId}\n${normalizeTitle(title)}`;
  const hash = createHash("sha1")
    .update(key)
    .digest("hex")
    .slice(0, 8);
  return `${topicSlug(topic)}-${hash}`;
}
