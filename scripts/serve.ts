/**
 * `npm run serve`: the production server. Listens on 127.0.0.1 unless HOST says otherwise;
 * listening anywhere else exposes everyone's interview history to the network, so it then
 * needs APP_PASSWORD (the app asks for it on /login). A custom server only so that the
 * client's socket address reaches the proxy's rate limit (Next passes none on).
 */
import { createServer } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "../lib/security/client-key";
import { serveSettings } from "../lib/security/serve-settings";

const settings = serveSettings(process.env);
if ("error" in settings) {
  console.error(settings.error);
  process.exit(1);
}
const { host, port } = settings;

// Read by lib/security/client-key.ts in this same process: the header below can be trusted.
// Set before Next is loaded: it snapshots the environment when it first loads.
process.env.MI_TRUST_CLIENT_HEADER = "1";

async function main(): Promise<void> {
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: host, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    // Overwrites whatever a client sent under this name.
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
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
