/**
 * GitHub App credentials: installation tokens limited to one repository and `contents: write`,
 * minted when a dispatch needs one and reused until a few minutes before they expire.
 * - The App's JWT (RS256, by universal-github-app-jwt over Web Crypto) is reused for 9 minutes.
 * - Installation ids are cached per repository; tokens per installation and repository.
 * - One mint at a time per installation: concurrent requests wait for the mint under way.
 * - A token GitHub refuses is dropped (the client then mints a fresh one once).
 * Nothing here is stored: the outbox keeps only a marker (see appCredential), never a token.
 * https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation
 */
import githubAppJwt from 'universal-github-app-jwt';
import type { Clock, HttpClient, HttpResponse } from '../ports.js';
import { HttpFailure } from '../ports.js';
import { classifyResponse, type DispatchResult } from './classify.js';
import { toPkcs8Pem } from './app-key.js';
import { withDeadline } from './deadline.js';

/** The App's id and private key (PEM, PKCS#1 or PKCS#8). */
export interface GitHubAppCredentials {
  appId: string;
  privateKey: string;
}

/**
 * The `authorization` a delivery carries when the relay acts as the App: a marker, not a secret.
 * The newline makes it a value no client can send as a token (authorizationOf refuses control
 * characters), and it is never sent as a header: the client swaps it for an installation token.
 */
export const APP_CREDENTIAL_PREFIX = 'w2g-app\n';

/** The marker for a repository (per repository, so pacing and dedupe stay per repository). */
export const appCredential = (owner: string, repo: string): string => `${APP_CREDENTIAL_PREFIX}${owner.toLowerCase()}/${repo.toLowerCase()}`;

/** Whether an `authorization` is the App marker. */
export const isAppCredential = (authorization: string): boolean => authorization.startsWith(APP_CREDENTIAL_PREFIX);

/**
 * What a token may do: `contents` (repository_dispatch, git blobs) or `actions` (also
 * workflow_dispatch runs). Tokens stay as narrow as the call: an App without the Actions
 * permission still serves repository_dispatch.
 */
export type TokenScope = 'contents' | 'actions';

const SCOPE_PERMISSIONS: Record<TokenScope, Record<string, 'write'>> = {
  contents: { contents: 'write' },
  actions: { contents: 'write', actions: 'write' },
};

/** An installation token, or the dispatch result that says why there is none. */
export type InstallationToken = { ok: true; token: string } | { ok: false; result: DispatchResult };

/** The App, as the GitHub client uses it. */
export interface GitHubApp {
  /** A token for `owner/repo` (cached, or minted now) within the deadline (epoch ms). */
  installationToken(owner: string, repo: string, deadline: number, scope?: TokenScope): Promise<InstallationToken>;
  /** GitHub refused `token`: forget it, so the next call mints a fresh one. */
  drop(owner: string, repo: string, token: string, scope?: TokenScope): void;
  /** Counters (tests, bench): JWTs signed, installation lookups, tokens minted. */
  readonly counts: { jwts: number; lookups: number; mints: number };
}

/** What the App is made from. */
export interface GitHubAppOptions {
  credentials: GitHubAppCredentials;
  http: HttpClient;
  clock: Clock;
  apiUrl: string;
  userAgent: string;
}

/** The cache key of a token: installation, repository and scope. */
const tokenKey = (installation: number, repo: string, scope: TokenScope) => `${installation}/${repo.toLowerCase()}/${scope}`;

/** Tokens are reused until this long before GitHub's `expires_at`. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;
/** JWTs live 10 minutes (GitHub's maximum); reused for 9. */
const JWT_REUSE_MS = 9 * 60_000;
/** Most cached repositories / tokens (oldest forgotten first). */
const CACHE_LIMIT = 10_000;

const json = (status: number, code: string, message: string): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ success: false, message, code }),
});

const setBounded = <K, V>(m: Map<K, V>, k: K, v: V) => {
  m.delete(k);
  m.set(k, v);
  if (m.size > CACHE_LIMIT) m.delete(m.keys().next().value as K);
};

