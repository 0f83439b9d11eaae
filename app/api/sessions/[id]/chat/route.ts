import { createUIMessageStream, createUIMessageStreamResponse } from "ai";
import { z } from "zod";
import { errorResponse, parseBody, sessionIdParam } from "@/app/api/_shared/respond";
import { chatActionSchema, requireSession, runChat } from "@/lib/interview/chat";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { toUiChunks } from "@/lib/interview/ui-chunks";
import { getLlm } from "@/lib/llm/client";
import { redactSecrets } from "@/lib/llm/redact";

export const dynamic = "force-dynamic";

const bodySchema = z.intersection(
  chatActionSchema,
  z.object({
    afterTurnId: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
    clientKey: z.string().min(8).max(100).optional(),
  }),
);

/**
 * The interview as a chat, in the AI SDK's UI message protocol (useChat on the page): the saved
 * state as `data-view` parts, the interviewer's next line as text deltas while the LLM speaks.
 */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const deps = interviewDeps();
  let body: z.infer<typeof bodySchema>;
  let id: string;
  try {
    id = await sessionIdParam(ctx);
    body = await parseBody(req, bodySchema);
    requireSession(deps, id);
  } catch (e) {
    return errorResponse(e);
  }
  const { afterTurnId, clientKey, ...action } = body;
  const stream = createUIMessageStream({
    execute: async ({ writer }) => {
      const events = runChat(deps, { llm: getLlm(), log: (l) => console.warn(redactSecrets(l)) }, id, action, { afterTurnId, clientKey });
      for await (const chunk of toUiChunks(events)) writer.write(chunk);
    },
    onError: (e) => {
      console.error("[chat]", redactSecrets(e instanceof Error ? e.message : String(e)));
      return "服务器出错，你的回答已保存；请刷新页面。Something went wrong on the server; your reply is saved: reload the page.";
    },
  });
  return createUIMessageStreamResponse({ stream });
}
