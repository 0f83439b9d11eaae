import { respond, sessionIdParam } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { finish } from "@/lib/interview/service";
import { sessionView } from "@/lib/interview/view";

export async function POST(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const id = await sessionIdParam(ctx);
    const deps = interviewDeps();
    await finish(deps, id);
    return sessionView(deps.db, deps.questions, id);
  });
}
