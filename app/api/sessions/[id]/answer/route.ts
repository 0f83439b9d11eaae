import { z } from "zod";
import { parseBody, respond, sessionIdParam } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { submit } from "@/lib/interview/service";
import { sessionView } from "@/lib/interview/view";

const bodySchema = z
  .object({
    text: z.string().max(20_000, "An answer is limited to 20,000 characters.").optional(),
    dontKnow: z.literal(true).optional(),
    /** The last turn the page had shown: a reply from a stale page is refused, not misfiled. */
    afterTurnId: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
    /** The sender's key for this reply: the same key twice saves one reply. */
    clientKey: z.string().min(8).max(100).optional(),
  })
  .refine((b) => (b.text !== undefined) !== (b.dontKnow === true), {
    message: "Send either text (the answer) or dontKnow: true.",
  })
  // Without either, two identical posts at once cannot be told from two replies.
  .refine((b) => b.afterTurnId !== undefined || b.clientKey !== undefined, {
    message: "Send afterTurnId (the last turn you saw) or clientKey (a unique key for this reply), so a repeated post is not saved twice.",
  });

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const id = await sessionIdParam(ctx);
    const body = await parseBody(req, bodySchema);
    const deps = interviewDeps();
    await submit(deps, id, body.text !== undefined ? { type: "answer", text: body.text } : { type: "dont-know" }, { afterTurnId: body.afterTurnId, clientKey: body.clientKey });
    return sessionView(deps.db, deps.questions, id);
  });
}
