import { z } from "zod";
import type { Llm } from "./client";
import { llmLabel } from "./config";
import { LlmFailure, toLlmFailure } from "./errors";
import { pingMessages } from "./prompts";
import { completeJson } from "./structured";
import type { StructuredMode } from "./types";

export type ConnectionResult =
  | { ok: true; label: string; mode: StructuredMode; ms: number; line: string }
  | { ok: false; label: string; reason: string; ms: number; line: string };

const MODE_LINE: Record<StructuredMode, string> = {
  json_schema: "structured output: json_schema",
  json_object: "structured output: json_object (no json_schema)",
  prompt: "structured output: none (JSON asked for in the prompt)",
};

/** "Test connection": one short JSON call to the grader model; one line a person can read. */
export async function testConnection(llm: Llm): Promise<ConnectionResult> {
  const label = llmLabel({ model: llm.config.graderModel, baseURL: llm.config.baseURL });
  const t0 = Date.now();
  try {
    const r = await completeJson(llm, {
      model: llm.config.graderModel,
      name: "ping",
      schema: z.object({ ok: z.boolean() }),
      jsonSchema: { type: "object", additionalProperties: false, required: ["ok"], properties: { ok: { type: "boolean" } } },
      messages: pingMessages(),
    });
    const ms = Date.now() - t0;
    return { ok: true, label, mode: r.mode, ms, line: `${label} answers in ${ms} ms; ${MODE_LINE[r.mode]}` };
  } catch (e) {
    const f = e instanceof LlmFailure ? e : toLlmFailure(e);
    const ms = Date.now() - t0;
    return { ok: false, label, reason: f.reason, ms, line: `${label}: ${f.describe("en")}` };
  }
}
