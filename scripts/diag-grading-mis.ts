import { getBanks } from "../lib/bank/load";
import { gradeAnswer } from "../lib/grading";
async function main() {
  const qs = getBanks({ record: false }).banks.flatMap((b) => b.chapters.flatMap((c) => c.questions)).filter((q) => q.rubric.length);
  for (const q of qs) {
    const ref = [q.answer, q.supplement].filter(Boolean).join("\n\n");
    const g = await gradeAnswer({ question: q, answer: ref }, { embedder: null });
    for (const m of g.misconceptions) console.log(`ch${q.chapter}q${q.number} ${m.pointId}: ${m.zh} || ${m.evidence.slice(0, 200)}`);
  }
}
main();
