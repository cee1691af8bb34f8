/**
 * Abuse limits of the relay's route: request rate per client address and per hook (a sealed
 * token's id, else the repository), and the size of what a request may carry before any work is
 * done for it (URL, header count and bytes). Node also bounds time on the socket (node/server.ts);
 * request bodies share one memory budget (relay/byte-budget.ts).
 */
import { RelayError } from './errors.js';
import { createRateLimiter } from './rate-limit.js';

export interface LimitsConfig {
  /** `W2G_RATE_LIMIT_CLIENT`: requests per minute from one client address (0: no limit). */
  rateLimitClient: number;
  /** `W2G_RATE_LIMIT_HOOK`: requests per minute to one hook: a sealed URL's token id, else `owner/repo` (0: no limit). */
  rateLimitHook: number;
  /** `W2G_MAX_URL`: longest request target (path and query), bytes. */
  maxUrlBytes: number;
  /** `W2G_MAX_HEADER_BYTES`: header names and values together, bytes. */
  maxHeaderBytes: number;
  /** `W2G_MAX_HEADERS`: most distinct header names. */
  maxHeaders: number;
}

export const defaultLimitsConfig: LimitsConfig = {
  rateLimitClient: 6000,
  rateLimitHook: 1200,
  maxUrlBytes: 8192,
  maxHeaderBytes: 16 * 1024,
  maxHeaders: 100,
};

/** Whose budget a request is counted against. */
export type LimitScope = 'client' | 'hook';

/**
 * The rate limits, as a port: Node keeps buckets in memory; a Worker may use Cloudflare's Rate
 * Limiting binding (a limit across the isolates of a location). Returns 0 when the request may
 * go on, else the seconds to wait.
 */
export interface RequestLimiter {
  take(scope: LimitScope, key: string): number | Promise<number>;
}

/** Token buckets in memory: a burst of a minute's worth, refilled evenly (per process or isolate). */
export function memoryLimiter(limits: Pick<LimitsConfig, 'rateLimitClient' | 'rateLimitHook'>, now: () => number): RequestLimiter {
  const make = (perMinute: number) => (perMinute > 0 ? createRateLimiter({ capacity: perMinute, perMinute, now }) : undefined);
  const buckets = { client: make(limits.rateLimitClient), hook: make(limits.rateLimitHook) };
  return { take: (scope, key) => buckets[scope]?.take(key) ?? 0 };
}

/** Throws the 429 for a request over its limit. */
export async function enforceRate(limiter: RequestLimiter, scope: LimitScope, key: string, perMinute: number): Promise<void> {
  const wait = await limiter.take(scope, key);
  if (wait <= 0) return;
  const who = scope === 'client' ? 'from this address' : 'to this hook URL';
  throw new RelayError(
    429,
    'rate_limited',
    `Too many requests ${who}${perMinute > 0 ? ` (the relay allows ${perMinute} a minute)` : ''}; retry in ${wait} s. Nothing was dispatched.`,
    { scope },
    { 'retry-after': String(wait) },
  );
}

/** The request target (path and query) of a URL, as bytes on the wire (ASCII after percent-encoding). */
function targetLength(url: string): number {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  return url.length - (m ? m[0].length : 0);
}

/** Throws 414 or 431 when the request carries more than the limits allow. */
export function checkRequestSize(req: Request, limits: Pick<LimitsConfig, 'maxUrlBytes' | 'maxHeaderBytes' | 'maxHeaders'>): void {
  const target = targetLength(req.url);
  if (target > limits.maxUrlBytes) {
    throw new RelayError(
      414,
      'uri_too_long',
      `The URL's path and query are ${target} bytes; this relay takes at most ${limits.maxUrlBytes}. Send data in the body instead.`,
      { limit_bytes: limits.maxUrlBytes },
    );
  }
  let count = 0;
  let bytes = 0;
  req.headers.forEach((value, name) => {
    count++;
    bytes += name.length + value.length + 4;
  });
  if (count > limits.maxHeaders) {
    throw new RelayError(431, 'too_many_headers', `The request has ${count} different headers; this relay takes at most ${limits.maxHeaders}.`, {
      limit: limits.maxHeaders,
    });
  }
  if (bytes > limits.maxHeaderBytes) {
    throw new RelayError(431, 'headers_too_large', `The request's headers are ${bytes} bytes; this relay takes at most ${limits.maxHeaderBytes}.`, {
      limit_bytes: limits.maxHeaderBytes,
    });
  }
}
