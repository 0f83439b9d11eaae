import clsx from "clsx";
import { textIn } from "@/lib/interview/report-fields";
import type { TranscriptTurn } from "@/lib/interview/report";
import { t, type Lang } from "./history-text";

/** Every turn of the interview, with who graded each reply (and whatever else TURN_FIELDS holds). */
export function ReportTranscript({ turns, lang }: { turns: TranscriptTurn[]; lang: Lang }) {
  if (!turns.length) return null;
  return (
    <section className="space-y-2" data-testid="report-transcript">
      <h3 className="font-medium">{t(lang, { zh: "完整记录", en: "Transcript" })}</h3>
      <ol className="space-y-2 text-sm">
        {turns.map((turn) => (
          <li key={turn.id} className="report-keep" data-testid="report-turn" data-role={turn.role} data-kind={turn.kind}>
            <p className="text-xs text-slate-500">
              <span className={clsx("font-medium", turn.role === "interviewer" ? "text-slate-700" : "text-blue-700")}>
                {turn.role === "interviewer" ? t(lang, { zh: "面试官", en: "Interviewer" }) : t(lang, { zh: "候选人", en: "Candidate" })}
              </span>{" "}
              · Q{turn.position + 1}
              {turn.facts.map((f) => (
                <span key={f.key} data-testid={`report-turn-${f.key}`}>
                  {" · "}
                  {f.label[lang]}: {textIn(f.value, lang)}
                </span>
              ))}
            </p>
            <p className="whitespace-pre-wrap">{turn.kind === "skip" ? t(lang, { zh: "（跳过）", en: "(skipped)" }) : turn.content}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
