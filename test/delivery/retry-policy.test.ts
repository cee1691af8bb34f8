import { describe, expect, it } from 'vitest';
import { createRetryPolicy } from '../../src/core/delivery/retry-policy.js';

const server = { kind: 'retry', reason: 'server', message: 'GitHub answered HTTP 502' } as const;

describe('retry policy', () => {
  it('backs off exponentially from 1 s up to the 10 min cap', () => {
    const p = createRetryPolicy();
    expect([1, 2, 3, 4, 10, 11, 30].map((a) => p.ceiling(a))).toEqual([1000, 2000, 4000, 8000, 512_000, 600_000, 600_000]);
  });

  it('uses full jitter: anywhere between 0 and the ceiling', () => {
    const at = (r: number) => createRetryPolicy({ random: () => r }).next(3, server, 0, 1000);
    expect(at(0)).toEqual({ kind: 'retry', at: 1000 });
    expect(at(0.5)).toEqual({ kind: 'retry', at: 3000 });
    expect(at(0.999_999)).toEqual({ kind: 'retry', at: 4999 });
    const spread = new Set(Array.from({ length: 50 }, () => (createRetryPolicy().next(5, server, 0, 0) as { at: number }).at));
    expect(spread.size).toBeGreaterThan(10);
  });

  it("honours GitHub's wait hint, even beyond the cap", () => {
    const p = createRetryPolicy({ random: () => 0.5 });
    expect(p.next(1, { ...server, retryAfterMs: 30_000 }, 0, 10)).toEqual({ kind: 'retry', at: 30_010 });
    expect(p.next(1, { kind: 'retry', reason: 'rate-limited', message: 'rl', retryAfterMs: 3_600_000 }, 0, 0)).toEqual({ kind: 'retry', at: 3_600_000 });
    // A larger jittered backoff wins over a short hint.
    expect(p.next(20, { ...server, retryAfterMs: 1000 }, 0, 0)).toEqual({ kind: 'retry', at: 300_000 });
  });

  it('gives up when the next attempt would pass the maximum age', () => {
    const p = createRetryPolicy({ maxAgeMs: 60_000, random: () => 0.999 });
    expect(p.next(1, server, 0, 58_000).kind).toBe('retry');
    const d = p.next(7, server, 0, 58_000);
    expect(d.kind).toBe('dead');
    expect(p.next(1, { ...server, retryAfterMs: 10_000 }, 0, 55_000).kind).toBe('dead');
  });
});
