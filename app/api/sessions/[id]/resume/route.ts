import { respond, sessionIdParam } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { resumeQuietly } from "@/lib/interview/service";
import { sessionView } from "@/lib/interview/view";

/** Grades a reply that a crash or restart left ungraded; the answer says why if it still cannot be. */
export async function POST(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const id = await sessionIdParam(ctx);
    const deps = interviewDeps();
    const gradingError = await resumeQuietly(deps, id);
    return sessionView(deps.db, deps.questions, id, { gradingError });
  });
}
