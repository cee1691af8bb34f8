/**
 * `POST /_/seal`: makes a sealed hook URL over HTTP, so users of a public relay need no shell.
 * On when the relay has sealing keys; rate-limited per client address.
 *
 * Body (JSON): `{"repo": "octo/bot", "path": "/hooks/stripe", "event_type": "stripe",
 * "expires": "90d", "check": true, "token": "<github token>"}` (the token may come in
 * `X-Github-Authorization` instead), or `"app": true` for a URL without a credential.
 * `"verify": {"provider": "stripe", "secret": "whsec_…"}` makes the relay check every request's
 * signature at the edge (the secret is sealed into the token, never kept elsewhere). An App URL
 * needs proof of write access, since the App may be installed on repositories that are not the
 * caller's: a GitHub token that can dispatch to the repository (checked with GitHub, never kept),
 * or the admin token (`Authorization: Bearer <W2G_ADMIN_TOKEN>`), which `owner/*` App URLs need.
 */
import { Hono, type Context } from 'hono';
import type { RelayConfig } from './config.js';
import { RelayError } from './errors.js';
import { appCredential } from './github/app-auth.js';
import { checkDispatch } from './github/check.js';
import type { GitHubClient } from './github/client.js';
import { claimsFor, claimsView, hookUrl, type SealRequest } from './hook-url.js';
import { errorHandler } from './http.js';
import type { Clock, HttpClient, Logger } from './ports.js';
import { createRateLimiter } from './rate-limit.js';
import { repoMatches } from './relay/repo-pattern.js';
import { authorizationOf } from './relay/token.js';
import { sealToken, type SealedClaims, type SealingKeyring } from './seal.js';
import type { SecurityConfig } from './security-config.js';

/** Seal requests per client address: a burst of this many, then this many per minute. */
export const SEAL_RATE = { capacity: 10, perMinute: 10 } as const;
/** Largest request body. */
const MAX_BODY = 16 * 1024;

export interface SealApiOptions {
  config: RelayConfig & SecurityConfig;
  keyring: Promise<SealingKeyring>;
  github: GitHubClient;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  clientKey?: (c: Context) => string;
}

/** Creates the sub-app; mount it with `app.route('/_/seal', createSealApi(...))`. */
export function createSealApi(opts: SealApiOptions): Hono {
  const { config, clock, github } = opts;
  const check = (owner: string, name: string, authorization: string) =>
    checkDispatch(
      { http: opts.http, clock, apiUrl: config.githubApiUrl, userAgent: config.userAgent, app: github.app },
      owner,
      name,
      authorization,
      config.githubTimeoutMs,
    );
  const limiter = createRateLimiter({ ...SEAL_RATE, now: () => clock.now() });
  const api = new Hono();
  api.onError(errorHandler(opts.logger, config.publicUrl));

  api.post('/', async (c) => {
    const wait = limiter.take(opts.clientKey?.(c) ?? 'all');
    if (wait > 0)
      throw new RelayError(429, 'rate_limited', `Too many seal requests from this address; try again in ${wait} s.`, undefined, {
        'retry-after': String(wait),
      });
    const body = await readJson(c.req.raw);
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const input: SealRequest = {
      repo: body['repo'] as string,
      path: body['path'] as string | undefined,
      eventType: body['event_type'] as string | undefined,
      workflow: body['workflow'] as string | undefined,
      ref: body['ref'] as string | undefined,
      expires: body['expires'] as string | undefined,
      app: body['app'] === true,
      token: str(body['token']) ?? c.req.header('x-github-authorization'),
      verify: verifyInput(body['verify']),
    };
    const made = await sealHookUrl(
      { ...input, check: body['check'] === true },
      { ...opts, check },
      { admin: isAdmin(c, config.adminToken), base: config.publicUrl ?? new URL(c.req.url).origin },
    );
    return c.json({ success: true, url: made.url, token: made.token, ...claimsView(made.claims) }, 201);
  });

  api.all('*', () => {
    throw new RelayError(405, 'method_not_allowed', 'Use POST /_/seal with a JSON body such as {"repo":"octo/bot","token":"<github token>","expires":"90d"}.');
  });
  return api;
}

/** Checks a hook URL's dispatch rights with GitHub (check.ts). */
export type DispatchChecker = (owner: string, name: string, authorization: string) => ReturnType<typeof checkDispatch>;

