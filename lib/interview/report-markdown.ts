import { DIMENSION_KEYS, DIMENSION_LABELS, textIn, type Fact } from "./report-fields";
import type { MissedPoint, PassageSource, QuestionReport, Report } from "./report";

type Lang = "zh" | "en";
const tr = (lang: Lang, zh: string, en: string) => (lang === "en" ? en : zh);

/** A block quote: every line of the passage quoted, blank lines too, so it stays one quote. */
const quote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => (l.trim() ? `> ${l}` : ">"))
    .join("\n");

const factLines = (facts: Fact[], lang: Lang) => facts.map((f) => `- **${f.label[lang]}**: ${textIn(f.value, lang)}`);

export function sourceLine(source: PassageSource | null, lang: Lang): string | null {
  if (!source) return null;
  if (source.kind === "seed") return `${tr(lang, "题库原文", "Bank text")}: ${source.file}${source.line ? `:${source.line}` : ""}`;
  return tr(lang, "本项目撰写（非原题库内容），参考文献见本题末尾", "Authored by this project (not from the bank); papers listed under the question");
}

function missedPoint(m: MissedPoint, lang: Lang): string[] {
  const status = m.status === "partial" ? tr(lang, "部分", "Partial") : tr(lang, "缺失", "Missed");
  const out = [`- **${status}** (${tr(lang, "权重", "weight")} ${m.weight}): ${lang === "en" ? m.en : m.zh}`];
  if (m.passage) out.push("", quote(m.passage.text).replace(/^/gm, "  "));
  const src = sourceLine(m.source, lang);
  if (src) out.push("", `  ${tr(lang, "出处", "Source")}: ${src}`);
  return out;
}

const scoreText = (q: QuestionReport) => (q.status === "pending" || q.status === "asked" ? "—" : (q.score ?? 0).toFixed(1));

/** The report as a Markdown document a candidate can keep in their notes. */
export function reportMarkdown(report: Report, lang: Lang): string {
  const out: string[] = [`# ${tr(lang, "面试报告", "Interview report")}`, ""];
  out.push(...factLines(report.facts, lang));
  out.push(`- **${tr(lang, "总分", "Overall")}**: ${report.overall === null ? "—" : `${report.overall.toFixed(1)} / 10`}`, "");
  if (report.dimensions) {
    const d = report.dimensions;
    out.push(`## ${tr(lang, "四个维度", "Dimensions")}`, "", `| ${tr(lang, "维度", "Dimension")} | ${tr(lang, "得分", "Score")} |`, "|---|---|");
    for (const k of DIMENSION_KEYS) out.push(`| ${DIMENSION_LABELS[k][lang]} | ${d[k].toFixed(1)} |`);
    out.push("");
  }
  if (report.chapters.length) {
    out.push(`## ${tr(lang, "各章掌握度", "Mastery by chapter")}`, "", `| ${tr(lang, "章", "Chapter")} | ${tr(lang, "题数", "Questions")} | ${tr(lang, "平均分", "Mean")} |`, "|---|---|---|");
    for (const c of report.chapters) out.push(`| ${c.chapter}${c.title ? ` ${c.title[lang]}` : ""} | ${c.asked} | ${c.mean.toFixed(1)} |`);
    out.push("");
  }
  out.push(`## ${tr(lang, "逐题", "Questions")}`, "");
  for (const q of report.questions) {
    out.push(`### ${q.position + 1}. ${lang === "en" && q.titleEn ? q.titleEn : q.title} — ${scoreText(q)}`, "");
    const status = { pending: tr(lang, "未提问", "not reached"), asked: tr(lang, "未作答", "not answered"), answered: tr(lang, "已作答", "answered"), skipped: tr(lang, "已跳过", "skipped") }[q.status];
    out.push(`- **${tr(lang, "状态", "Status")}**: ${status}`, ...factLines(q.facts, lang));
    if (q.dimensions) out.push(`- **${tr(lang, "维度", "Dimensions")}**: ${DIMENSION_KEYS.map((k) => `${DIMENSION_LABELS[k][lang]} ${q.dimensions![k].toFixed(1)}`).join(" · ")}`);
    if (q.status !== "pending" && q.status !== "asked" && q.missed.length) {
      out.push("", `**${tr(lang, "遗漏的要点", "Missed points")}**`, "");
      for (const m of q.missed) out.push(...missedPoint(m, lang));
      if (q.citations.length) {
        out.push("", `**${tr(lang, "参考文献", "Citations")}**`, "");
        for (const c of q.citations) out.push(`- ${c.title}, ${c.authors}, ${c.year}${c.arxiv ? `, arXiv:${c.arxiv} (https://arxiv.org/abs/${c.arxiv})` : ""}`);
      }
    }
    out.push("");
  }
  if (report.transcript.length) {
    out.push(`## ${tr(lang, "完整记录", "Transcript")}`, "");
    for (const t of report.transcript) {
      const who = t.role === "interviewer" ? tr(lang, "面试官", "Interviewer") : tr(lang, "候选人", "Candidate");
      const body = t.kind === "skip" ? tr(lang, "（跳过）", "(skipped)") : t.content;
      const facts = t.facts.map((f) => `${f.label[lang]}: ${textIn(f.value, lang)}`).join(" · ");
      out.push(`**${who}** (Q${t.position + 1})${facts ? ` · _${facts}_` : ""}`, "", quote(body), "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

export function reportFileName(report: Report): string {
  const day = (report.createdAt ?? new Date().toISOString()).slice(0, 10);
  return `interview-report-${day}${report.sessionId ? `-${report.sessionId.slice(0, 8)}` : ""}.md`;
}
