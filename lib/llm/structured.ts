import type { z } from "zod";
import type { Llm } from "./client";
import { LlmFailure } from "./errors";
import { repairJsonPrompt } from "./prompts";
import { withRetries } from "./retry";
import type { ChatMessage, StructuredMode, TokenUsage } from "./types";
import { addUsage, NO_USAGE, readUsage } from "./usage";

// What each server accepted, learnt on first use: a 400 to json_schema falls back to
// json_object, a 400 to that to plain prompting. Per process, per server and model.
const holder = globalThis as unknown as { __llmModes?: Map<string, StructuredMode> };
const modes = (holder.__llmModes ??= new Map());
const modeKey = (llm: Llm, model: string) => `${llm.config.baseURL}|${model}`;

export function knownMode(llm: Llm, model: string): StructuredMode | null {
  return modes.get(modeKey(llm, model)) ?? null;
}
export function rememberMode(llm: Llm, model: string, mode: StructuredMode): void {
  modes.set(modeKey(llm, model), mode);
}

const ORDER: StructuredMode[] = ["json_schema", "json_object", "prompt"];

function responseFormat(mode: StructuredMode, name: string, schema: object) {
  if (mode === "json_schema") return { type: "json_schema" as const, json_schema: { name, strict: true, schema: schema as Record<string, unknown> } };
  if (mode === "json_object") return { type: "json_object" as const };
  return undefined;
}

/** The JSON object in a reply, also when a model wraps it in a code fence or a sentence. */
export function extractJson(text: string): unknown {
  const t = text.trim().replace(/^```(?:json)?\s*/i, "").replace(/```\s*$/, "");
  const start = t.indexOf("{");
  const end = t.lastIndexOf("}");
  if (start < 0 || end <= start) throw new SyntaxError("no JSON object in the reply");
  return JSON.parse(t.slice(start, end + 1));
}

export interface JsonResult<T> {
  value: T;
  usage: TokenUsage;
  mode: StructuredMode;
  repaired: boolean;
}

export interface JsonRequest<S extends z.ZodType> {
  model: string;
  messages: ChatMessage[];
  /** Validates the reply whatever the server claims to enforce. */
  schema: S;
  /** The same shape as plain JSON Schema, for servers that take json_schema. */
  jsonSchema: object;
  name: string;
  signal?: AbortSignal;
}

/**
 * One JSON answer at temperature 0, validated with zod. Invalid or empty JSON gets one repair
 * call; after that an LlmFailure("bad-json") tells the caller to use the offline path.
 */
export async function completeJson<S extends z.ZodType>(llm: Llm, req: JsonRequest<S>): Promise<JsonResult<z.infer<S>>> {
  let usage = NO_USAGE;
  const call = async (messages: ChatMessage[]): Promise<{ content: string; mode: StructuredMode }> => {
    let mode = knownMode(llm, req.model) ?? "json_schema";
    for (;;) {
      try {
        const res = await withRetries(llm.config.maxRetries, () =>
          llm.client.chat.completions.create(
            { model: req.model, messages, temperature: 0, response_format: responseFormat(mode, req.name, req.jsonSchema) },
            { signal: req.signal },
          ),
        );
        rememberMode(llm, req.model, mode);
        usage = addUsage(usage, readUsage(res.usage));
        return { content: res.choices[0]?.message?.content ?? "", mode };
      } catch (e) {
        const next = ORDER[ORDER.indexOf(mode) + 1];
        if (e instanceof LlmFailure && e.reason === "bad-request" && next && !knownMode(llm, req.model)) {
          mode = next;
          continue;
        }
        throw e;
      }
    }
  };
  const parse = (content: string): { ok: true; value: z.infer<S> } | { ok: false; error: string } => {
    if (!content.trim()) return { ok: false, error: "the reply was empty" };
    let raw: unknown;
    try {
      raw = extractJson(content);
    } catch (e) {
      return { ok: false, error: `not JSON: ${(e as Error).message}` };
    }
    const parsed = req.schema.safeParse(raw);
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, error: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  };

  const first = await call(req.messages);
  const a = parse(first.content);
  if (a.ok) return { value: a.value, usage, mode: first.mode, repaired: false };
  const second = await call([
    ...req.messages,
    { role: "assistant", content: first.content.slice(0, 8000) },
    { role: "user", content: repairJsonPrompt(a.error) },
  ]);
  const b = parse(second.content);
  if (b.ok) return { value: b.value, usage, mode: second.mode, repaired: true };
  throw new LlmFailure("bad-json", b.error.slice(0, 200));
}