/**
 * Seals a hook URL: the one path `POST /_/seal` and the dashboard's URL builder share (claims,
 * allow-list, App proof, optional check with GitHub). `admin`: the caller proved the admin token.
 * Throws a RelayError (4xx) that says what to change.
 */
export async function sealHookUrl(
  input: SealRequest & { check?: boolean },
  ctx: Pick<SealApiOptions, 'config' | 'keyring' | 'github' | 'clock' | 'logger'> & { check: DispatchChecker },
  opts: { admin: boolean; base: string },
): Promise<{ url: string; token: string; claims: SealedClaims }> {
  const { config, clock, github, check } = ctx;
  const now = clock.now();
  const claims = claimsFor(input, now);
  const [owner, name] = claims.repo.split('/') as [string, string];
  if (config.allowRepos && !config.allowRepos.some((p) => (name === '*' ? p.toLowerCase() === claims.repo.toLowerCase() : repoMatches(p, owner, name)))) {
    throw new RelayError(403, 'repo_not_allowed', `This relay does not dispatch to ${claims.repo} (it is not in the relay's W2G_ALLOW_REPOS).`);
  }
  if (claims.credential.kind === 'app') {
    if (!github.app) throw new RelayError(400, 'app_not_configured', 'This relay has no GitHub App configured: seal a GitHub token instead (give "token").');
    if (!opts.admin) {
      if (name === '*')
        throw new RelayError(
          403,
          'proof_required',
          'An App URL for every repository of an owner needs the admin token (Authorization: Bearer <W2G_ADMIN_TOKEN>).',
        );
      if (input.token === undefined || input.token.trim() === '') {
        throw new RelayError(
          403,
          'proof_required',
          `An App URL needs proof that you may write to ${claims.repo}: give a GitHub token that can dispatch to it (as "token"; it is checked with GitHub and not kept), or the admin token.`,
        );
      }
      const proof = await check(owner, name, authorizationOf(input.token));
      if (!proof.ok) throw new RelayError(403, 'proof_refused', `The token given as proof cannot dispatch to ${claims.repo}: ${proof.message}.`);
    }
  }
  if (input.check === true) {
    if (name === '*') throw new RelayError(400, 'invalid_check', 'check needs one repository (owner/name), not owner/*.');
    const auth = claims.credential.kind === 'pat' ? authorizationOf(claims.credential.token) : appCredential(owner, name);
    const result = await check(owner, name, auth);
    if (!result.ok) throw new RelayError(400, 'check_failed', `GitHub says ${result.message}. Nothing was sealed.`);
  }
  const sealed = await sealToken(claims, await ctx.keyring);
  ctx.logger.info({ jti: claims.jti, repo: claims.repo, credential: claims.credential.kind }, 'sealed a hook URL');
  return { url: hookUrl(opts.base, claims, sealed), token: sealed, claims };
}

/** `"verify": {"provider": "stripe", "secret": "whsec_…", "verify_token": …, "topic_arn": …}` (or just the provider's name). */
function verifyInput(v: unknown): SealRequest['verify'] {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return { provider: v };
  if (typeof v !== 'object' || Array.isArray(v))
    throw new RelayError(400, 'invalid_verify', 'verify must be an object such as {"provider":"stripe","secret":"whsec_…"}.');
  const o = v as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  return { provider: str(o['provider']) ?? '', secret: str(o['secret']), verifyToken: str(o['verify_token']), topicArn: str(o['topic_arn']) };
}

function isAdmin(c: Context, adminToken: string | undefined): boolean {
  if (adminToken === undefined) return false;
  const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  return m !== null && m[1] !== undefined && safeEqual(m[1].trim(), adminToken);
}

function safeEqual(a: string, b: string): boolean {
  const ea = new TextEncoder().encode(a);
  const eb = new TextEncoder().encode(b);
  if (ea.length !== eb.length) return false;
  let diff = 0;
  for (let i = 0; i < ea.length; i++) diff |= ea[i]! ^ eb[i]!;
  return diff === 0;
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (text.length > MAX_BODY) throw new RelayError(413, 'body_too_large', `A seal request is at most ${MAX_BODY} bytes.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RelayError(400, 'invalid_json', 'Send a JSON object, e.g. {"repo":"octo/bot","token":"<github token>","expires":"90d"}.');
  }
  return value as Record<string, unknown>;
}
