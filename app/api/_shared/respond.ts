import { NextResponse } from "next/server";
import { z } from "zod";
import { databasePath, describeDbError } from "@/lib/db/client";
import { InterviewError } from "@/lib/interview/errors";
import { readCappedText } from "@/lib/security/body-limit";
import { HttpError } from "@/lib/security/http-error";
import { clipEcho, findBadString } from "@/lib/security/text-checks";

const STATUS = { "not-found": 404, conflict: 409, invalid: 400 } as const;

/** zod issues as one line a person can act on: "k: k must be at most 50; query: …". */
const issuesText = (error: z.ZodError) => error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");

/**
 * Parses a JSON body with a zod schema. The body is read through a byte cap (413 past it),
 * must be UTF-8 JSON, and may carry no NUL or unpaired-surrogate strings; a bad body becomes a
 * 400 that says what is wrong.
 */
export async function parseBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  // An empty body is an empty object: POST /skip needs no body at all.
  const text = await readCappedText(req);
  let raw: unknown;
  try {
    raw = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new InterviewError("invalid", "请求体不是合法 JSON The request body is not valid JSON.");
  }
  const bad = findBadString(raw);
  if (bad) throw new InterviewError("invalid", `Invalid request: ${bad.path} ${bad.reason}; remove it and send again.`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new InterviewError("invalid", `Invalid request: ${issuesText(parsed.error)}`);
  return parsed.data;
}

/** Parses a GET request's query string with a zod schema; a bad query is a 400 that says what is wrong, as for a body. */
export function parseQuery<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw new InterviewError("invalid", `Invalid request: ${issuesText(parsed.error)}`);
  return parsed.data;
}

/** Session ids are UUIDs; anything else is not a session (and is never echoed back whole). */
const sessionIdSchema = z.string().max(64).regex(/^[A-Za-z0-9_-]+$/);

/** The `[id]` of a session route, checked before it reaches the database. */
export async function sessionIdParam(ctx: { params: Promise<{ id: string }> }): Promise<string> {
  const { id } = await ctx.params;
  if (!sessionIdSchema.safeParse(id).success) throw new InterviewError("not-found", "No interview session with this id: an id is a UUID such as 0b6f…-…; check the address.");
  return id;
}

/** The one error mapping of every API route: known errors become clear JSON answers, unknown ones a logged 500. */
export function errorResponse(e: unknown): NextResponse {
  if (e instanceof HttpError) return NextResponse.json({ error: e.message }, { status: e.status, headers: e.headers });
  if (e instanceof InterviewError) return NextResponse.json({ error: clipEcho(e.message) }, { status: STATUS[e.code] });
  // By name, not instanceof: the retriever lives on globalThis, created by another bundle's copy of the class.
  if (e instanceof Error && e.name === "RetrievalInputError") return NextResponse.json({ error: clipEcho(e.message) }, { status: 400 });
  const db = describeDbError(e);
  if (db) {
    console.error(`[api] database ${databasePath()}:`, e instanceof Error ? e.message : e);
    return NextResponse.json({ error: db.message }, { status: db.status });
  }
  console.error("[api]", e instanceof Error ? e.message : e);
  return NextResponse.json({ error: "服务器出错，请重试。Something went wrong on the server; please try again." }, { status: 500 });
}

/** Runs a handler and answers its result as JSON, or the error as errorResponse() maps it. */
export async function respond(work: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return NextResponse.json(await work());
  } catch (e) {
    return errorResponse(e);
  }
}