/** Creates the App; the key is converted (and checked) now, so a bad key fails at start. */
export function createGitHubApp(opts: GitHubAppOptions): GitHubApp {
  const { http, clock, userAgent } = opts;
  const apiUrl = opts.apiUrl.replace(/\/+$/, '');
  const privateKey = toPkcs8Pem(opts.credentials.privateKey);
  const appId = opts.credentials.appId;
  const counts = { jwts: 0, lookups: 0, mints: 0 };
  let jwt: { token: string; until: number } | undefined;
  let appPage: string | undefined;
  const installations = new Map<string, number>();
  const tokens = new Map<string, { token: string; until: number }>();
  const inflight = new Map<string, Promise<InstallationToken>>();
  const chains = new Map<number, Promise<unknown>>();

  async function appJwt(): Promise<string> {
    const now = clock.now();
    if (jwt && jwt.until > now) return jwt.token;
    const { token, expiration } = await githubAppJwt({ id: appId, privateKey, now: Math.floor(now / 1000) });
    counts.jwts += 1;
    jwt = { token, until: Math.min(now + JWT_REUSE_MS, expiration * 1000 - 60_000) };
    return token;
  }

  /** One call to GitHub as the App, bounded by the deadline. */
  async function call(method: string, path: string, deadline: number, body?: string): Promise<HttpResponse> {
    const timeoutMs = Math.max(1, deadline - clock.now());
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${await appJwt()}`,
      'user-agent': userAgent,
      'x-github-api-version': '2022-11-28',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    };
    // The adapter's own timeout, and one second of grace before the core gives up on the call itself.
    return withDeadline(http({ method, url: `${apiUrl}${path}`, headers, ...(body !== undefined ? { body } : {}), timeoutMs }), timeoutMs + 1000);
  }

  /** What an App call's failure means for the dispatch (never a token: none was made). */
  function failure(res: HttpResponse, owner: string, repo: string, step: 'lookup' | 'mint', scope: TokenScope = 'contents'): DispatchResult {
    const c = classifyResponse(res, clock.now());
    if (c.kind === 'retry') return { ...c, message: `GitHub App ${step === 'lookup' ? 'installation lookup' : 'token'}: ${c.message}` };
    if (res.status === 401) {
      jwt = undefined;
      return {
        kind: 'failed',
        response: json(
          502,
          'app_credentials_refused',
          "GitHub refused the relay's GitHub App credentials; the webhook was not delivered. The relay's operator must check W2G_GITHUB_APP_ID and the App's private key.",
        ),
      };
    }
    if (step === 'mint' && res.status === 422) {
      return {
        kind: 'failed',
        response: json(
          403,
          'app_permission_missing',
          `The GitHub App installed on ${owner}/${repo} may not ${scope === 'actions' ? 'start workflow runs there' : 'write to it'}. In the App's settings grant "Contents: Read and write"${scope === 'actions' ? ', "Actions: Read and write"' : ''} (and "Metadata: Read"), then accept the new permissions in the installation; or install it on this repository.`,
        ),
      };
    }
    return c;
  }

  async function notInstalled(owner: string, repo: string, deadline: number): Promise<DispatchResult> {
    if (appPage === undefined) {
      try {
        const res = await call('GET', '/app', deadline);
        const page = res.status === 200 ? (JSON.parse(res.body) as { html_url?: unknown }).html_url : undefined;
        if (typeof page === 'string' && /^https?:\/\//.test(page)) appPage = page;
      } catch {
        // Only the link is lost.
      }
    }
    const where = appPage ? `: ${appPage}/installations/new` : ' (from the App\'s public page, "Install App")';
    return {
      kind: 'failed',
      response: json(
        403,
        'app_not_installed',
        `The relay's GitHub App is not installed on ${owner}/${repo}. Install it on that repository${where}, then send the webhook again.`,
      ),
    };
  }

  /** The installation id of a repository, cached; a failure result when there is none. */
  async function installationOf(owner: string, repo: string, deadline: number): Promise<number | DispatchResult> {
    const key = `${owner}/${repo}`.toLowerCase();
    const known = installations.get(key);
    if (known !== undefined) return known;
    counts.lookups += 1;
    const res = await call('GET', `/repos/${owner}/${repo}/installation`, deadline);
    if (res.status === 404) return notInstalled(owner, repo, deadline);
    if (res.status !== 200) return failure(res, owner, repo, 'lookup');
    const id = (JSON.parse(res.body) as { id?: unknown }).id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id))
      return { kind: 'retry', reason: 'server', message: 'GitHub App installation lookup: no id in the answer' };
    setBounded(installations, key, id);
    return id;
  }

  /** Mints a token for one repository of an installation (after any mint under way for it). */
  async function mint(installation: number, owner: string, repo: string, deadline: number, scope: TokenScope, retried = false): Promise<InstallationToken> {
    counts.mints += 1;
    const res = await call(
      'POST',
      `/app/installations/${installation}/access_tokens`,
      deadline,
      JSON.stringify({ repositories: [repo], permissions: SCOPE_PERMISSIONS[scope] }),
    );
    if (res.status === 404 && !retried) {
      // Uninstalled (or reinstalled under a new id): look the installation up again, once.
      installations.delete(`${owner}/${repo}`.toLowerCase());
      const again = await installationOf(owner, repo, deadline);
      return typeof again === 'number' ? mint(again, owner, repo, deadline, scope, true) : { ok: false, result: again };
    }
    if (res.status !== 201 && res.status !== 200) return { ok: false, result: failure(res, owner, repo, 'mint', scope) };
    const answer = JSON.parse(res.body) as { token?: unknown; expires_at?: unknown };
    const expires = typeof answer.expires_at === 'string' ? Date.parse(answer.expires_at) : NaN;
    if (typeof answer.token !== 'string' || answer.token === '' || Number.isNaN(expires)) {
      return { ok: false, result: { kind: 'retry', reason: 'server', message: 'GitHub App token: the answer has no token or expires_at' } };
    }
    setBounded(tokens, tokenKey(installation, repo, scope), { token: answer.token, until: expires - TOKEN_REFRESH_MARGIN_MS });
    return { ok: true, token: answer.token };
  }

  async function fresh(owner: string, repo: string, deadline: number, scope: TokenScope): Promise<InstallationToken> {
    const installation = await installationOf(owner, repo, deadline);
    if (typeof installation !== 'number') return { ok: false, result: installation };
    const key = tokenKey(installation, repo, scope);
    const cached = tokens.get(key);
    if (cached && cached.until > clock.now()) return { ok: true, token: cached.token };
    // One mint at a time per installation; requests for the same token share it.
    const tail = chains.get(installation) ?? Promise.resolve();
    const run = tail.then(() => {
      const again = tokens.get(key);
      return again && again.until > clock.now() ? ({ ok: true, token: again.token } as const) : mint(installation, owner, repo, deadline, scope);
    });
    const settled = run.catch(() => undefined);
    chains.set(installation, settled);
    void settled.then(() => chains.get(installation) === settled && chains.delete(installation));
    return run;
  }

  return {
    counts,
    async installationToken(owner, repo, deadline, scope = 'contents') {
      const key = `${owner}/${repo}/${scope}`.toLowerCase();
      const installation = installations.get(`${owner}/${repo}`.toLowerCase());
      if (installation !== undefined) {
        const cached = tokens.get(tokenKey(installation, repo, scope));
        if (cached && cached.until > clock.now()) return { ok: true, token: cached.token };
      }
      const waiting = inflight.get(key);
      if (waiting) return waiting;
      const p = fresh(owner, repo, deadline, scope)
        .catch((err: unknown): InstallationToken => {
          if (err instanceof HttpFailure) {
            return { ok: false, result: { kind: 'retry', reason: err.kind, message: `GitHub App token: GitHub could not be reached (${err.message})` } };
          }
          return { ok: false, result: { kind: 'retry', reason: 'network', message: `GitHub App token: ${err instanceof Error ? err.message : String(err)}` } };
        })
        .finally(() => inflight.delete(key));
      inflight.set(key, p);
      return p;
    },
    drop(owner, repo, token, scope = 'contents') {
      const installation = installations.get(`${owner}/${repo}`.toLowerCase());
      if (installation === undefined) return;
      const key = tokenKey(installation, repo, scope);
      if (tokens.get(key)?.token === token) tokens.delete(key);
    },
  };
}
