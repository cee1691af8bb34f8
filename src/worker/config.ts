/**
 * Config from bindings, built and validated once per binding set. A wrong or missing binding
 * throws an Error whose message names it; the entry turns that into a 503 for every request.
 */
import type { OperatorConfig } from '../core/operator.js';
import { defaultRelayConfig, httpUrl, intIn, nonEmpty, positiveDuration, type RelayConfig, type SettingParser } from '../core/config.js';
import {
  ALLOW_REPOS_EXPECT,
  GITHUB_APP_KEY_EXPECT,
  REVOKED_TOKENS_EXPECT,
  SEALING_KEYS_EXPECT,
  allowReposSetting,
  defaultSecurityConfig,
  githubAppIdSetting,
  githubAppOf,
  githubAppPrivateKeySetting,
  rawTokensSetting,
  revokedTokensSetting,
  sealingKeysSetting,
  type SecurityConfig,
} from '../core/security-config.js';
import type { Env } from './env.js';
import type { LimitsConfig } from '../core/limits.js';
import { limitsFromEnv } from './limits.js';

/** Durable delivery settings of a Worker with a queue (and of its queue consumer). */
export interface QueueSettings {
  /** Key material of the credential box. */
  secret: string;
  syncDeadlineMs: number;
  maxAgeMs: number;
  retryBaseMs: number;
  retryCapMs: number;
}

/** Defaults of the queue settings. The cap is above Node's 10 min: a Cloudflare queue retries a message at most 100 times, and 100 jittered waits of up to 30 min span about a day (W2G_MAX_AGE). */
export const QUEUE_DEFAULTS = { syncDeadlineMs: 2000, maxAgeMs: 24 * 3_600_000, retryBaseMs: 1000, retryCapMs: 1_800_000 } as const;

/**
 * Binding names that changed: the Worker now reads the same `W2G_*` names as the Node relay; the
 * old names still work for one release, with a warning.
 */
export const RENAMED_BINDINGS: Readonly<Record<string, string>> = {
  W2G_GITHUB_TIMEOUT_MS: 'GITHUB_TIMEOUT_MS',
  W2G_MAX_BODY: 'MAX_BODY_BYTES',
  W2G_SYNC_DEADLINE_MS: 'SYNC_DEADLINE_MS',
  W2G_MAX_AGE: 'MAX_AGE',
  W2G_RETRY_BASE_MS: 'RETRY_BASE_MS',
  W2G_RETRY_CAP_MS: 'RETRY_CAP_MS',
};

/** Old binding names in use, each with the name to use instead (for a start-up warning). */
export function deprecatedBindings(env: Env): string[] {
  const bindings = env as unknown as Record<string, unknown>;
  return Object.entries(RENAMED_BINDINGS)
    .filter(([, old]) => Object.hasOwn(bindings, old) && bindings[old] !== undefined && bindings[old] !== '')
    .map(([name, old]) => `the binding ${old} is now called ${name}; rename it (the old name stops working in the next release)`);
}

/** A string binding by its `W2G_*` name, or its old name; validated with the Node relay's parser. */
export function binding<T>(env: Env, name: string, parse: SettingParser<T>, expect: string, fallback: T, secret = false): T {
  const bindings = env as unknown as Record<string, unknown>;
  const old = RENAMED_BINDINGS[name];
  let used = name;
  let raw = bindings[name];
  if ((raw === undefined || raw === '') && old !== undefined) {
    used = old;
    raw = bindings[old];
  }
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'string' ? parse(raw) : undefined;
  if (value === undefined) {
    // A secret's value is never quoted: this message is logged and answered (503) to every request.
    if (secret)
      throw new Error(
        `Invalid secret ${used} (value not shown): expected ${expect}. Set it with \`npx wrangler secret put ${used}\` (or in .dev.vars for \`wrangler dev\`).`,
      );
    throw new Error(`Invalid binding ${used}=${JSON.stringify(raw)}: expected ${expect}. Set it in wrangler.toml [vars] (or .dev.vars for \`wrangler dev\`).`);
  }
  return value;
}

/**
 * The credential settings from bindings (sealing keys, revocations, raw-token policy, allow-list,
 * GitHub App, public URL, admin token): the Node relay's names and parsers.
 */
