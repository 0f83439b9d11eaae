import { tokenize } from "@/lib/text/tokenize";

/**
 * Query expansion through concepts: a concept is one rubric term entry or glossary entry, i.e.
 * aliases of one idea in both languages ("位置编码 / positional encoding"). When all tokens of one
 * alias occur in the query, the tokens of the other aliases join the query at a lower weight, so
 * "positional encoding" also looks for 位置 编码 and an English query reaches a Chinese title.
 */
interface Concept {
  aliases: string[][];
}

export class AliasTable {
  private readonly concepts: Concept[] = [];
  /** token -> concepts that have an alias containing it: only these need checking. */
  private readonly byToken = new Map<string, number[]>();

  constructor(entries: Iterable<string>) {
    const seen = new Set<string>();
    // Rubrics repeat entries across questions: tokenise each distinct entry once.
    for (const entry of new Set(entries)) {
      const aliases = entry
        .split(" / ")
        .map((a) => tokenize(a))
        .filter((t) => t.length > 0);
      if (aliases.length < 2) continue;
      const key = aliases.map((a) => a.join(" ")).sort().join("|");
      if (seen.has(key)) continue; // the same entry in several rubrics expands once
      seen.add(key);
      const id = this.concepts.push({ aliases }) - 1;
      for (const t of new Set(aliases.flat())) {
        const list = this.byToken.get(t) ?? [];
        list.push(id);
        this.byToken.set(t, list);
      }
    }
  }

  get size(): number {
    return this.concepts.length;
  }

  /**
   * Adds to `query` (typed token -> weight) the tokens of every other alias of each concept one of
   * whose aliases the query contains in full. An alias's tokens share `weight` the way a typed
   * word's tokens share theirs (each gets weight / n ** groupExponent); a token already in the
   * query keeps its weight: expansion must not outweigh what the candidate actually typed.
   */
  expand(query: Map<string, number>, weight: number, groupExponent: number): Map<string, number> {
    const out = new Map(query);
    if (weight <= 0) return out;
    const candidates = new Set<number>();
    for (const t of query.keys()) for (const id of this.byToken.get(t) ?? []) candidates.add(id);
    for (const id of candidates) {
      const c = this.concepts[id] as Concept;
      if (!c.aliases.some((a) => a.every((t) => query.has(t)))) continue;
      for (const alias of c.aliases) {
        const w = weight / alias.length ** groupExponent;
        for (const t of alias) if (!query.has(t)) out.set(t, Math.max(out.get(t) ?? 0, w));
      }
    }
    return out;
  }
}
