import { parseBody, respond } from "@/app/api/_shared/respond";
import { getBanks } from "@/lib/bank/load";
import { InterviewError } from "@/lib/interview/errors";
import { retrieve } from "@/lib/retrieval/service";
import { retrieveRequestSchema } from "@/lib/retrieval/types";
import { z } from "zod";

// The bank id's cap gets its own message (the domain schema's says "must be a string" for every issue).
const bodySchema = retrieveRequestSchema.extend({
  bank: z.string({ error: "bank must be a bank id (a string)" }).trim().min(1, "bank must not be empty").max(100, "bank is longer than 100 characters").optional(),
});

export const dynamic = "force-dynamic";

/** POST {query, k?, bank?} -> {mode, hits}: question-level hits, best first. */
export async function POST(req: Request) {
  return respond(async () => {
    const body = await parseBody(req, bodySchema);
    const banks = getBanks().banks;
    if (body.bank !== undefined && !banks.some((b) => b.id === body.bank)) {
      throw new InterviewError("not-found", `Unknown bank "${body.bank}"; known: ${banks.map((b) => b.id).join(", ") || "none"}.`);
    }
    return retrieve(body.query, body);
  });
}
