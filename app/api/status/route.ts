import { NextResponse } from "next/server";
import { retrievalStatus } from "@/lib/retrieval/service";

export const dynamic = "force-dynamic";

/** Which retrieval mode is active and why, with the state of the vector index. */
export function GET() {
  return NextResponse.json(retrievalStatus());
}
