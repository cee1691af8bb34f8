/**
 * Splits a relay URL `/<owner>/<repo>/<path…>?<query>` and validates the names by GitHub's rules.
 * The path and query are kept as received (percent-encoding untouched).
 */
import { RelayError } from '../errors.js';

/** Where a request goes and what it asked for, before any decoding. */
export interface RelayTarget {
  owner: string;
  repo: string;
  /** `/<path…>` after the repository ('/' when none). */
  path: string;
  /** Raw query string without the leading '?', or undefined when the URL had none. */
  rawQuery: string | undefined;
}

// GitHub user/org names: alphanumerics and single hyphens, not at either end, at most 39.
const OWNER_RE = /^(?!-)(?!.*--)[A-Za-z0-9-]{1,39}(?<!-)$/;
// Repository names: up to 100 of letters, digits, '.', '_', '-'; '.' and '..' are reserved.
const REPO_RE = /^[A-Za-z0-9._-]{1,100}$/;

/** The path-and-query part of an absolute URL string, exactly as it stands. */
export function pathAndQuery(url: string): string {
  const schemeEnd = url.indexOf('//');
  const slash = url.indexOf('/', schemeEnd + 2);
  return slash === -1 ? '/' : url.slice(slash);
}

/** Parses the relay target; throws RelayError 400 with what to change. */
export function parseTarget(url: string): RelayTarget {
  let pq = pathAndQuery(url);
  const hash = pq.indexOf('#');
  if (hash !== -1) pq = pq.slice(0, hash);
  const q = pq.indexOf('?');
  const rawPath = q === -1 ? pq : pq.slice(0, q);
  const rawQuery = q === -1 ? undefined : pq.slice(q + 1);
  const parts = rawPath.split('/');
  // parts[0] is '' (leading slash)
  const owner = parts[1] ?? '';
  const repo = parts[2] ?? '';
  if (!OWNER_RE.test(owner)) {
    throw new RelayError(
      400,
      'invalid_owner',
      `"${truncate(owner)}" is not a valid GitHub owner: use 1–39 letters, digits or single hyphens, not starting or ending with a hyphen. The URL format is /<owner>/<repo>/<path>.`,
    );
  }
  if (!REPO_RE.test(repo) || repo === '.' || repo === '..') {
    throw new RelayError(
      400,
      'invalid_repo',
      `"${truncate(repo)}" is not a valid GitHub repository name: use 1–100 letters, digits, '.', '_' or '-' (not '.' or '..'). The URL format is /<owner>/<repo>/<path>.`,
    );
  }
  const rest = parts.slice(3).join('/');
  return { owner, repo, path: `/${rest}`, rawQuery };
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
