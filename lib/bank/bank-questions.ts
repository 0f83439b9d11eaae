import type { LoadedBanks, Question } from "./types";

const byLoad = new WeakMap<LoadedBanks, Map<string, readonly Question[]>>();

/**
 * Every question of a bank, in bank order; empty for an unknown bank. One array per bank and
 * load: the grader keys its per-bank caches (vocabulary, profiles) on the array itself.
 */
export function questionsOfBank(loaded: LoadedBanks, bankId: string): readonly Question[] {
  let banks = byLoad.get(loaded);
  if (!banks) {
    banks = new Map(loaded.banks.map((b) => [b.id, b.chapters.flatMap((c) => c.questions)]));
    byLoad.set(loaded, banks);
  }
  return banks.get(bankId) ?? [];
}
