import { getBanks } from "../lib/bank/load";
const qs = getBanks({ record: false }).banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
const out = new Set<string>();
for (const q of qs) for (const p of q.rubric) for (const t of p.terms) for (const a of t.split(" / ")) if (/[_^√α-ωᾱ~|\\=²≤×∼]/.test(a)) out.add(a);
console.log([...out].join("\n"));
