/**
 * Node relay settings: CLI flags over environment over defaults, validated once at start.
 * A wrong value fails with a message naming the flag and the variable.
 */
import { defaultRelayConfig, parseDuration, type RelayConfig } from '../core/config.js';

export interface NodeConfig extends RelayConfig {
  port: number;
  host: string;
  /** SQLite database file of the outbox. */
  db: string;
  /** `sync`: try GitHub within the deadline before answering; `async`: answer 202 after the write. */
  mode: 'sync' | 'async';
  syncDeadlineMs: number;
  /** Dispatches per token per minute; 0 turns pacing off. */
  dispatchRate: number;
  maxAgeMs: number;
  dedupeWindowMs: number;
  retentionDays: number;
  /** Key material for encrypting stored credentials (else a key file beside the database). */
  secret: string | undefined;
  /** Bearer token of the admin API; the API answers 404 when unset. */
  adminToken: string | undefined;
  /** Log level for pino (`info` by default, `silent` to mute). */
  logLevel: string;
}

/** Raw option values as they come from the CLI parser (strings or undefined). */
export type RawOptions = Partial<Record<string, string | undefined>>;

/** One setting: its flag, its environment variable and how to parse it. */
interface Setting<K extends keyof NodeConfig> {
  key: K;
  flag: string;
  env: string;
  parse: (v: string) => NodeConfig[K] | undefined;
  expect: string;
}

const int = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};
const duration = (v: string) => {
  const ms = parseDuration(v);
  return ms !== undefined && ms > 0 ? ms : undefined;
};
const url = (v: string) => {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? v.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
};
const str = (v: string) => (v === '' ? undefined : v);

const SETTINGS = [
  { key: 'port', flag: '--port', env: 'PORT', parse: int(0, 65535), expect: 'a port number 0–65535' },
  { key: 'host', flag: '--host', env: 'HOST', parse: str, expect: 'a host name or address' },
  { key: 'githubApiUrl', flag: '--github-api-url', env: 'GITHUB_API_URL', parse: url, expect: 'an http(s) URL' },
  { key: 'githubTimeoutMs', flag: '--github-timeout', env: 'W2G_GITHUB_TIMEOUT_MS', parse: int(1, 600_000), expect: 'milliseconds, 1–600000' },
  { key: 'maxBodyBytes', flag: '--max-body', env: 'W2G_MAX_BODY', parse: int(1, 1024 ** 3), expect: 'bytes, at least 1' },
  { key: 'maxBufferedBytes', flag: '--max-buffered', env: 'W2G_MAX_BUFFERED', parse: int(1, 16 * 1024 ** 3), expect: 'bytes, at least 1' },
  { key: 'db', flag: '--db', env: 'W2G_DB', parse: str, expect: 'a file path' },
  { key: 'mode', flag: '--mode', env: 'W2G_MODE', parse: (v: string) => (v === 'sync' || v === 'async' ? v : undefined), expect: '`sync` or `async`' },
  { key: 'syncDeadlineMs', flag: '--sync-deadline', env: 'W2G_SYNC_DEADLINE_MS', parse: int(1, 600_000), expect: 'milliseconds, 1–600000' },
  { key: 'dispatchRate', flag: '--dispatch-rate', env: 'W2G_DISPATCH_RATE', parse: int(0, 1_000_000), expect: 'dispatches per minute per token (0 = no pacing)' },
  { key: 'maxAgeMs', flag: '--max-age', env: 'W2G_MAX_AGE', parse: duration, expect: 'a duration like 90s, 30m, 24h, 3d' },
  { key: 'dedupeWindowMs', flag: '--dedupe-window', env: 'W2G_DEDUPE_WINDOW', parse: duration, expect: 'a duration like 90s, 30m, 24h, 3d' },
  { key: 'retentionDays', flag: '--retention-days', env: 'W2G_RETENTION_DAYS', parse: int(1, 3650), expect: 'whole days, 1–3650' },
  { key: 'secret', flag: '--secret', env: 'W2G_SECRET', parse: str, expect: 'a non-empty string' },
  { key: 'adminToken', flag: '--admin-token', env: 'W2G_ADMIN_TOKEN', parse: str, expect: 'a non-empty string' },
  { key: 'logLevel', flag: '--log-level', env: 'W2G_LOG_LEVEL', parse: (v: string) => (/^(trace|debug|info|warn|error|fatal|silent)$/.test(v) ? v : undefined), expect: 'trace, debug, info, warn, error, fatal or silent' },
] as const satisfies readonly Setting<keyof NodeConfig>[];

export const defaultNodeConfig: NodeConfig = {
  ...defaultRelayConfig,
  port: 8787,
  host: '127.0.0.1',
  db: './webhook2github.db',
  mode: 'sync',
  syncDeadlineMs: 2000,
  dispatchRate: 80,
  maxAgeMs: 24 * 3_600_000,
  dedupeWindowMs: 24 * 3_600_000,
  retentionDays: 7,
  secret: undefined,
  adminToken: undefined,
  logLevel: 'info',
};

/** The commander flag spelling for each setting, e.g. `--github-api-url <value>`. */
export const SETTING_FLAGS = SETTINGS.map((s) => ({ flag: s.flag, env: s.env, expect: s.expect }));

/** Converts a flag like `--github-api-url` to commander's option key `githubApiUrl`. */
function optionKey(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Builds the config from CLI options and environment; throws an Error naming the bad setting. */
export function loadNodeConfig(options: RawOptions, env: NodeJS.ProcessEnv): NodeConfig {
  const config: NodeConfig = { ...defaultNodeConfig };
  for (const s of SETTINGS) {
    const fromFlag = options[optionKey(s.flag)];
    const raw = fromFlag ?? env[s.env];
    if (raw === undefined) continue;
    const value = s.parse(raw);
    if (value === undefined) {
      const where = fromFlag !== undefined ? s.flag : s.env;
      throw new Error(`Invalid ${where} ${JSON.stringify(raw)}: expected ${s.expect} (flag ${s.flag}, env ${s.env}).`);
    }
    (config as unknown as Record<string, unknown>)[s.key] = value;
  }
  return config;
}
