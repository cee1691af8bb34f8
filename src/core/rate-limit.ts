/**
 * A token bucket per key (a client address): `capacity` requests at once, refilled at
 * `perMinute`. In memory, per process (Node) or per isolate (Workers): a brake on abuse of a
 * public endpoint, not an exact quota.
 */

export interface RateLimiter {
  /** Takes one token for `key`: 0 when allowed, else the seconds to wait. */
  take(key: string): number;
}

/** Most keys remembered; beyond it the oldest (by last use) are forgotten. */
const MAX_KEYS = 10_000;

/** Creates the limiter. */
export function createRateLimiter(opts: { capacity: number; perMinute: number; now: () => number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = opts.perMinute / 60_000;
  return {
    take(key) {
      const now = opts.now();
      const b = buckets.get(key) ?? { tokens: opts.capacity, at: now };
      b.tokens = Math.min(opts.capacity, b.tokens + (now - b.at) * perMs);
      b.at = now;
      // Re-insert: the Map's order is the order of last use.
      buckets.delete(key);
      buckets.set(key, b);
      if (buckets.size > MAX_KEYS) buckets.delete(buckets.keys().next().value as string);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
    },
  };
}
