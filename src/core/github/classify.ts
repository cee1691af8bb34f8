/**
 * Classifies GitHub's answer to a dispatch: delivered, retryable (with a wait hint), or permanent.
 * Rate limits: https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api
 */
import type { HttpResponse } from '../ports.js';

/** The outcome of one dispatch attempt, as a value (only bugs throw). */
export type DispatchResult =
  | { kind: 'delivered'; response: HttpResponse }
  | {
      kind: 'retry';
      /** `busy`: the relay had no memory free for the body's blob upload; no call was made. */
      reason: 'network' | 'timeout' | 'server' | 'rate-limited' | 'busy';
      /** GitHub's answer when there was one (5xx, 403/429). */
      response?: HttpResponse;
      /** Earliest sensible next attempt, from `retry-after` / `x-ratelimit-reset`, in ms from now. */
      retryAfterMs?: number;
      message: string;
    }
  | { kind: 'failed'; response: HttpResponse };

/** Without a hint, a rate-limited token waits at least this long (GitHub's advice: one minute). */
export const RATE_LIMIT_DEFAULT_WAIT_MS = 60_000;

/** True when a 403/429 is a (primary or secondary) rate limit rather than a permission error. */
export function isRateLimited(res: HttpResponse): boolean {
  if (res.status !== 403 && res.status !== 429) return false;
  if (res.headers['retry-after'] !== undefined) return true;
  if (res.headers['x-ratelimit-remaining'] === '0') return true;
  return /rate limit/i.test(res.body);
}

/** Milliseconds to wait as GitHub asks, or undefined when it did not say. */
export function retryAfterMs(res: HttpResponse, nowMs: number): number | undefined {
  const ra = res.headers['retry-after'];
  if (ra !== undefined) {
    const secs = Number(ra);
    if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
    const date = Date.parse(ra);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  if (res.headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(res.headers['x-ratelimit-reset']);
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - nowMs);
  }
  return undefined;
}

/** Turns GitHub's response into a DispatchResult. */
export function classifyResponse(res: HttpResponse, nowMs: number): DispatchResult {
  if (res.status >= 200 && res.status < 300) return { kind: 'delivered', response: res };
  if (isRateLimited(res)) {
    const wait = retryAfterMs(res, nowMs) ?? RATE_LIMIT_DEFAULT_WAIT_MS;
    return { kind: 'retry', reason: 'rate-limited', response: res, retryAfterMs: wait, message: `GitHub rate limit (HTTP ${res.status})` };
  }
  if (res.status >= 500 || res.status === 408) {
    const wait = retryAfterMs(res, nowMs);
    return {
      kind: 'retry',
      reason: 'server',
      response: res,
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
      message: `GitHub answered HTTP ${res.status}`,
    };
  }
  return { kind: 'failed', response: res };
}
