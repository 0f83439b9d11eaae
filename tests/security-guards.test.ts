import { describe, expect, it } from "vitest";
import { serveLimitsByAddress } from "@/lib/security/client-key";
import { contentSecurityPolicy } from "@/lib/security/headers";
import { RateLimiter, rateLimitFromEnv } from "@/lib/security/rate-limit";
import { contentTypeReason, crossSiteReason } from "@/lib/security/same-origin";
import { serveSettings } from "@/lib/security/serve-settings";
import { passwordMatches, signSession, verifySession } from "@/lib/security/session-cookie";
import { safeNext } from "@/app/login/safe-next";

const h = (init: Record<string, string>) => new Headers(init);

describe("cross-site and content-type checks", () => {
  it.each([
    ["same origin", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }, null],
    ["no browser headers (curl, CLI)", { host: "127.0.0.1:3000" }, null],
    ["typed-in navigation", { host: "a:1", "sec-fetch-site": "none" }, null],
    ["another site's Origin", { host: "127.0.0.1:3000", origin: "https://evil.example" }, /evil\.example/],
    ["another port", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:4000" }, /Refused/],
    ["Origin null (sandboxed frame)", { host: "127.0.0.1:3000", origin: "null" }, /Refused/],
    ["cross-site fetch metadata", { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" }, /cross-site/],
    ["same-site but another origin", { host: "a.example", origin: "http://a.example", "sec-fetch-site": "same-site" }, /same-site/],
  ])("%s", (_name, headers, expected) => {
    const reason = crossSiteReason(h(headers));
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });

  it("wants application/json on a POST with a body, and nothing on one without", () => {
    expect(contentTypeReason(h({ "content-type": "application/json; charset=utf-8" }))).toBeNull();
    expect(contentTypeReason(h({}))).toBeNull();
    expect(contentTypeReason(h({ "content-length": "0" }))).toBeNull();
    expect(contentTypeReason(h({ "content-length": "12" }))).toMatch(/Content-Type: application\/json/);
    expect(contentTypeReason(h({ "content-type": "text/plain" }))).toMatch(/text\/plain/);
    expect(contentTypeReason(h({ "content-type": "application/x-www-form-urlencoded" }))).toMatch(/x-www-form-urlencoded/);
  });
});

describe("rate limiter", () => {
  it("allows a burst, then refuses with the seconds until the next token, per client", () => {
    let now = 0;
    const rl = new RateLimiter({ burst: 3, perMinute: 6 }, () => now);
    expect([rl.take("a"), rl.take("a"), rl.take("a")].every((r) => r.ok)).toBe(true);
    expect(rl.take("a")).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(rl.take("b").ok).toBe(true); // another client has its own bucket
    now = 9_000;
    expect(rl.take("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
    now = 10_000;
    expect(rl.take("a").ok).toBe(true);
    now = 10 * 60_000; // refills to the burst, not beyond
    expect([rl.take("a"), rl.take("a"), rl.take("a"), rl.take("a")].map((r) => r.ok)).toEqual([true, true, true, false]);
  });

  it("forgets the least recently seen clients past its cap", () => {
    const rl = new RateLimiter({ burst: 1, perMinute: 1 }, () => 0, 2);
    rl.take("a");
    rl.take("b");
    rl.take("c"); // evicts a
    expect(rl.take("a").ok).toBe(true);
    expect(rl.take("c").ok).toBe(false);
  });

  it("reads its limits from the environment; 0 turns it off; nonsense is an error", () => {
    expect(rateLimitFromEnv({})).toEqual({ burst: 60, perMinute: 60 });
    expect(rateLimitFromEnv({ RATE_LIMIT_BURST: "5", RATE_LIMIT_PER_MINUTE: "2" })).toEqual({ burst: 5, perMinute: 2 });
    expect(rateLimitFromEnv({ RATE_LIMIT_BURST: "0" })).toBeNull();
    expect(() => rateLimitFromEnv({ RATE_LIMIT_PER_MINUTE: "fast" })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it("leaves per-address limits to scripts/serve.ts only when it says it applies them", () => {
    expect(serveLimitsByAddress({})).toBe(false);
    expect(serveLimitsByAddress({ MI_SERVE_RATE_LIMITS: "1" })).toBe(true);
  });
});

describe("session cookie and password", () => {
  it("verifies its own signature until it expires, and nothing else", async () => {
    const cookie = await signSession("correct horse", 1_000);
    expect(await verifySession("correct horse", cookie, 2_000)).toBe(true);
    expect(await verifySession("another password", cookie, 2_000)).toBe(false);
    expect(await verifySession("correct horse", cookie, 1_000 + 15 * 86_400_000)).toBe(false);
    const [exp, nonce, sig] = cookie.split(".");
    expect(await verifySession("correct horse", `${Number(exp) + 1}.${nonce}.${sig}`, 2_000)).toBe(false);
    expect(await verifySession("correct horse", `${exp}.${nonce}.${sig!.slice(0, -2)}AA`, 2_000)).toBe(false);
    expect(await verifySession("correct horse", undefined)).toBe(false);
    expect(await verifySession("correct horse", "garbage")).toBe(false);
  });

  it("compares passwords exactly", async () => {
    expect(await passwordMatches("s3cret-pass", "s3cret-pass")).toBe(true);
    expect(await passwordMatches("s3cret-pass", "s3cret-pas")).toBe(false);
    expect(await passwordMatches("s3cret-pass", "")).toBe(false);
  });

  it("goes on after sign-in to a path of this site only", () => {
    expect(safeNext("/interview/abc?x=1")).toBe("/interview/abc?x=1");
    for (const bad of ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)", undefined, ["/a"]]) expect(safeNext(bad)).toBe("/");
  });
});

describe("serve settings", () => {
  it("listens on 127.0.0.1 by default and refuses another HOST without APP_PASSWORD", () => {
    expect(serveSettings({})).toEqual({ host: "127.0.0.1", port: 3000 });
    expect(serveSettings({ HOST: "0.0.0.0" })).toEqual({ error: expect.stringMatching(/Refusing to listen on 0\.0\.0\.0 without APP_PASSWORD/) });
    expect(serveSettings({ HOST: "0.0.0.0", APP_PASSWORD: "short" })).toEqual({ error: expect.stringMatching(/shorter than 8/) });
    expect(serveSettings({ HOST: "0.0.0.0", APP_PASSWORD: "long enough", PORT: "4100" })).toEqual({ host: "0.0.0.0", port: 4100 });
    expect(serveSettings({ HOST: "::1" })).toEqual({ host: "::1", port: 3000 });
    expect(serveSettings({ PORT: "http" })).toEqual({ error: expect.stringMatching(/PORT/) });
  });
});

describe("content security policy", () => {
  it("allows nothing from other origins, no plugins, no framing; eval only in development", () => {
    const csp = contentSecurityPolicy(false);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|\*|https?:/);
    expect(contentSecurityPolicy(true)).toMatch(/'unsafe-eval'/);
  });
});
