/**
 * The Worker's abuse limits: its client address, and its request rate limits. The address is
 * `CF-Connecting-IP`, which Cloudflare's edge sets itself (a client cannot choose it there);
 * `W2G_TRUST_PROXY=false` ignores it (one shared budget). A rate limit with Cloudflare's Rate
 * Limiting binding bound (CLIENT_RATE_LIMIT, HOOK_RATE_LIMIT) holds across the isolates of a
 * location, with the limit and period set on the binding; without one, the W2G_RATE_LIMIT_* limit
 * applies per isolate (a brake, not an exact quota).
 * https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/
 * https://developers.cloudflare.com/fundamentals/reference/http-headers/#cf-connecting-ip
 */
import type { Context } from 'hono';
import { defaultLimitsConfig, memoryLimiter, type LimitsConfig, type RequestLimiter } from '../core/limits.js';
import { intIn } from '../core/config.js';
import { systemClock } from '../core/ports.js';
import { binding } from './config.js';
import type { Env } from './env.js';

/** Seconds a sender is asked to wait when a binding refuses (its period is 10 or 60 s; the longer one is safe). */
export const BINDING_RETRY_SECONDS = 60;

/** The limits from bindings, by the Node relay's names and parsers. */
export function limitsFromEnv(env: Env): LimitsConfig {
  const d = defaultLimitsConfig;
  return {
    rateLimitClient: binding(env, 'W2G_RATE_LIMIT_CLIENT', intIn(0, 1_000_000_000), 'requests per minute (0 = no limit)', d.rateLimitClient),
    rateLimitHook: binding(env, 'W2G_RATE_LIMIT_HOOK', intIn(0, 1_000_000_000), 'requests per minute (0 = no limit)', d.rateLimitHook),
    maxUrlBytes: binding(env, 'W2G_MAX_URL', intIn(256, 1024 * 1024), 'bytes, 256–1048576', d.maxUrlBytes),
    maxHeaderBytes: binding(env, 'W2G_MAX_HEADER_BYTES', intIn(1024, 1024 * 1024), 'bytes, 1024–1048576', d.maxHeaderBytes),
    maxHeaders: binding(env, 'W2G_MAX_HEADERS', intIn(8, 10_000), 'a count, 8–10000', d.maxHeaders),
  };
}

/** `W2G_TRUST_PROXY` on Workers: `cloudflare` (default: CF-Connecting-IP) or `false`. */
function trustsCloudflare(env: Env): boolean {
  return binding(
    env,
    'W2G_TRUST_PROXY',
    (v) => (v === 'cloudflare' ? true : v === 'false' || v === 'none' ? false : undefined),
    '`cloudflare` or `false`',
    true,
  );
}

/** The client address and the rate limiter of a binding set. */
export function edgePortsOf(env: Env, limits: LimitsConfig): { clientAddress: (c: Context) => string | undefined; limiter: RequestLimiter } {
  const trust = trustsCloudflare(env);
  const memory = memoryLimiter(limits, () => systemClock.now());
  const bindings = { client: env.CLIENT_RATE_LIMIT, hook: env.HOOK_RATE_LIMIT };
  return {
    clientAddress: (c) => (trust ? (c.req.header('cf-connecting-ip') ?? undefined) : undefined),
    limiter: {
      async take(scope, key) {
        const b = bindings[scope];
        if (b === undefined) return memory.take(scope, key);
        const { success } = await b.limit({ key });
        return success ? 0 : BINDING_RETRY_SECONDS;
      },
    },
  };
}
