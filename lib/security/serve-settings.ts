const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i;

/**
 * Where scripts/serve.ts listens, or why it must not start. HOST unset: 127.0.0.1, reachable
 * from this machine only. HOST set to anything but a loopback address: APP_PASSWORD is
 * required (8 characters or more), because the app then answers the whole network.
 */
export function serveSettings(env: Record<string, string | undefined>): { host: string; port: number } | { error: string } {
  const host = env.HOST?.trim() || "127.0.0.1";
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) return { error: `PORT must be a port number (got "${env.PORT}").` };
  const password = env.APP_PASSWORD ?? "";
  if (!LOOPBACK.test(host) && !password) {
    return {
      error:
        `Refusing to listen on ${host} without APP_PASSWORD: every interview on this server would be open to the network.\n` +
        `Set APP_PASSWORD (8+ characters) to require signing in, or leave HOST unset to listen on 127.0.0.1 only.`,
    };
  }
  if (password && password.length < 8) return { error: "APP_PASSWORD is shorter than 8 characters: choose a longer one." };
  return { host, port };
}
