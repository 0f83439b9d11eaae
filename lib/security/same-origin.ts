/**
 * Why a state-changing request must be refused as cross-site, or null when it may go on.
 * A browser names the page that sent a request in `Origin` and, in every current browser,
 * says how it relates to the target in `Sec-Fetch-Site`. Either one pointing elsewhere is a
 * page on another site acting in the candidate's browser. A request with neither header is not
 * from a browser page (curl, scripts, the CLI tests) and cannot carry the candidate's cookies
 * on its own, so it stays allowed.
 */
export function crossSiteReason(headers: Headers): string | null {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") {
    return `跨站请求被拒绝 Refused a ${site} request: this API only accepts requests from its own pages.`;
  }
  const origin = headers.get("origin");
  if (origin === null) return null;
  const host = headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin === "null" ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!host || originHost !== host) {
    return `跨站请求被拒绝 Refused a request from ${origin.slice(0, 100)}: this API only accepts requests from its own pages (${host ?? "unknown host"}).`;
  }
  return null;
}

/**
 * Why a POST body must be refused for its type, or null. JSON only: an HTML form on another
 * site can send form-encoded or text/plain bodies without a CORS preflight, never
 * application/json. A POST with no body at all (e.g. finish) needs no type.
 */
export function contentTypeReason(headers: Headers): string | null {
  const type = headers.get("content-type");
  if (type === null) {
    const length = headers.get("content-length");
    const chunked = /chunked/i.test(headers.get("transfer-encoding") ?? "");
    return (length === null || length === "0") && !chunked ? null : "请使用 JSON Send the body as JSON with the header Content-Type: application/json.";
  }
  const mime = type.split(";")[0]!.trim().toLowerCase();
  return mime === "application/json" ? null : `请使用 JSON The body's Content-Type is ${mime.slice(0, 60) || "empty"}; send JSON with Content-Type: application/json.`;
}
