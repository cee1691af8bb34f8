/**
 * When to try a failed dispatch again: exponential backoff with full jitter, GitHub's own wait
 * hints honoured, and a maximum age after which the delivery is dead.
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
import type { DispatchResult } from '../github/classify.js';

/** Settings of the retry policy. */
export interface RetryPolicyOptions {
  /** First backoff ceiling (default 1 s). */
  baseMs?: number;
  /** Largest backoff ceiling (default 10 min); GitHub's own hint may exceed it. */
  capMs?: number;
  /** Age (from acceptance) after which a delivery is given up (default 24 h). */
  maxAgeMs?: number;
  /** Random source in [0, 1) (injectable for tests). */
  random?: () => number;
}

/** The policy's verdict after a retryable failure. */
export type RetryDecision = { kind: 'retry'; at: number } | { kind: 'dead'; reason: string };

/** Decides the next attempt time of a delivery. */
export interface RetryPolicy {
  /**
   * @param attempts attempts made so far, including the one that just failed (≥ 1)
   * @param result the retryable result of that attempt
   * @param receivedAt when the delivery was accepted
   * @param now the current time
   */
  next(attempts: number, result: Extract<DispatchResult, { kind: 'retry' }>, receivedAt: number, now: number): RetryDecision;
  /** The backoff ceiling before jitter for the given attempt count. */
  ceiling(attempts: number): number;
}

/** Builds the retry policy. */
export function createRetryPolicy(opts: RetryPolicyOptions = {}): RetryPolicy {
  const base = opts.baseMs ?? 1000;
  const cap = opts.capMs ?? 600_000;
  const maxAge = opts.maxAgeMs ?? 24 * 3_600_000;
  const random = opts.random ?? Math.random;
  const ceiling = (attempts: number) => Math.min(cap, base * 2 ** Math.min(Math.max(attempts - 1, 0), 40));
  return {
    ceiling,
    next(attempts, result, receivedAt, now) {
      // Full jitter spreads a burst of failures over the whole window instead of retrying in lockstep.
      let delay = Math.floor(random() * ceiling(attempts));
      if (result.retryAfterMs !== undefined) delay = Math.max(delay, result.retryAfterMs);
      const at = now + delay;
      if (at > receivedAt + maxAge) {
        return { kind: 'dead', reason: `gave up after ${attempts} attempt(s): the next one would pass the maximum age (${result.message})` };
      }
      return { kind: 'retry', at };
    },
  };
}
