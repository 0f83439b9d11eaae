import { NextResponse } from "next/server";
import { MAX_BODY_BYTES } from "./body-limit";
import { serveLimitsByAddress } from "./client-key";
import { limiter, SAFE_METHODS, tooManyMessage } from "./rate-limit";
import { contentTypeReason, crossSiteReason } from "./same-origin";
import { SESSION_COOKIE, verifySession } from "./session-cookie";

/** Paths open without signing in: the login page and its form target. */
const PUBLIC = new Set(["/login", "/login/submit"]);

const isApi = (path: string) => path === "/api" || path.startsWith("/api/");

function refuse(path: string, status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  if (isApi(path)) return NextResponse.json({ error: message }, { status, headers });
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

function browserOrigin(req: Request, url: URL): string {
  const host = req.headers.get("host");
  try {
    return host ? new URL(`${url.protocol}//${host}`).origin : url.origin;
  } catch {
    return url.origin; // a Host header that is no host
  }
}

/**
 * Everything checked before a request reaches a page or route, in one place (proxy.ts calls
 * it): an address that is not UTF-8, signing in when APP_PASSWORD is set, cross-site and
 * non-JSON POSTs, oversized declared bodies, and the rate limit on POSTs. Returns
 * the refusal, or null to let the request through.
 */
export async function guardRequest(req: Request, env: Record<string, string | undefined> = process.env): Promise<NextResponse | null> {
  const url = new URL(req.url);
  const path = url.pathname;
  try {
    decodeURIComponent(path);
  } catch {
    return isApi(path)
      ? refuse(path, 400, "地址无效 The address contains percent-encoded bytes that are not UTF-8 (e.g. %ff); check the link or the id.")
      : refuse(path, 404, "404 · 地址无效 This address contains percent-encoded bytes that are not UTF-8 (e.g. %ff), so there is no such page. Check the link.");
  }

  const password = env.APP_PASSWORD;
  if (password && !PUBLIC.has(path) && !(await verifySession(password, readCookie(req.headers.get("cookie"), SESSION_COOKIE)))) {
    if (isApi(path)) return refuse(path, 401, "需要登录 Sign in first: open /login in the browser and enter the app password.");
    const login = path === "/" ? "/login" : `/login?next=${encodeURIComponent(`${path}${url.search}`)}`;
    // On the host the browser used: the URL Next hands the proxy names the one it listens on (e.g. 0.0.0.0).
    return NextResponse.redirect(new URL(login, browserOrigin(req, url)), 303);
  }

  if (SAFE_METHODS.has(req.method)) return null;
  const crossSite = crossSiteReason(req.headers);
  if (crossSite) return refuse(path, 403, crossSite);
  if (isApi(path)) {
    const type = contentTypeReason(req.headers);
    if (type) return refuse(path, 415, type);
  }
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return refuse(path, 413, `请求体过大 The request body is larger than ${MAX_BODY_BYTES / 1024} KiB; an answer is limited to 20,000 characters.`);
  }
  // Under scripts/serve.ts each client address was limited before this; else one shared bucket.
  const taken = serveLimitsByAddress(env) ? null : limiter(env)?.take("all-clients");
  if (taken && !taken.ok) return refuse(path, 429, tooManyMessage(taken.retryAfterSeconds), { "retry-after": String(taken.retryAfterSeconds) });
  return null;
}
