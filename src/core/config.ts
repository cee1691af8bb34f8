/**
 * Relay configuration: one typed object, built and validated once at the edge (CLI flags + env on
 * Node, bindings on Workers). The core never reads the environment.
 */

export interface RelayConfig {
  /** Base URL of the GitHub REST API (no trailing slash needed). */
  githubApiUrl: string;
  /** Milliseconds to wait for GitHub before answering 504 (or queueing, when durable). */
  githubTimeoutMs: number;
  /** Largest request body accepted, in bytes; larger gets 413. */
  maxBodyBytes: number;
  /** `user-agent` sent to GitHub. */
  userAgent: string;
  /**
   * Request-body bytes held in memory at once across all requests; a body that does not fit waits
   * for others to finish, up to `bufferWaitMs`, then gets 503 with `Retry-After`.
   */
  maxBufferedBytes: number;
  /** How long a body may wait for room in `maxBufferedBytes`. */
  bufferWaitMs: number;
}

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

export const defaultRelayConfig: RelayConfig = {
  githubApiUrl: DEFAULT_GITHUB_API_URL,
  githubTimeoutMs: 10_000,
  maxBodyBytes: 25 * 1024 * 1024,
  userAgent: 'webhook2github',
  maxBufferedBytes: 64 * 1024 * 1024,
  bufferWaitMs: 10_000,
};

/** Parses a duration such as `90s`, `30m`, `24h`, `3d`, `500ms` or a bare number of seconds into ms. */
export function parseDuration(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Math.round(n * factor);
}

/**
 * A setting's parser: the value, or undefined when the text is not acceptable. Node (flags, env)
 * and Workers (bindings) parse every shared setting with these same functions.
 */
export type SettingParser<T> = (text: string) => T | undefined;

/** Whole numbers from `min` to `max`. */
export const intIn =
  (min: number, max: number): SettingParser<number> =>
  (v) => {
    const n = Number(v);
    return v.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };

/** A positive duration (`90s`, `30m`, `24h`, `3d`, `500ms`, bare seconds) in ms. */
export const positiveDuration: SettingParser<number> = (v) => {
  const ms = parseDuration(v);
  return ms !== undefined && ms > 0 ? ms : undefined;
};

/** An http(s) URL, without trailing slashes. */
export const httpUrl: SettingParser<string> = (v) => {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? v.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
};

/** Any non-empty text. */
export const nonEmpty: SettingParser<string> = (v) => (v === '' ? undefined : v);
