/**
 * Repository patterns (`owner/name` or `owner/*`), as sealed tokens and `W2G_ALLOW_REPOS` name
 * them, and the path-prefix rule of sealed tokens. GitHub names are case-insensitive, so matching is too.
 */
import { GITHUB_LIMITS } from '../contract.js';

// GitHub user/org names: alphanumerics and single hyphens, not at either end, at most 39.
export const OWNER_RE = /^(?!-)(?!.*--)[A-Za-z0-9-]{1,39}(?<!-)$/;
// Repository names: up to 100 of letters, digits, '.', '_', '-'; '.' and '..' are reserved.
export const REPO_RE = /^[A-Za-z0-9._-]{1,100}$/;

/** Whether `name` is a valid repository name (not `.` or `..`). */
export const isRepoName = (name: string): boolean => REPO_RE.test(name) && name !== '.' && name !== '..';

/** Whether `p` is `owner/name` or `owner/*`. */
export function isRepoPattern(p: string): boolean {
  const slash = p.indexOf('/');
  if (slash < 0) return false;
  const owner = p.slice(0, slash);
  const name = p.slice(slash + 1);
  return OWNER_RE.test(owner) && (name === '*' || isRepoName(name));
}

/** Whether the repository `owner/repo` is one the pattern names. */
export function repoMatches(pattern: string, owner: string, repo: string): boolean {
  const slash = pattern.indexOf('/');
  if (pattern.slice(0, slash).toLowerCase() !== owner.toLowerCase()) return false;
  const name = pattern.slice(slash + 1);
  return name === '*' || name.toLowerCase() === repo.toLowerCase();
}

/**
 * Parses a comma list of repository patterns (`W2G_ALLOW_REPOS`); undefined when one is not a
 * pattern (an empty list is an empty array).
 */
export function parseRepoPatterns(text: string): string[] | undefined {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.every(isRepoPattern) ? parts : undefined;
}

/** Whether an `event_type` fits GitHub's 1–100 characters. */
export function isValidEventType(t: string): boolean {
  const n = [...t].length;
  return n >= GITHUB_LIMITS.eventTypeMin && n <= GITHUB_LIMITS.eventTypeMax;
}

/** Percent-decodes a path segment; undefined for a malformed escape. */
function decodeSegment(s: string): string | undefined {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/**
 * Whether a request path (as received, percent-encoding kept) lies under `prefix`, segment by
 * segment after decoding (`/hooks` covers `/hooks` and `/hooks/a`, never `/hooksx`). A path with a
 * `.` or `..` segment, an encoded `/`, or a malformed escape is never under a prefix: the receiver
 * might read it as another path.
 */
export function pathUnder(prefix: string, path: string): boolean {
  const want = prefix.split('/').filter((s) => s !== '');
  const have = path.split('/').filter((s) => s !== '');
  if (have.length < want.length) return false;
  for (let i = 0; i < have.length; i++) {
    const seg = decodeSegment(have[i]!);
    if (seg === undefined || seg === '.' || seg === '..' || seg.includes('/')) return false;
    if (i < want.length && seg !== want[i]) return false;
  }
  return true;
}
