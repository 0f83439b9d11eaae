/**
 * `npm run serve`: the production server. Listens on 127.0.0.1 unless HOST says otherwise;
 * listening anywhere else exposes everyone's interview history to the network, so it then
 * needs APP_PASSWORD (the app asks for it on /login). A custom server so that POSTs are
 * rate-limited per client socket address, which Next never hands its proxy.
 */
import { createServer } from "node:http";
import { SERVE_LIMITS_ENV } from "../lib/security/client-key";
import { securityHeaders } from "../lib/security/headers";
import { limiter, SAFE_METHODS, tooManyMessage } from "../lib/security/rate-limit";
import { serveSettings } from "../lib/security/serve-settings";

const settings = serveSettings(process.env);
if ("error" in settings) {
  console.error(settings.error);
  process.exit(1);
}
const { host, port } = settings;

// Tells the proxy (same process) that clients are limited here. Set before Next is loaded: it
// snapshots the environment when it first loads.
process.env[SERVE_LIMITS_ENV] = "1";
let limits: ReturnType<typeof limiter>;
try {
  limits = limiter();
} catch (e) {
  console.error(e instanceof Error ? e.message : e); // e.g. RATE_LIMIT_BURST=fast
  process.exit(1);
}
const headers = Object.fromEntries(securityHeaders(false).map((h) => [h.key, h.value]));

async function main(): Promise<void> {
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: host, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    const taken = SAFE_METHODS.has(req.method ?? "GET") ? null : limits?.take(req.socket.remoteAddress ?? "unknown");
    if (taken && !taken.ok) {
      const message = tooManyMessage(taken.retryAfterSeconds);
      const api = (req.url ?? "").startsWith("/api/");
      res.writeHead(429, { ...headers, "retry-after": String(taken.retryAfterSeconds), "content-type": api ? "application/json" : "text/plain; charset=utf-8" });
      res.end(api ? JSON.stringify({ error: message }) : message);
      req.resume(); // drain the body unread
      return;
    }
    void handle(req, res);
  });
  server.on("error", (e) => {
    console.error(`Cannot listen on ${host}:${port}: ${e.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const shown = host.includes(":") ? `[${host}]` : host;
    console.log(`Mock Interviewer on http://${shown}:${port}${process.env.APP_PASSWORD ? " (sign-in required)" : ""}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main().catch((e: unknown) => {
  console.error("The server could not start:", e instanceof Error ? e.message : e);
  process.exit(1);
});
