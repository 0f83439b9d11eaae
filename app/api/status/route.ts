import { NextResponse } from "next/server";
import { calibrationStatus } from "@/lib/wiring/dense-calibration";
import { llmStatus } from "@/lib/llm/status";
import { embeddingConfig } from "@/lib/retrieval/config";
import { retrievalStatus } from "@/lib/retrieval/service";

export const dynamic = "force-dynamic";

/** Which retrieval mode is active and why, the vector index's state, the LLM mode (never the key), and whether dense grading is calibrated. */
export function GET() {
  return NextResponse.json({ ...retrievalStatus(), llm: llmStatus(), grading: calibrationStatus(embeddingConfig().model) });
}
