import { NextResponse } from "next/server";
import { llmStatus } from "@/lib/llm/status";
import { retrievalStatus } from "@/lib/retrieval/service";

export const dynamic = "force-dynamic";

/** Which retrieval mode is active and why, the vector index's state, and the LLM mode (never the key). */
export function GET() {
  return NextResponse.json({ ...retrievalStatus(), llm: llmStatus() });
}
