import { respond } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/interview/deps";
import { resumeQuietly } from "@/lib/interview/service";
import { sessionView } from "@/lib/interview/view";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { id } = await ctx.params;
    const deps = interviewDeps();
    const gradingError = await resumeQuietly(deps, id);
    return sessionView(deps.db, deps.questions, id, { gradingError });
  });
}
