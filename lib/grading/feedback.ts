import type { RubricPoint } from "@/lib/bank/types";
import type { GradeFlag, MisconceptionHit, PointGrade } from "./types";

type Lang = "zh" | "en";

const FLAG_TEXT: Record<GradeFlag, Record<Lang, string>> = {
  empty: { zh: "没有作答。", en: "No answer was given." },
  "dont-know": { zh: "回答表示不知道，没有给出内容。", en: "The answer says \"I don't know\" and gives no content." },
  injection: {
    zh: "回答中含有试图操纵评分的指令（如要求忽略评分标准或给满分），已剔除并按违规处理，得分封顶。",
    en: "The answer contains instructions aimed at the grader (e.g. to ignore the rubric or give full marks); they were removed and the score is capped.",
  },
  "term-list": {
    zh: "只罗列了关键词，没有解释它们的含义和作用，罗列不计分。",
    en: "The answer only lists key terms without explaining them; a list of terms earns no credit.",
  },
  "repeats-question": { zh: "回答基本是在复述题目，没有新的内容。", en: "The answer mostly restates the question." },
  filler: {
    zh: "回答篇幅较长但大多是套话，实质内容很少；得分只看内容，不看长度。",
    en: "The answer is long but mostly filler; credit comes from content, not length.",
  },
  "off-topic": { zh: "回答偏离了题目，更像在回答另一道题", en: "The answer is off-topic: it reads like an answer to another question" },
  "no-rubric": {
    zh: "此题暂无评分要点，按参考答案的段落评分。",
    en: "This question has no rubric yet; it was graded against the reference answer's passages.",
  },
  "no-reference": { zh: "此题暂无参考答案，无法评分。", en: "This question has no reference answer yet, so it cannot be graded." },
};

// Feedback stays short: the heaviest gaps in full, the rest counted.
const MAX_GAP_LINES = 4;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Short, concrete feedback in the session language: guard flags first, then misconceptions,
 * then each missed or partial key point (heaviest first), then what was done well.
 */
export function buildFeedback(opts: {
  lang: Lang;
  flags: GradeFlag[];
  offTopicTitle: string | null;
  misconceptions: MisconceptionHit[];
  points: PointGrade[];
  /** The key points' statements (a rubric, or the passages standing in for one). */
  statements: Pick<RubricPoint, "id" | "zh" | "en">[];
}): string {
  const { lang, flags, misconceptions, points, statements } = opts;
  const zh = lang === "zh";
  const lines: string[] = [];
  for (const f of flags) {
    const text = FLAG_TEXT[f as GradeFlag]?.[lang];
    if (!text) continue;
    if (f === "off-topic" && opts.offTopicTitle) lines.push(zh ? `${text}：「${opts.offTopicTitle}」。` : `${text}: "${opts.offTopicTitle}".`);
    else lines.push(f === "off-topic" ? `${text}${zh ? "。" : "."}` : text);
  }
  if (flags.includes("empty") || flags.includes("no-reference")) return lines.join("\n");

  for (const m of misconceptions) {
    lines.push(zh ? `错误说法：${m.zh}（原话：「${clip(m.evidence, 60)}」）。` : `Misconception: ${m.en} (you said: "${clip(m.evidence, 80)}").`);
    // The reference passage the claim contradicts, so the candidate can check it.
    if (m.passage) lines.push(zh ? `  参考答案：「${clip(m.passage, 120)}」` : `  Reference: "${clip(m.passage, 140)}"`);
  }
  const byId = new Map(statements.map((s) => [s.id, s]));
  const gaps = points.filter((p) => p.status !== "covered").sort((a, b) => b.weight - a.weight);
  for (const p of gaps.slice(0, MAX_GAP_LINES)) {
    const st = byId.get(p.id);
    if (!st) continue;
    const statement = clip(zh || !st.en ? st.zh : st.en, 120);
    if (p.status === "missing") lines.push(zh ? `缺少：${statement}` : `Missing: ${statement}`);
    else lines.push(zh ? `不完整（提到了但没讲清楚）：${statement}` : `Partial (mentioned, not explained): ${statement}`);
  }
  const more = gaps.length - MAX_GAP_LINES;
  if (more > 0) lines.push(zh ? `另有 ${more} 个要点未涉及。` : `${more} more key point${more > 1 ? "s" : ""} not addressed.`);
  const covered = points.filter((p) => p.status === "covered").length;
  if (covered && !flags.length) {
    lines.push(zh ? `已讲清楚 ${covered}/${points.length} 个要点。` : `Covered ${covered} of ${points.length} key points.`);
  }
  return lines.join("\n");
}
