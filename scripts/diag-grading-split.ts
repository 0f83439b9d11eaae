import { getBanks } from "../lib/bank/load";
import { splitSentences } from "../lib/grading/text";
import { sentenceFeatures } from "../lib/grading/point-match";
const [ch, n] = process.argv.slice(2).map(Number);
const q = getBanks({ record: false }).banks.flatMap((b) => b.chapters.flatMap((c) => c.questions)).find((q) => q.chapter === ch && q.number === n)!;
const ref = [q.answer, q.supplement].filter(Boolean).join("\n\n");
if (process.argv.includes("--raw")) console.log(ref);
splitSentences(ref).forEach((s, i) => { const f = sentenceFeatures(s); console.log(`s${i} w${f.words.toFixed(1)}${f.listy ? " LISTY" : ""}: ${s.text}`); });
