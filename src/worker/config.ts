/**
 * Config from bindings, built and validated once per binding set. A wrong or missing binding
 * throws an Error whose message names it; the entry turns that into a 503 for every request.
 */
import { defaultRelayConfig, parseDuration, type RelayConfig } from '../core/config.js';
import type { Env } from './env.js';

/** Durable delivery settings of a Worker with a queue (and of its queue consumer). */
export interface QueueSettings {
  /** Key material of the credential box. */
  secret: string;
  syncDeadlineMs: number;
  maxAgeMs: number;
  retryBaseMs: number;
  retryCapMs: number;
}

/** Defaults of the queue settings. The cap is above Node's 10 min: a Cloudflare queue retries a message at most 100 times, and 100 jittered waits of up to 30 min span about a day (MAX_AGE). */
export const QUEUE_DEFAULTS = { syncDeadlineMs: 2000, maxAgeMs: 24 * 3_600_000, retryBaseMs: 1000, retryCapMs: 1_800_000 } as const;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Invalid binding ${name}=${JSON.stringify(value)}: expected a positive whole number.`);
  return n;
}

/** Builds the relay config from bindings; a wrong binding fails loudly. */
export function configFromEnv(env: Env): RelayConfig {
  return {
    ...defaultRelayConfig,
    githubApiUrl: (env.GITHUB_API_URL || defaultRelayConfig.githubApiUrl).replace(/\/+$/, ''),
    githubTimeoutMs: positiveInt(env.GITHUB_TIMEOUT_MS, 'GITHUB_TIMEOUT_MS', defaultRelayConfig.githubTimeoutMs),
    maxBodyBytes: positiveInt(env.MAX_BODY_BYTES, 'MAX_BODY_BYTES', defaultRelayConfig.maxBodyBytes),
    maxBufferedBytes: positiveInt(env.W2G_MAX_BUFFERED, 'W2G_MAX_BUFFERED', defaultRelayConfig.maxBufferedBytes),
  };
}

/** Builds the queue settings; W2G_SECRET is required (queued credentials are sealed with it). */
export function queueSettingsFromEnv(env: Env): QueueSettings {
  const secret = env.W2G_SECRET;
  if (typeof secret !== 'string' || secret === '') {
    throw new Error(
      'Missing secret binding W2G_SECRET: durable delivery (the DISPATCH_QUEUE binding and its queue consumer) seals the GitHub token of each queued webhook with it. Set it with `npx wrangler secret put W2G_SECRET`.',
    );
  }
  let maxAgeMs: number = QUEUE_DEFAULTS.maxAgeMs;
  if (env.MAX_AGE !== undefined && env.MAX_AGE !== '') {
    const parsed = parseDuration(env.MAX_AGE);
    if (parsed === undefined || parsed <= 0) throw new Error(`Invalid binding MAX_AGE=${JSON.stringify(env.MAX_AGE)}: expected a duration such as 24h, 90m or 3600s.`);
    maxAgeMs = parsed;
  }
  return {
    secret,
    syncDeadlineMs: positiveInt(env.SYNC_DEADLINE_MS, 'SYNC_DEADLINE_MS', QUEUE_DEFAULTS.syncDeadlineMs),
    maxAgeMs,
    retryBaseMs: positiveInt(env.RETRY_BASE_MS, 'RETRY_BASE_MS', QUEUE_DEFAULTS.retryBaseMs),
    retryCapMs: positiveInt(env.RETRY_CAP_MS, 'RETRY_CAP_MS', QUEUE_DEFAULTS.retryCapMs),
  };
}
