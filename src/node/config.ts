/**
 * Node relay settings: CLI flags over environment over defaults, validated once at start.
 * A wrong value fails with a message naming the flag and the variable.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { parseTrustProxy, TRUST_PROXY_EXPECT } from './client-address.js';
import { defaultRelayConfig, httpUrl, intIn, nonEmpty, positiveDuration, type RelayConfig, type SettingParser } from '../core/config.js';
import {
  ALLOW_REPOS_EXPECT,
  GITHUB_APP_KEY_EXPECT,
  REVOKED_TOKENS_EXPECT,
  SEALING_KEYS_EXPECT,
  allowReposSetting,
  defaultSecurityConfig,
  githubAppIdSetting,
  githubAppPrivateKeySetting,
  rawTokensSetting,
  revokedTokensSetting,
  sealingKeysSetting,
  type SecurityConfig,
} from '../core/security-config.js';
import { defaultLimitsConfig, type LimitsConfig } from '../core/limits.js';

export interface NodeConfig extends RelayConfig, SecurityConfig, LimitsConfig {
  /** Time a client has to send the request line and headers, ms (slow clients cannot hold sockets). */
  headersTimeoutMs: number;
  /** Time a client has to send the whole request, body included, ms. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, ms. */
  keepAliveTimeoutMs: number;
  /** Most connections open at once; more are closed as they arrive. */
  maxConnections: number;
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
  /** Bearer token of `/metrics` (the admin token works too); metrics answer 404 when neither is set. */
  metricsToken: string | undefined;
  /** Log level for pino (`info` by default, `silent` to mute). */
  logLevel: string;
  /** `auto` (pretty in a terminal, JSON otherwise), `json` or `pretty`. */
  logFormat: 'auto' | 'json' | 'pretty';
  /** Reverse proxies whose X-Forwarded-For names the client (addresses, ranges, `loopback` …); empty: none. */
  trustProxy: readonly string[];
}

/** Raw option values as they come from the CLI parser (strings or undefined). */
export type RawOptions = Partial<Record<string, string | undefined>>;

/** One setting: its flag, its environment variable, how to parse it, and what it means. */
interface Setting<K extends keyof NodeConfig> {
  key: K;
  flag: string;
  env: string;
  parse: SettingParser<NodeConfig[K]>;
  /** What a valid value looks like (in error messages). */
  expect: string;
  /** What the setting does (in --help). */
  help: string;
  /** The default as shown in --help, when the raw value is not self-explanatory. */
  shown?: string;
  /** A secret: a wrong value is named, never quoted, in the error. */
  secret?: boolean;
}

