import { z } from "zod";
import { parseBody, respond } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/interview/deps";
import { submit } from "@/lib/interview/service";
import { sessionView } from "@/lib/interview/view";

const bodySchema = z
  .object({
    text: z.string().max(20_000, "An answer is limited to 20,000 characters.").optional(),
    dontKnow: z.literal(true).optional(),
    /** The last turn the page had shown: a reply from a stale page is refused, not misfiled. */
    afterTurnId: z.number().int().optional(),
  })
  .refine((b) => (b.text !== undefined) !== (b.dontKnow === true), {
    message: "Send either text (the answer) or dontKnow: true.",
  });

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { id } = await ctx.params;
    const body = await parseBody(req, bodySchema);
    const deps = interviewDeps();
    await submit(deps, id, body.text !== undefined ? { type: "answer", text: body.text } : { type: "dont-know" }, body.afterTurnId);
    return sessionView(deps.db, deps.questions, id);
  });
}
