/**
 * The Content-Security-Policy of every response. Next's App Router streams its page data in
 * inline <script> tags and KaTeX sets inline styles on every formula, so both need
 * 'unsafe-inline' (a nonce would need every page rendered per request, including the static
 * 404 page). What the policy still buys: no script, style, font or image from any other
 * origin, no plugins, no <base> hijack, forms post only here, and no framing.
 * Development adds what React's dev build and hot reload need (eval, websockets).
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every route, applied by next.config.ts. */
export function securityHeaders(dev: boolean): Array<{ key: string; value: string }> {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}
