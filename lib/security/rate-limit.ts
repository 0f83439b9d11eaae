/** A token bucket: `burst` requests at once, refilled at `perMinute`. */
export interface RateLimit {
  burst: number;
  perMinute: number;
}

/** Defaults: a person answering questions never comes near them; a script hammering the API does. */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 60, perMinute: 60 };

/** RATE_LIMIT_BURST and RATE_LIMIT_PER_MINUTE; 0 for either turns the limit off. */
export function rateLimitFromEnv(env: Record<string, string | undefined> = process.env): RateLimit | null {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0 (got "${raw}").`);
    return n;
  };
  const limit = { burst: read("RATE_LIMIT_BURST", DEFAULT_RATE_LIMIT.burst), perMinute: read("RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_LIMIT.perMinute) };
  return limit.burst === 0 || limit.perMinute === 0 ? null : limit;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets per client key, in memory: one server process, one set of limits. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 10_000,
  ) {}

  /** Takes one token for `key`; when there is none, says how many seconds until there is. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    const perMs = this.limit.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    b.tokens = Math.min(this.limit.burst, b.tokens + (now - b.at) * perMs);
    b.at = now;
    this.buckets.delete(key); // re-inserted last: the Map's order is then least recently used first
    this.buckets.set(key, b);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000)) };
  }
}

/** What a client past its limit is told. */
export function tooManyMessage(retryAfterSeconds: number): string {
  return `请求过于频繁 Too many requests: wait ${retryAfterSeconds} s, then try again (your text is still in the box).`;
}

/** Methods that change nothing, never limited. */
export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// One limiter per process, on globalThis so every copy of this module shares the buckets.
const holder = globalThis as unknown as { __miRateLimiter?: { key: string; limiter: RateLimiter | null } };

/** The process's limiter for the current RATE_LIMIT_* settings (null: off). */
export function limiter(env: Record<string, string | undefined> = process.env): RateLimiter | null {
  const key = `${env.RATE_LIMIT_BURST}/${env.RATE_LIMIT_PER_MINUTE}`;
  if (holder.__miRateLimiter?.key !== key) {
    const limit = rateLimitFromEnv(env);
    holder.__miRateLimiter = { key, limiter: limit ? new RateLimiter(limit) : null };
  }
  return holder.__miRateLimiter.limiter;
}
