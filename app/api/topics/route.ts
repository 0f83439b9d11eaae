import { parseQuery, respond } from "@/app/api/_shared/respond";
import { getBanks } from "@/lib/bank/load";
import { topicQuerySchema, topicQuestions } from "@/lib/interview/topics";
import { retrieve } from "@/lib/retrieval/service";

export const dynamic = "force-dynamic";

/** GET ?q=topic[&k=12] -> {mode, questions}: the questions of every bank that match a topic, best first. */
export async function GET(req: Request) {
  return respond(async () => {
    const query = parseQuery(req, topicQuerySchema);
    return topicQuestions(await retrieve(query.q, { k: query.k }), getBanks());
  });
}
