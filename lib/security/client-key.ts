/**
 * Set by scripts/serve.ts, which rate-limits by socket address before Next sees a request.
 * Next passes the proxy no socket address, so under a plain `next start` the proxy limits all
 * clients as one (a header a client could forge, like X-Forwarded-For, is never trusted).
 */
export const SERVE_LIMITS_ENV = "MI_SERVE_RATE_LIMITS";

export function serveLimitsByAddress(env: Record<string, string | undefined> = process.env): boolean {
  return env[SERVE_LIMITS_ENV] === "1";
}