/** A PEM key read from a file (the path is what the error quotes, never the key). */
const keyFile: SettingParser<string> = (path) => {
  try {
    return githubAppPrivateKeySetting(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};

const MB = 1024 * 1024;

/**
 * Every Node setting, once: `serve`, `deliveries` and the other commands register the flags they
 * take from here, so a setting has the same flag, variable, validation and help everywhere.
 */
export const SETTINGS = [
  { key: 'port', flag: '--port', env: 'PORT', parse: intIn(0, 65535), expect: 'a port number 0–65535', help: 'port to listen on (0: any free port)' },
  { key: 'host', flag: '--host', env: 'HOST', parse: nonEmpty, expect: 'a host name or address', help: 'address to listen on (0.0.0.0: every interface)' },
  {
    key: 'githubApiUrl',
    flag: '--github-api-url',
    env: 'GITHUB_API_URL',
    parse: httpUrl,
    expect: 'an http(s) URL',
    help: 'GitHub REST API base (GitHub Enterprise: https://HOST/api/v3)',
  },
  {
    key: 'githubTimeoutMs',
    flag: '--github-timeout',
    env: 'W2G_GITHUB_TIMEOUT_MS',
    parse: intIn(1, 600_000),
    expect: 'milliseconds, 1–600000',
    help: 'deadline of each call to GitHub, ms (connection wait included)',
  },
  {
    key: 'maxBodyBytes',
    flag: '--max-body',
    env: 'W2G_MAX_BODY',
    parse: intIn(1, 1024 ** 3),
    expect: 'bytes, at least 1',
    help: 'largest request body, bytes',
    shown: '26214400 (25 MB)',
  },
  {
    key: 'maxBufferedBytes',
    flag: '--max-buffered',
    env: 'W2G_MAX_BUFFERED',
    parse: intIn(1, 16 * 1024 ** 3),
    expect: 'bytes, at least 1',
    help: 'request-body bytes held in memory at once',
    shown: `${64 * MB} (64 MB)`,
  },
  { key: 'db', flag: '--db', env: 'W2G_DB', parse: nonEmpty, expect: 'a file path', help: 'SQLite outbox file' },
  {
    key: 'mode',
    flag: '--mode',
    env: 'W2G_MODE',
    parse: (v: string) => (v === 'sync' || v === 'async' ? v : undefined),
    expect: '`sync` or `async`',
    help: 'sync: try GitHub before answering; async: answer 202 after the write',
  },
  {
    key: 'syncDeadlineMs',
    flag: '--sync-deadline',
    env: 'W2G_SYNC_DEADLINE_MS',
    parse: intIn(1, 600_000),
    expect: 'milliseconds, 1–600000',
    help: 'how long the attempt before answering may take, ms',
  },
  {
    key: 'dispatchRate',
    flag: '--dispatch-rate',
    env: 'W2G_DISPATCH_RATE',
    parse: intIn(0, 1_000_000),
    expect: 'dispatches per minute per token (0 = no pacing)',
    help: 'dispatches per token per minute (0: no pacing)',
  },
  {
    key: 'maxAgeMs',
    flag: '--max-age',
    env: 'W2G_MAX_AGE',
    parse: positiveDuration,
    expect: 'a duration like 90s, 30m, 24h, 3d',
    help: 'give a delivery up after this age',
    shown: '24h',
  },
  {
    key: 'dedupeWindowMs',
    flag: '--dedupe-window',
    env: 'W2G_DEDUPE_WINDOW',
    parse: positiveDuration,
    expect: 'a duration like 90s, 30m, 24h, 3d',
    help: 'how long a provider delivery id suppresses repeats',
    shown: '24h',
  },
  {
    key: 'retentionDays',
    flag: '--retention-days',
    env: 'W2G_RETENTION_DAYS',
    parse: intIn(1, 3650),
    expect: 'whole days, 1–3650',
    help: 'days ended deliveries are kept',
  },
  {
    key: 'secret',
    flag: '--secret',
    env: 'W2G_SECRET',
    parse: nonEmpty,
    expect: 'a non-empty string',
    help: 'key material for stored tokens',
    shown: 'a key file beside the database',
  },
  {
    key: 'adminToken',
    flag: '--admin-token',
    env: 'W2G_ADMIN_TOKEN',
    parse: nonEmpty,
    expect: 'a non-empty string',
    help: 'enables the admin API (Bearer token)',
    shown: 'unset: no admin API',
  },
  {
    key: 'metricsToken',
    flag: '--metrics-token',
    env: 'W2G_METRICS_TOKEN',
    parse: nonEmpty,
    expect: 'a non-empty string',
    help: 'Bearer token of /metrics (the admin token works too)',
    shown: 'unset: the admin token only',
    secret: true,
  },
  {
    key: 'sealingKeys',
    flag: '--sealing-keys',
    env: 'W2G_SEALING_KEYS',
    parse: sealingKeysSetting,
    expect: SEALING_KEYS_EXPECT,
    help: 'keys of sealed hook URLs (w2g_…): the first seals, all open',
    shown: 'unset: no sealed URLs',
    secret: true,
  },
  {
    key: 'revokedTokens',
    flag: '--revoked-tokens',
    env: 'W2G_REVOKED_TOKENS',
    parse: revokedTokensSetting,
    expect: REVOKED_TOKENS_EXPECT,
    help: 'sealed token ids (jti) that no longer open (also: webhook2github revoke)',
    shown: 'none',
  },
  {
    key: 'rawTokens',
    flag: '--raw-tokens',
    env: 'W2G_RAW_TOKENS',
    parse: rawTokensSetting,
    expect: '`allow` or `deny`',
    help: 'accept plain GitHub tokens in hook URLs (deny: sealed URLs only)',
  },
  {
    key: 'allowRepos',
    flag: '--allow-repos',
    env: 'W2G_ALLOW_REPOS',
    parse: allowReposSetting,
    expect: ALLOW_REPOS_EXPECT,
    help: 'the only repositories dispatched to (owner/name or owner/*, comma list)',
    shown: 'every repository',
  },
  {
    key: 'githubAppId',
    flag: '--github-app-id',
    env: 'W2G_GITHUB_APP_ID',
    parse: githubAppIdSetting,
    expect: "the App's id (digits) or client id",
    help: 'GitHub App the relay acts as for App hook URLs',
    shown: 'unset: no App',
  },
  {
    key: 'githubAppPrivateKey',
    flag: '--github-app-private-key',
    env: 'W2G_GITHUB_APP_PRIVATE_KEY',
    parse: githubAppPrivateKeySetting,
    expect: GITHUB_APP_KEY_EXPECT,
    help: "the App's private key, PEM (prefer the variable or --github-app-key-file)",
    shown: 'unset',
    secret: true,
  },
  {
    key: 'githubAppPrivateKey',
    flag: '--github-app-key-file',
    env: 'W2G_GITHUB_APP_KEY_FILE',
    parse: keyFile,
    expect: `a readable file holding ${GITHUB_APP_KEY_EXPECT}`,
    help: "file with the App's private key (.pem as GitHub gives it)",
    shown: 'unset',
  },
  {
    key: 'publicUrl',
    flag: '--public-url',
    env: 'W2G_PUBLIC_URL',
    parse: httpUrl,
    expect: 'an http(s) URL',
    help: 'address providers reach the relay at (hook URLs made by seal)',
    shown: 'the address it listens on',
  },
  {
    key: 'logLevel',
    flag: '--log-level',
    env: 'W2G_LOG_LEVEL',
    parse: (v: string) => (/^(trace|debug|info|warn|error|fatal|silent)$/.test(v) ? v : undefined),
    expect: 'trace, debug, info, warn, error, fatal or silent',
    help: 'least important log lines written',
  },
  {
    key: 'trustProxy',
    flag: '--trust-proxy',
    env: 'W2G_TRUST_PROXY',
    parse: parseTrustProxy,
    expect: TRUST_PROXY_EXPECT,
    help: 'reverse proxies whose X-Forwarded-For names the client (logs, rate limits)',
    shown: 'false: the peer address',
  },
  {
    key: 'rateLimitClient',
    flag: '--rate-limit-client',
    env: 'W2G_RATE_LIMIT_CLIENT',
    parse: intIn(0, 1_000_000_000),
    expect: 'requests per minute (0 = no limit)',
    help: 'requests per minute from one client address, then 429 (0: no limit)',
  },
  {
    key: 'rateLimitHook',
    flag: '--rate-limit-hook',
    env: 'W2G_RATE_LIMIT_HOOK',
    parse: intIn(0, 1_000_000_000),
    expect: 'requests per minute (0 = no limit)',
    help: 'requests per minute to one hook URL (sealed token id, else repository), then 429 (0: no limit)',
  },
  {
    key: 'maxUrlBytes',
    flag: '--max-url',
    env: 'W2G_MAX_URL',
    parse: intIn(256, 1024 * 1024),
    expect: 'bytes, 256–1048576',
    help: 'longest path and query, bytes (414 beyond)',
  },
  {
    key: 'maxHeaderBytes',
    flag: '--max-header-bytes',
    env: 'W2G_MAX_HEADER_BYTES',
    parse: intIn(1024, 1024 * 1024),
    expect: 'bytes, 1024–1048576',
    help: 'header names and values together, bytes (431 beyond)',
    shown: '16384 (16 KB)',
  },
  {
    key: 'maxHeaders',
    flag: '--max-headers',
    env: 'W2G_MAX_HEADERS',
    parse: intIn(8, 10_000),
    expect: 'a count, 8–10000',
    help: 'most distinct headers in a request (431 beyond)',
  },
  {
    key: 'headersTimeoutMs',
    flag: '--headers-timeout',
    env: 'W2G_HEADERS_TIMEOUT_MS',
    parse: intIn(1000, 600_000),
    expect: 'milliseconds, 1000–600000',
    help: 'time a client has to send its request headers, ms (408 beyond)',
  },
  {
    key: 'requestTimeoutMs',
    flag: '--request-timeout',
    env: 'W2G_REQUEST_TIMEOUT_MS',
    parse: intIn(1000, 3_600_000),
    expect: 'milliseconds, 1000–3600000',
    help: 'time a client has to send the whole request, body included, ms (408 beyond)',
  },
  {
    key: 'keepAliveTimeoutMs',
    flag: '--keep-alive-timeout',
    env: 'W2G_KEEP_ALIVE_TIMEOUT_MS',
    parse: intIn(0, 600_000),
    expect: 'milliseconds, 0–600000',
    help: 'how long an idle keep-alive connection stays open, ms',
  },
  {
    key: 'maxConnections',
    flag: '--max-connections',
    env: 'W2G_MAX_CONNECTIONS',
    parse: intIn(1, 1_000_000),
    expect: 'a count, at least 1',
    help: 'most connections open at once (more are closed)',
  },
  {
    key: 'logFormat',
    flag: '--log-format',
    env: 'W2G_LOG_FORMAT',
    parse: (v: string) => (v === 'auto' || v === 'json' || v === 'pretty' ? v : undefined),
    expect: 'auto, json or pretty',
    help: 'auto: coloured lines in a terminal, JSON lines otherwise',
  },
] as const satisfies readonly Setting<keyof NodeConfig>[];

/** A setting's key. */
export type SettingKey = (typeof SETTINGS)[number]['key'];

export const defaultNodeConfig: NodeConfig = {
  ...defaultRelayConfig,
  ...defaultSecurityConfig,
  ...defaultLimitsConfig,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 4096,
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
  metricsToken: undefined,
  logLevel: 'info',
  logFormat: 'auto',
  trustProxy: [],
};

/** Every setting's flag, variable and expected value (for docs and tests). */
export const SETTING_FLAGS = SETTINGS.map((s) => ({ flag: s.flag, env: s.env, expect: s.expect }));

/** Converts a flag like `--github-api-url` to commander's option key `githubApiUrl`. */
function optionKey(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The default of a setting as --help shows it. */
function shownDefault(s: (typeof SETTINGS)[number]): string {
  if ('shown' in s) return s.shown;
  const v = defaultNodeConfig[s.key];
  return v === undefined ? 'unset' : String(v);
}

/**
 * Registers the named settings as options of `cmd` (`--flag <value>`, with the default and the
 * variable in the help). No commander defaults: the loader applies flag > env > default.
 */
export function addSettings(cmd: Command, keys: readonly SettingKey[] | 'all'): Command {
  for (const s of SETTINGS) {
    if (keys !== 'all' && !keys.includes(s.key)) continue;
    const value = s.key === 'port' ? '<port>' : s.key === 'db' ? '<file>' : s.key === 'githubApiUrl' ? '<url>' : '<value>';
    cmd.option(`${s.flag} ${value}`, `${s.help} (default: ${shownDefault(s)}; env ${s.env})`);
  }
  return cmd;
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
      const shown = 'secret' in s && s.secret ? '(value not shown)' : JSON.stringify(raw);
      throw new Error(`Invalid ${where} ${shown}: expected ${s.expect} (flag ${s.flag}, env ${s.env}).`);
    }
    (config as unknown as Record<string, unknown>)[s.key] = value;
  }
  // Node refuses a headers timeout longer than the request's (the request includes the headers).
  if (config.headersTimeoutMs > config.requestTimeoutMs) {
    throw new Error(
      `W2G_HEADERS_TIMEOUT_MS (${config.headersTimeoutMs}) must not exceed W2G_REQUEST_TIMEOUT_MS (${config.requestTimeoutMs}): the request includes its headers (flags --headers-timeout, --request-timeout).`,
    );
  }
  return config;
}
