import { getBanks } from "../lib/bank/load";
import { gradeAnswer } from "../lib/grading";
import { compileQuestion } from "../lib/grading/compile";
import { buildVocab } from "../lib/grading/vocab";
import { sentenceFeatures, lexicalMatches, conceptHits } from "../lib/grading/point-match";
import { splitSentences } from "../lib/grading/text";

async function main() {
  const loaded = getBanks({ record: false });
  const qs = loaded.banks.flatMap((b) => b.chapters.flatMap((c) => c.questions)).filter((q) => q.rubric.length);
  const verbose = process.argv.includes("--verbose");
  let full = 0;
  let min = 10;
  for (const q of qs) {
    const ref = [q.answer, q.supplement].filter(Boolean).join("\n\n");
    const g = await gradeAnswer({ question: q, answer: ref }, { embedder: null });
    const bad = g.points.filter((p) => p.status !== "covered");
    min = Math.min(min, g.score);
    if (!bad.length) full++;
    const heavy = Math.max(...q.rubric.map((p) => p.weight));
    if (bad.length || g.score < 9) {
      console.log(`ch${q.chapter} q${q.number} score ${g.score} flags[${g.flags}] ${q.title.slice(0, 30)}`);
      for (const p of bad) console.log(`   ${p.status} ${p.id} w${p.weight}${p.weight >= 0.6 * heavy ? "*" : ""} sim ${p.similarity} | ${p.evidence?.slice(0, 100)}`);
      if (verbose) {
        const vocab = buildVocab(qs);
        const cq = compileQuestion(q, vocab);
        const feats = splitSentences(ref).map(sentenceFeatures);
        const lm = lexicalMatches(cq.points, feats, cq.knownTokens, vocab.idf);
        for (const p of bad) {
          const i = cq.points.findIndex((c) => c.point.id === p.id);
          const cp = cq.points[i]!;
          const m = lm.matches[i]!;
          console.log(`      ${p.id}: concept ${m.conceptScore.toFixed(2)} token ${m.tokenScore.toFixed(2)} listy ${m.listy} sents ${m.sentences} cw ${cp.conceptWeights.map((w) => w.toFixed(2))}`);
          console.log(`      terms: ${cp.point.terms.join(" | ")}`);
          // per concept: which sentences hit
          cp.concepts.forEach((c, j) => {
            const hits = feats.map((f, k) => [k, conceptHits(f, cp.concepts, cp.aliasBags)[j]] as const).filter(([, h]) => (h ?? 0) > 0);
            console.log(`        c${j} ${c.label}: ${hits.map(([k, h]) => `${k}:${h!.toFixed(2)}`).join(" ")}`);
          });
          for (const k of m.sentences) console.log(`        s${k} words ${feats[k]!.words.toFixed(1)} listy ${feats[k]!.listy}: ${feats[k]!.sentence.text.slice(0, 160)}`);
        }
      }
    }
  }
  console.log(`fully covered ${full} of ${qs.length}, min score ${min}`);
}
main();
