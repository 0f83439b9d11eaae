import { expect, test } from "@playwright/test";
import { request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { LoginPage } from "./pages/login-page";
import { startServe } from "./serve-process";

// Each test starts a server of its own (a few seconds, more on a loaded machine).
test.describe.configure({ timeout: 120_000 });

// Real servers started as `npm run serve` starts them (scripts/serve.ts on the build the
// Playwright web server made), with HOST, APP_PASSWORD and rate limits of their own.

const PASSWORD = "e2e-password-123";

/** True when a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host, port, timeout: 2000 });
    s.on("connect", () => (s.destroy(), resolve(true)));
    s.on("error", () => resolve(false));
    s.on("timeout", () => (s.destroy(), resolve(false)));
  });
}

const nonLoopback = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

test("refuses to listen beyond 127.0.0.1 without APP_PASSWORD, saying why", async () => {
  const served = await startServe({ HOST: "0.0.0.0" });
  expect(await served.exited).toBe(1);
  expect(served.output()).toMatch(/Refusing to listen on 0\.0\.0\.0 without APP_PASSWORD/);
  expect(await accepts("127.0.0.1", served.port)).toBe(false);
});

test("listens on 127.0.0.1 only when HOST is unset", async () => {
  expect(nonLoopback, "this test needs a non-loopback IPv4 address on the machine").toBeTruthy();
  const served = await startServe({});
  try {
    expect(served.output()).toContain(`http://127.0.0.1:${served.port}`);
    expect(await accepts("127.0.0.1", served.port)).toBe(true);
    expect(await accepts(nonLoopback!, served.port)).toBe(false);
  } finally {
    await served.stop();
  }
});

test.describe("with HOST and APP_PASSWORD", () => {
  let served: Awaited<ReturnType<typeof startServe>>;
  test.beforeAll(async () => {
    served = await startServe({ HOST: "0.0.0.0", APP_PASSWORD: PASSWORD });
  });
  test.afterAll(async () => served.stop());

  test("every page and API route needs the password; the cookie is HttpOnly and SameSite=Strict", async ({ page, request }) => {
    const base = `http://127.0.0.1:${served.port}`;
    expect(await accepts(nonLoopback ?? "127.0.0.1", served.port)).toBe(true); // HOST=0.0.0.0: every interface

    // Nothing is served without signing in: pages go to the login page, the API says 401.
    for (const path of ["/api/status", "/api/sessions/abc"]) {
      const res = await request.get(base + path);
      expect(res.status(), path).toBe(401);
      expect((await res.json()).error).toMatch(/Sign in first/);
    }
    const post = await request.post(`${base}/api/sessions`, { data: { bankId: "aigc-video-generation" } });
    expect(post.status()).toBe(401);
    const bankRes = await request.get(`${base}/bank`, { maxRedirects: 0 });
    expect(bankRes.status()).toBe(303);
    expect(bankRes.headers().location).toBe(`${base}/login?next=%2Fbank`);

    // A wrong password says so; the right one goes on to the page asked for.
    const login = new LoginPage(page);
    await page.goto(`${base}/bank`);
    await expect(page).toHaveURL(/\/login\?next=%2Fbank$/);
    await login.signIn("not the password");
    await expect(login.error).toContainText("Wrong password");
    await login.signIn(PASSWORD);
    await expect(page).toHaveURL(`${base}/bank`);
    await expect(page.getByTestId("chapter").first()).toBeVisible();

    const [cookie] = await page.context().cookies(base);
    expect(cookie).toMatchObject({ name: "mi_session", httpOnly: true, sameSite: "Strict", path: "/" });
    expect(await page.evaluate(() => document.cookie)).toBe(""); // no script can read it

    // Signed in, the app works as usual: start an interview from the home page.
    await page.goto(`${base}/`);
    await page.getByTestId("start-button").click();
    await page.waitForURL(/\/interview\/[0-9a-f-]+$/);
    await expect(page.getByTestId("answer-input")).toBeVisible();
    expect((await page.request.get(`${base}/api/status`)).status()).toBe(200);

    // A forged or stale cookie counts for nothing.
    const forged = await request.get(`${base}/api/status`, { headers: { cookie: `mi_session=${cookie!.value.replace(/.$/, (c) => (c === "A" ? "B" : "A"))}` } });
    expect(forged.status()).toBe(401);
  });
});

/** A sign-in POST from a chosen local source address (127.0.0.0/8 is all loopback on Linux). */
function postFrom(from: string, port: number, headers: Record<string, string> = {}): Promise<{ status: number; retryAfter?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const body = "password=wrong";
    const req = request(
      { host: "127.0.0.1", port, path: "/login/submit", method: "POST", localAddress: from, headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(body.length), ...headers } },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += String(d)));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"] as string | undefined, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("rate-limits POSTs per client address with 429 and Retry-After", async ({ request: api }) => {
  const served = await startServe({ HOST: "0.0.0.0", APP_PASSWORD: PASSWORD, RATE_LIMIT_BURST: "3", RATE_LIMIT_PER_MINUTE: "6" });
  try {
    // Sign-in attempts count too: guessing the password is rate limited.
    for (let i = 0; i < 3; i++) expect((await postFrom("127.0.0.1", served.port)).status).toBe(303);
    const limited = await postFrom("127.0.0.1", served.port);
    expect(limited.status).toBe(429);
    const retry = Number(limited.retryAfter);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(10);
    expect(limited.body).toMatch(/Too many requests: wait \d+ s/);
    // Another client address has a bucket of its own; a forged address header changes nothing.
    expect((await postFrom("127.0.0.2", served.port)).status).toBe(303);
    expect((await postFrom("127.0.0.1", served.port, { "x-forwarded-for": "10.9.8.7", "x-real-ip": "10.9.8.7" })).status).toBe(429);
    // GETs are never limited.
    expect((await api.get(`http://127.0.0.1:${served.port}/login`)).status()).toBe(200);
  } finally {
    await served.stop();
  }
});
