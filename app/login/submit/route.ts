import { NextResponse } from "next/server";
import { readCappedText } from "@/lib/security/body-limit";
import { HttpError } from "@/lib/security/http-error";
import { passwordMatches, SESSION_COOKIE, SESSION_DAYS, signSession } from "@/lib/security/session-cookie";
import { safeNext } from "../safe-next";

export const dynamic = "force-dynamic";

/**
 * The login form's target. Same-origin and rate limited by the proxy like every POST; a right
 * password sets the signed session cookie (HttpOnly: no script reads it; SameSite=Strict: no
 * other site's page sends it) and goes on to where the visitor was headed.
 */
export async function POST(req: Request) {
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(await readCappedText(req, 4096));
  } catch (e) {
    const message = e instanceof HttpError ? e.message : "The sign-in form could not be read.";
    return NextResponse.json({ error: message }, { status: e instanceof HttpError ? e.status : 400 });
  }
  const next = safeNext(form.get("next"));
  const password = process.env.APP_PASSWORD;
  // 303: the browser follows with a GET, so a reload never re-posts the password. A relative
  // Location: behind a custom server req.url may name another host than the browser used.
  const seeOther = (path: string) => new NextResponse(null, { status: 303, headers: { location: path } });
  if (!password) return seeOther(next);
  if (!(await passwordMatches(password, form.get("password") ?? ""))) {
    return seeOther(`/login?error=wrong&next=${encodeURIComponent(next)}`);
  }
  const res = seeOther(next);
  res.cookies.set(SESSION_COOKIE, await signSession(password), {
    httpOnly: true,
    sameSite: "strict",
    path: "/",
    maxAge: SESSION_DAYS * 86_400,
    secure: new URL(req.url).protocol === "https:",
  });
  return res;
}
