import { parseBody, respond } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/interview/deps";
import { createSession } from "@/lib/interview/service";
import { sessionConfigSchema } from "@/lib/interview/types";
import { sessionView } from "@/lib/interview/view";

export async function POST(req: Request) {
  return respond(async () => {
    const config = await parseBody(req, sessionConfigSchema);
    const deps = interviewDeps();
    const id = createSession(deps, config);
    return sessionView(deps.db, deps.questions, id);
  });
}
