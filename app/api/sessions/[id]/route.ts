import { respond, sessionIdParam } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { sessionView } from "@/lib/interview/view";

/** The session as it stands; side-effect free (resuming is POST /api/sessions/[id]/resume). */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const id = await sessionIdParam(ctx);
    const deps = interviewDeps();
    return sessionView(deps.db, deps.questions, id);
  });
}
