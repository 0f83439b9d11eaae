import { NextResponse } from "next/server";
import { RetrievalInputError } from "@/lib/retrieval/errors";
import { retrieve } from "@/lib/retrieval/service";
import { formatIssues, retrieveRequestSchema } from "@/lib/retrieval/types";

export const dynamic = "force-dynamic";

/** POST {query, k?, bank?} -> {mode, hits}: question-level hits, best first. */
export async function POST(req: Request) {
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    return NextResponse.json({ error: 'The request body must be JSON: {"query": "…", "k"?: 5, "bank"?: "…"}.' }, { status: 400 });
  }
  const parsed = retrieveRequestSchema.safeParse(raw);
  if (!parsed.success) return NextResponse.json({ error: `Invalid request: ${formatIssues(parsed.error)}` }, { status: 400 });
  try {
    return NextResponse.json(await retrieve(parsed.data.query, parsed.data));
  } catch (e) {
    if (e instanceof RetrievalInputError) return NextResponse.json({ error: e.message }, { status: 400 });
    console.error("[api/retrieve]", e instanceof Error ? e.message : e);
    return NextResponse.json({ error: "Retrieval failed on the server." }, { status: 500 });
  }
}
