import { respond } from "@/app/api/_shared/respond";
import { getLlm } from "@/lib/llm/client";
import { testConnection } from "@/lib/llm/connection";
import { llmStatus } from "@/lib/llm/status";

export const dynamic = "force-dynamic";

/** "Test connection": one short call to the configured server; one line for the user. */
export async function POST() {
  return respond(async () => {
    const llm = getLlm();
    if (!llm) {
      const s = llmStatus();
      return { ok: false, line: `No LLM configured (${s.reason ?? "offline"}): the offline interviewer and grader are in use.` };
    }
    return testConnection(llm);
  });
}
