import { respond } from "@/app/api/_shared/respond";
import { getBanks } from "@/lib/bank/load";
import { InterviewError } from "@/lib/interview/errors";
import { topicQuerySchema, topicQuestions } from "@/lib/interview/topics";
import { formatIssues } from "@/lib/retrieval/types";
import { retrieve } from "@/lib/retrieval/service";

export const dynamic = "force-dynamic";

/** GET ?q=topic[&k=12] -> {mode, questions}: the questions of every bank that match a topic, best first. */
export async function GET(req: Request) {
  return respond(async () => {
    const params = Object.fromEntries(new URL(req.url).searchParams);
    const parsed = topicQuerySchema.safeParse(params);
    if (!parsed.success) throw new InterviewError("invalid", `Invalid request: ${formatIssues(parsed.error)}`);
    return topicQuestions(await retrieve(parsed.data.q, { k: parsed.data.k }), getBanks());
  });
}
