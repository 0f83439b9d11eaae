import { z } from "zod";
import type { Llm } from "./client";
import { graderSystem, graderUser, type GraderPrompt } from "./prompts";
import { completeJson, type JsonResult } from "./structured";

/** The grader's JSON, read leniently (a quote as a string, refs left out) and validated strictly. */
const quotes = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]).filter((s) => s.trim()));

export const llmVerdictSchema = z.object({
  points: z.array(
    z.object({
      id: z.string().min(1).max(200),
      status: z.enum(["covered", "partial", "missing"]),
      evidence: quotes.default([]),
      refs: z.array(z.string().max(300)).default([]),
    }),
  ).max(50),
  misconceptions: z.array(z.object({ claim: z.string().max(2000), correction: z.string().max(2000) })).max(20).default([]),
  feedback: z.string().max(4000).default(""),
});
export type LlmVerdict = z.infer<typeof llmVerdictSchema>;

/** The same shape for servers that enforce json_schema (strict mode: every property required). */
export const llmVerdictJsonSchema = {
  type: "object",
  additionalProperties: false,
  required: ["points", "misconceptions", "feedback"],
  properties: {
    points: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "status", "evidence", "refs"],
        properties: {
          id: { type: "string" },
          status: { type: "string", enum: ["covered", "partial", "missing"] },
          evidence: { type: "array", items: { type: "string" } },
          refs: { type: "array", items: { type: "string" } },
        },
      },
    },
    misconceptions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["claim", "correction"],
        properties: { claim: { type: "string" }, correction: { type: "string" } },
      },
    },
    feedback: { type: "string" },
  },
} as const;

/** One grading call: temperature 0, structured output as the server takes it, one repair. */
export function requestVerdict(llm: Llm, prompt: GraderPrompt, signal?: AbortSignal): Promise<JsonResult<LlmVerdict>> {
  return completeJson(llm, {
    model: llm.config.graderModel,
    name: "grade",
    schema: llmVerdictSchema,
    jsonSchema: llmVerdictJsonSchema,
    messages: [
      { role: "system", content: graderSystem(prompt.lang) },
      { role: "user", content: graderUser(prompt) },
    ],
    signal,
  });
}
