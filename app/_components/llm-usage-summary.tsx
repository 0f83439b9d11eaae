import type { View } from "./session-api";

/** The model a session used and the tokens it spent, interviewer and grader together; hints taken. */
export function LlmUsageSummary({ view }: { view: View }) {
  const en = view.config.lang === "en";
  const hints = view.turns.filter((t) => t.kind === "hint-request").length;
  let prompt = 0;
  let completion = 0;
  for (const t of view.turns) {
    const u = [t.meta?.usage, (t.grade as { usage?: { prompt: number; completion: number } } | null)?.usage];
    for (const x of u) if (x) (prompt += x.prompt), (completion += x.completion);
  }
  const llm = view.config.mode?.llm;
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="llm-usage">
      {llm ? (
        <>
          {en ? "Model" : "模型"}: <span data-testid="llm-model">{view.config.mode?.model}</span> · {en ? "tokens" : "tokens"}{" "}
          <span data-testid="llm-tokens">{prompt + completion}</span> ({en ? "prompt" : "输入"} {prompt}, {en ? "completion" : "输出"} {completion})
        </>
      ) : en ? (
        "Offline interviewer and grader: no model used."
      ) : (
        "离线面试官与评分：未使用模型。"
      )}
      {" · "}
      <span data-testid="hints-taken">{en ? `hints taken: ${hints}` : `使用提示 ${hints} 次`}</span>
    </p>
  );
}
