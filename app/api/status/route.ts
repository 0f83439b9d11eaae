import { respond } from "@/app/api/_shared/respond";
import { llmStatus } from "@/lib/llm/status";
import { embeddingConfig } from "@/lib/retrieval/config";
import { retrievalStatus } from "@/lib/retrieval/service";
import { calibrationStatus } from "@/lib/wiring/dense-calibration";

export const dynamic = "force-dynamic";

/** Which retrieval mode is active and why, the vector index's state, the LLM mode (never the key), and whether dense grading is calibrated. */
export async function GET() {
  return respond(async () => ({ ...retrievalStatus(), llm: llmStatus(), grading: calibrationStatus(embeddingConfig().model) }));
}
