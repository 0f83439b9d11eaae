/** Header scripts/serve.ts sets from the socket's address, overwriting anything a client sent. */
export const CLIENT_ADDRESS_HEADER = "x-mi-client-address";

/**
 * Who a request comes from, for rate limiting. Only scripts/serve.ts knows the socket address
 * (Next passes none to the proxy) and it says so with MI_TRUST_CLIENT_HEADER; under a plain
 * `next start` every client shares one key: a header a client could forge is never trusted.
 */
export function clientKey(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  if (env.MI_TRUST_CLIENT_HEADER === "1") return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
  return "shared";
}
