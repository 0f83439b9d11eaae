import type { Question, RubricPoint } from "@/lib/bank/types";

/**
 * The offline interviewer's lines. Plain functions so that the LLM interviewer (next
 * milestone) can replace them one by one; the session stores whatever text was said.
 */

type Lang = "zh" | "en";

const titleOf = (q: Question, lang: Lang) => (lang === "en" && q.titleEn ? q.titleEn : q.title);

export function askQuestion(q: Question, position: number, total: number, lang: Lang): string {
  const n = position + 1;
  if (lang === "en") {
    const lead = position === 0 ? `Let's begin: ${total} question${total > 1 ? "s" : ""} today. ` : "";
    return `${lead}Question ${n} of ${total}: ${titleOf(q, lang)}`;
  }
  const lead = position === 0 ? `你好，我们开始今天的模拟面试，共 ${total} 题。` : "好的，我们看下一题。";
  return `${lead}第 ${n} 题（共 ${total} 题）：${titleOf(q, lang)}`;
}

/** A follow-up acknowledges what the reply did, then probes the one point it left open. */
export function askFollowUp(point: RubricPoint, status: "partial" | "missing", lang: Lang): string {
  const probe = point.followUps[0];
  const text = lang === "en" ? probe?.en : probe?.zh;
  if (lang === "en") {
    const ack = status === "partial" ? "You touched on this; let me dig a little deeper." : "One thing you did not mention.";
    return `${ack} ${text ?? point.en}`;
  }
  const ack = status === "partial" ? "这一点你提到了，但可以再展开一些。" : "还有一点你没有谈到。";
  return `${ack}追问：${text ?? point.zh}`;
}

export function acknowledgeSkip(lang: Lang): string {
  return lang === "en" ? "Fine, we'll skip this one." : "好的，这题先跳过。";
}

export function closing(lang: Lang): string {
  return lang === "en"
    ? "That's the end of the interview. Thank you: your report is below."
    : "今天的面试就到这里，辛苦了。下面是本次面试的评估报告。";
}

export const DONT_KNOW_TEXT: Record<Lang, string> = { zh: "不知道", en: "I don't know" };

export function questionRemoved(lang: Lang): string {
  return lang === "en"
    ? "This question has been removed from its bank since the interview began; moving on."
    : "这道题在面试开始后已从题库中移除，跳过。";
}

/** The offline answer to a clarifying question: the question as asked, and an invitation to go on. */
export function answerClarification(q: Question, lang: Lang): string {
  return lang === "en"
    ? `The question is as asked: "${titleOf(q, lang)}". Answer from your own understanding; state any assumption you make.`
    : `题目就是字面意思：「${titleOf(q, lang)}」。请按你的理解作答，有需要的假设可以先说明。`;
}

/**
 * The offline hint: the rubric's own probe for the heaviest point not yet covered, asked as a
 * direction to think in. Probes are questions, so they point without stating the answer.
 */
export function offlineHint(point: RubricPoint | null, lang: Lang): string {
  const probe = point?.followUps[0];
  if (!probe) return lang === "en" ? "Hint: think about why the method is built this way: what problem does each part solve?" : "提示：想一想这个方法为什么这样设计——每个部分分别解决了什么问题？";
  return lang === "en" ? `Hint: think about this: ${probe.en}` : `提示：不妨想一想——${probe.zh}`;
}
