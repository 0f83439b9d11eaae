import { parseBody, respond } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { createSession } from "@/lib/interview/service";
import { sessionConfigSchema } from "@/lib/interview/types";
import { z } from "zod";
import { sessionView } from "@/lib/interview/view";

// Caps on what the client controls, on top of the domain schema's own rules.
const bodySchema = sessionConfigSchema.extend({
  bankId: z.string().min(1).max(100, "bankId is longer than 100 characters"),
  chapters: sessionConfigSchema.shape.chapters.refine((c) => c.length <= 100, "at most 100 chapters"),
  difficulty: sessionConfigSchema.shape.difficulty.refine((d) => d.length <= 3, "at most 3 difficulties"),
});

export async function POST(req: Request) {
  return respond(async () => {
    const config = await parseBody(req, bodySchema);
    const deps = interviewDeps();
    const id = createSession(deps, config);
    return sessionView(deps.db, deps.questions, id);
  });
}
