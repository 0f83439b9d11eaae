import { z } from "zod";
import { parseBody, respond, sessionIdParam } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { submit } from "@/lib/interview/service";
import { sessionView } from "@/lib/interview/view";

const bodySchema = z.object({ afterTurnId: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional() });

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const id = await sessionIdParam(ctx);
    const { afterTurnId } = await parseBody(req, bodySchema);
    const deps = interviewDeps();
    await submit(deps, id, { type: "skip" }, afterTurnId);
    return sessionView(deps.db, deps.questions, id);
  });
}
