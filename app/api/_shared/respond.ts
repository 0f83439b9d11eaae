import { NextResponse } from "next/server";
import { z } from "zod";
import { InterviewError } from "@/lib/interview/errors";

const STATUS = { "not-found": 404, conflict: 409, invalid: 400 } as const;

/** Parses a JSON body with a zod schema; a bad body becomes a 400 that says what is wrong. */
export async function parseBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    // An empty body is an empty object: POST /skip needs no body at all.
    const text = await req.text();
    raw = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new InterviewError("invalid", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new InterviewError("invalid", `Invalid request: ${detail}`);
  }
  return parsed.data;
}

/** Runs a handler; known errors become clear JSON answers, unknown ones a logged 500. */
export async function respond(work: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return NextResponse.json(await work());
  } catch (e) {
    if (e instanceof InterviewError) return NextResponse.json({ error: e.message }, { status: STATUS[e.code] });
    console.error("[api]", e instanceof Error ? e.message : e);
    return NextResponse.json({ error: "服务器出错，请重试。Something went wrong on the server; please try again." }, { status: 500 });
  }
}