export function securityFromEnv(env: Env): SecurityConfig {
  const d = defaultSecurityConfig;
  const s: SecurityConfig = {
    sealingKeys: binding(env, 'W2G_SEALING_KEYS', sealingKeysSetting, SEALING_KEYS_EXPECT, d.sealingKeys, true),
    revokedTokens: binding(env, 'W2G_REVOKED_TOKENS', revokedTokensSetting, REVOKED_TOKENS_EXPECT, d.revokedTokens),
    rawTokens: binding(env, 'W2G_RAW_TOKENS', rawTokensSetting, '`allow` or `deny`', d.rawTokens),
    allowRepos: binding(env, 'W2G_ALLOW_REPOS', allowReposSetting, ALLOW_REPOS_EXPECT, d.allowRepos),
    githubAppId: binding(env, 'W2G_GITHUB_APP_ID', githubAppIdSetting, "the App's id (digits) or client id", d.githubAppId),
    githubAppPrivateKey: binding(env, 'W2G_GITHUB_APP_PRIVATE_KEY', githubAppPrivateKeySetting, GITHUB_APP_KEY_EXPECT, d.githubAppPrivateKey, true),
    publicUrl: binding(env, 'W2G_PUBLIC_URL', httpUrl, 'an http(s) URL', d.publicUrl),
    adminToken: binding(env, 'W2G_ADMIN_TOKEN', nonEmpty, 'a non-empty string', d.adminToken),
  };
  // Both halves of the App, or neither (the message names the missing binding).
  githubAppOf(s, { id: 'the binding W2G_GITHUB_APP_ID', key: 'the secret W2G_GITHUB_APP_PRIVATE_KEY' });
  return s;
}

/** Builds the relay config from bindings; a wrong binding fails loudly. */
export function configFromEnv(env: Env): RelayConfig & SecurityConfig & OperatorConfig & LimitsConfig {
  return {
    ...defaultRelayConfig,
    ...securityFromEnv(env),
    ...limitsFromEnv(env),
    metricsToken: binding<string | undefined>(env, 'W2G_METRICS_TOKEN', nonEmpty, 'a non-empty string', undefined, true),
    githubApiUrl: binding(env, 'GITHUB_API_URL', httpUrl, 'an http(s) URL', defaultRelayConfig.githubApiUrl),
    githubTimeoutMs: binding(env, 'W2G_GITHUB_TIMEOUT_MS', intIn(1, 600_000), 'milliseconds, 1–600000', defaultRelayConfig.githubTimeoutMs),
    maxBodyBytes: binding(env, 'W2G_MAX_BODY', intIn(1, 1024 ** 3), 'bytes, at least 1', defaultRelayConfig.maxBodyBytes),
    maxBufferedBytes: binding(env, 'W2G_MAX_BUFFERED', intIn(1, 16 * 1024 ** 3), 'bytes, at least 1', defaultRelayConfig.maxBufferedBytes),
  };
}

/** Builds the queue settings; W2G_SECRET is required (queued credentials are sealed with it). */
export function queueSettingsFromEnv(env: Env): QueueSettings {
  const secret = env.W2G_SECRET;
  if (typeof secret !== 'string' || secret === '') {
    throw new Error(
      'Missing secret binding W2G_SECRET: durable delivery (the DISPATCH_QUEUE binding and its queue consumer) seals the GitHub token of each queued webhook with it. Set it with `npx wrangler secret put W2G_SECRET` (for `wrangler dev`: a line W2G_SECRET=… in .dev.vars).',
    );
  }
  return {
    secret,
    syncDeadlineMs: binding(env, 'W2G_SYNC_DEADLINE_MS', intIn(1, 600_000), 'milliseconds, 1–600000', QUEUE_DEFAULTS.syncDeadlineMs),
    maxAgeMs: binding(env, 'W2G_MAX_AGE', positiveDuration, 'a duration such as 24h, 90m or 3600s', QUEUE_DEFAULTS.maxAgeMs),
    retryBaseMs: binding(env, 'W2G_RETRY_BASE_MS', intIn(1, 86_400_000), 'milliseconds, at least 1', QUEUE_DEFAULTS.retryBaseMs),
    retryCapMs: binding(env, 'W2G_RETRY_CAP_MS', intIn(1, 86_400_000), 'milliseconds, at least 1', QUEUE_DEFAULTS.retryCapMs),
  };
}
