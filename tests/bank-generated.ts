import { mulberry32 } from "@/lib/retrieval/prng";

/**
 * Random banks written in the layouts the importer reads, with the questions and answers each
 * must import to: the round-trip property test parses the text and compares. Every layout is
 * one a real bank uses; within a bank, headings, numbering, separators, references sections,
 * difficulty lines, code samples, shared titles and unanswered questions vary at random.
 */
export const LAYOUTS = ["zh-links", "intro", "flat", "nested-h2-h3", "zh-h2", "plain"] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface ExpectedQuestion {
  chapter: string;
  number: number;
  title: string;
  answer: string | null;
  difficulty: 1 | 2 | 3 | null;
}

export interface GeneratedBank {
  layout: Layout;
  bankId: string;
  text: string;
  expected: ExpectedQuestion[];
}

interface GenQuestion {
  title: string;
  answer: string | null;
  /** Score out of 5 written before the answer, if any. */
  stars: number | null;
  references: boolean;
  heading: "h2" | "h2-multiline" | "h3" | "md";
}

interface GenChapter {
  /** "第三章 【X】…", "引言：X", "X": as the TOC writes it. */
  title: string;
  /** What the body and nested TOCs call it ("X" for "1.X"). */
  name: string;
  zhNumber: number | null;
  questions: GenQuestion[];
}

const WORDS = ["扩散", "潜空间", "注意力", "采样", "视频", "帧插值", "编码器", "噪声", "对齐", "蒸馏", "引导", "时序", "分辨率", "token", "VAE", "DiT", "RoPE", "LoRA", "CLIP", "运动"];
const TOPICS = ["Sora", "SVD", "AnimateDiff", "CogVideoX", "Latte", "VideoCrafter", "Open-Sora", "Make-A-Video", "Imagen Video", "Phenaki"];
const ZH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const SHARED = ["优缺点是什么？", "核心创新点是什么？", "训练数据怎么构造？"];

