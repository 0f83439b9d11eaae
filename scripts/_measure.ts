import { findQuestionByTitle, getBanks } from "../lib/bank/load";
import { readDevSet, DEV_SET_PATHS } from "../lib/grading/dev-set";
import { compileQuestion, contentTokens } from "../lib/grading/compile";
import { buildVocab } from "../lib/grading/vocab";
import { information, maxIdf } from "../lib/grading/information";
import { toPlain, wordLength, splitSentences } from "../lib/grading/text";
const loaded = getBanks({ record: false });
const qs = loaded.banks.flatMap((b) => b.chapters.flatMap((c) => c.questions));
const vocab = buildVocab(qs);
const u = maxIdf(vocab);
const m = (q: any, a: string) => { const cq = compileQuestion(q, vocab); const plain = toPlain(a); const t = contentTokens(plain); const info = information(t, q, cq.titleTokens, vocab) / u; return { info, words: wordLength(plain), d: info / Math.max(1, wordLength(plain)) }; };
const refs = qs.filter((q) => q.rubric.length && q.answer).map((q) => m(q, q.answer as string));
const ds = refs.map((r) => r.d).sort((a, b) => a - b);
console.log("ref density min/p10/median", ds[0]?.toFixed(3), ds[Math.floor(ds.length * 0.1)]?.toFixed(3), ds[Math.floor(ds.length / 2)]?.toFixed(3));
// per reference paragraph (shorter spans)
const paras = qs.filter((q) => q.rubric.length && q.answer).flatMap((q) => (q.answer as string).split(/\n\s*\n/).filter((p) => wordLength(toPlain(p)) >= 40).map((p) => m(q, p).d)).sort((a, b) => a - b);
console.log("ref paragraphs >=40 words: n", paras.length, "min/p5/p10", paras[0]?.toFixed(3), paras[Math.floor(paras.length * 0.05)]?.toFixed(3), paras[Math.floor(paras.length * 0.1)]?.toFixed(3));
for (const f of DEV_SET_PATHS) for (const r of readDevSet(f)) {
  const q = findQuestionByTitle(r.question, loaded); if (!q) continue;
  const x = m(q, r.answer);
  if (["filler", "dont-know", "repeat-question", "partial", "weak", "good", "off-topic", "injection"].includes(r.kind)) console.log(r.kind.padEnd(16), r.label, "info", x.info.toFixed(2), "words", x.words.toFixed(0), "d", x.d.toFixed(3));
}
