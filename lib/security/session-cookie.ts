/**
 * The login cookie: `<expires ms>.<random>.<HMAC-SHA256 signature>`, signed with a key derived
 * from APP_PASSWORD, so changing the password signs everyone out and nothing needs storing.
 * Web Crypto only: the same code runs in the proxy and in route handlers.
 */
export const SESSION_COOKIE = "mi_session";
export const SESSION_DAYS = 14;

const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString("base64url");
}

async function hmacKey(password: string): Promise<CryptoKey> {
  // Derived, not the password itself: the key material is tied to this use.
  const material = await crypto.subtle.digest("SHA-256", encoder.encode(`mock-interviewer session v1\n${password}`));
  return crypto.subtle.importKey("raw", material, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

export async function signSession(password: string, now: number = Date.now()): Promise<string> {
  const payload = `${now + SESSION_DAYS * 86_400_000}.${base64url(crypto.getRandomValues(new Uint8Array(16)))}`;
  const sig = await crypto.subtle.sign("HMAC", await hmacKey(password), encoder.encode(payload));
  return `${payload}.${base64url(sig)}`;
}

export async function verifySession(password: string, cookie: string | undefined, now: number = Date.now()): Promise<boolean> {
  if (!cookie || cookie.length > 200) return false;
  const parts = cookie.split(".");
  if (parts.length !== 3) return false;
  const [expires, nonce, sig] = parts as [string, string, string];
  if (!/^\d+$/.test(expires) || Number(expires) < now) return false;
  let sigBytes: Uint8Array<ArrayBuffer>;
  try {
    sigBytes = new Uint8Array(Buffer.from(sig, "base64url"));
  } catch {
    return false;
  }
  // verify() compares in constant time.
  return crypto.subtle.verify("HMAC", await hmacKey(password), sigBytes, encoder.encode(`${expires}.${nonce}`));
}

/** Compares a typed password with APP_PASSWORD by their digests, in constant time. */
export async function passwordMatches(expected: string, given: string): Promise<boolean> {
  const [a, b] = await Promise.all([expected, given].map((s) => crypto.subtle.digest("SHA-256", encoder.encode(s))));
  const x = new Uint8Array(a!);
  const y = new Uint8Array(b!);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}