export function generateBank(seed: number, layout?: Layout): GeneratedBank {
  const rand = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const chance = (p: number) => rand() < p;
  const kind: Layout = layout ?? pick(LAYOUTS);
  const bankId = `gen-${seed}`;
  let serial = 0;
  const title = () => `${pick(WORDS)}与${pick(WORDS)}的关系${++serial}${chance(0.5) ? "？" : ""}`;

  const answerText = (): string => {
    const paras: string[] = [];
    for (let k = int(1, 3); k > 0; k--) paras.push(Array.from({ length: int(3, 9) }, () => pick(WORDS)).join(chance(0.5) ? "、" : " "));
    if (chance(0.3)) paras.splice(1, 0, `### 细节${int(1, 9)}`); // an answer's own subheading stays in it
    if (chance(0.25)) paras.push(["```python", "# 第2章 代码里的伪标题", '<h2 id="x">1.不是题目</h2>', "## 参考资料", "```"].join("\n"));
    if (chance(0.2)) paras.push("$$\nL = \\mathbb{E}\\|\\epsilon - \\epsilon_\\theta(x_t, t)\\|^2\n$$");
    return paras.join("\n\n");
  };

  const chapterCount = kind === "flat" ? 1 : int(1, 4);
  const topics = [...TOPICS].sort(() => rand() - 0.5);
  const brackets = chance(0.5);
  const chapters: GenChapter[] = [];
  const usedShared = new Set<string>();
  for (let c = 0; c < chapterCount; c++) {
    const name = topics[c] ?? `T${c}`;
    let zhNumber: number | null = null;
    let chapterTitle = name;
    if (kind === "zh-links" || kind === "zh-h2" || (kind === "intro" && c > 0)) {
      zhNumber = kind === "intro" ? c : c + 1;
      chapterTitle = brackets ? `第${ZH[zhNumber - 1]}章 【${name}】核心基础知识` : `第${ZH[zhNumber - 1]}章 ${name}`;
    } else if (kind === "intro") {
      chapterTitle = `引言：${name}`;
    }
    const questions: GenQuestion[] = [];
    const shared = new Set<string>();
    for (let n = int(1, 5); n > 0; n--) {
      // A title another chapter also lists: each keeps its own answer. Never twice in one chapter.
      const s = kind !== "flat" && chance(0.2) ? pick(SHARED) : null;
      const t = s && !shared.has(s) ? s : title();
      if (s) shared.add(s);
      // Plain-text TOCs have no chapter headings in the body: a shared title that is never answered
      // could not be told from its namesake, so there it always has an answer.
      const unanswered = chance(0.2) && !(kind === "plain" && SHARED.includes(t));
      if (SHARED.includes(t)) usedShared.add(t);
      const heading =
        kind === "plain" ? "md"
        : kind === "nested-h2-h3" ? "h3"
        : kind === "zh-h2" ? pick(["h3", "h2"] as const)
        : pick(["h2", "h2-multiline", "md"] as const);
      questions.push({
        title: t,
        answer: unanswered ? null : answerText(),
        stars: chance(0.3) ? int(1, 5) : null,
        references: chance(0.2),
        heading,
      });
    }
    chapters.push({ title: chapterTitle, name, zhNumber, questions });
  }

  const toc: string[] = [];
  const body: string[] = [];
  const link = (n: number, t: string) => {
    const anchor = chance(0.2) ? "#wrong-anchor" : `#${n}.${t}`;
    const text = `${n}${chance(0.3) ? "、" : "."}${t}`;
    return pick([`- [${text}](${anchor})`, `- [${text}](${anchor}) 🔥`, `- **[${text}](${anchor})**`]);
  };
  toc.push(kind === "nested-h2-h3" ? '<h1 id="目录">目录</h1>' : "# 目录", "");
  chapters.forEach((ch, ci) => {
    if (kind === "plain") {
      toc.push(`**${ch.name}**`, "");
      ch.questions.forEach((q, k) => toc.push(`${k + 1}、${q.title}`));
      toc.push("");
      return;
    }
    if (kind === "nested-h2-h3") {
      toc.push(`- [${ci + 1}.${ch.name}](#${ci + 1}.${ch.name})`);
      ch.questions.forEach((q, k) => toc.push(`  ${link(k + 1, q.title)}`));
      return;
    }
    if (kind !== "flat") toc.push(`## ${ch.title}`);
    ch.questions.forEach((q, k) => toc.push(link(k + 1, q.title)));
    toc.push("");
    if (kind === "zh-links" && chance(0.3) && ci < chapters.length - 1) toc.push("---", "");
  });
  if (kind !== "plain" && kind !== "nested-h2-h3" && kind !== "zh-h2") toc.push("---", "");

  const expected: ExpectedQuestion[] = [];
  chapters.forEach((ch, ci) => {
    if (kind === "zh-links" || kind === "intro") body.push(`## ${ch.title}`, "");
    if (kind === "zh-h2") body.push(`<h2>${ch.title}</h2>`, "");
    if (kind === "nested-h2-h3") body.push(`<h2 id='${ci + 1}.${ch.name}'>${ci + 1}.${ch.name}</h2>`, "");
    ch.questions.forEach((q, k) => {
      const n = k + 1;
      const difficulty = q.stars === null || q.answer === null ? null : q.stars <= 2 ? 1 : q.stars === 3 ? 2 : 3;
      const chapterName = kind === "flat" ? bankId : kind === "nested-h2-h3" ? ch.name : ch.title;
      expected.push({ chapter: chapterName, number: n, title: q.title, answer: q.answer, difficulty });
      if (q.answer === null) return;
      const text = `${n}${chance(0.5) ? "." : "、"}${q.title}`;
      if (q.heading === "h2") body.push(`<h2 id="${n}.${q.title}">${text}</h2>`);
      else if (q.heading === "h2-multiline") body.push(`<h2 id="${n}.${q.title}">`, text, "</h2>");
      else if (q.heading === "h3") body.push(`<h3 id="${n}.${q.title}">${text}</h3>`);
      else body.push(`${kind === "plain" ? "##" : "###"} ${n}、${q.title}`);
      body.push("");
      if (q.stars !== null) body.push(`**难度评分：${"⭐".repeat(q.stars)} (${q.stars}/5)**`, "");
      body.push(q.answer, "");
      if (q.references) body.push("## 参考资料", "", `- ${pick(WORDS)} et al., ${int(2015, 2025)}`, "");
      if (chance(0.3)) body.push("---", "");
    });
  });
  return { layout: kind, bankId, text: [...toc, ...body].join("\n"), expected };
}
