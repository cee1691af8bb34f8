/**
 * Settings of the Worker relay with a delivery log (D1), credential lanes (Durable Objects) and a
 * queue: the Node relay's names and parsers for what both relays do (W2G_MODE,
 * W2G_DISPATCH_RATE, W2G_DEDUPE_WINDOW, W2G_RETENTION_DAYS …), plus two the Worker adds for
 * GitHub Enterprise Server, whose limits differ from github.com's (W2G_PACE_WINDOW_MS,
 * W2G_MAX_IN_FLIGHT).
 */
import { intIn, positiveDuration } from '../core/config.js';
import { binding, queueSettingsFromEnv, type QueueSettings } from './config.js';
import type { Env } from './env.js';

/** Everything the durable Worker needs beyond the relay's own config. */
export interface DurableSettings extends QueueSettings {
  /** `sync`: try GitHub before answering; `async`: answer 202 once the delivery is stored. */
  mode: 'sync' | 'async';
  /** Dispatches per credential per window; 0 turns pacing off. */
  dispatchRate: number;
  /** The pacing window (default one minute, GitHub's). */
  paceWindowMs: number;
  /** Dispatches in flight per credential. */
  maxInFlight: number;
  dedupeWindowMs: number;
  retentionDays: number;
}

/** Defaults, as on Node. */
export const DURABLE_DEFAULTS = {
  mode: 'sync',
  dispatchRate: 80,
  paceWindowMs: 60_000,
  maxInFlight: 4,
  dedupeWindowMs: 24 * 3_600_000,
  retentionDays: 7,
} as const;

/** Builds the durable settings; a wrong binding throws naming it (W2G_SECRET is required). */
export function durableSettingsFromEnv(env: Env): DurableSettings {
  return {
    ...queueSettingsFromEnv(env),
    mode: binding(env, 'W2G_MODE', (v) => (v === 'sync' || v === 'async' ? v : undefined), '`sync` or `async`', DURABLE_DEFAULTS.mode),
    dispatchRate: binding(env, 'W2G_DISPATCH_RATE', intIn(0, 1_000_000), 'dispatches per minute per token (0 = no pacing)', DURABLE_DEFAULTS.dispatchRate),
    paceWindowMs: binding(env, 'W2G_PACE_WINDOW_MS', intIn(100, 3_600_000), 'milliseconds, 100–3600000', DURABLE_DEFAULTS.paceWindowMs),
    maxInFlight: binding(env, 'W2G_MAX_IN_FLIGHT', intIn(1, 1000), 'a whole number 1–1000', DURABLE_DEFAULTS.maxInFlight),
    dedupeWindowMs: binding(env, 'W2G_DEDUPE_WINDOW', positiveDuration, 'a duration like 90s, 30m, 24h, 3d', DURABLE_DEFAULTS.dedupeWindowMs),
    retentionDays: binding(env, 'W2G_RETENTION_DAYS', intIn(1, 3650), 'whole days, 1–3650', DURABLE_DEFAULTS.retentionDays),
  };
}
