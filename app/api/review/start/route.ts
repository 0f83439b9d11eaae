import { z } from "zod";
import { parseBody, respond } from "@/app/api/_shared/respond";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { startReview } from "@/lib/review/start";

const schema = z.object({ bankId: z.string().min(1), lang: z.enum(["zh", "en"]).default("zh") });

/** Starts a session on the questions of a bank due for review today; answers its id. */
export async function POST(req: Request) {
  return respond(async () => {
    const input = await parseBody(req, schema);
    return { id: startReview(interviewDeps(), input) };
  });
}
