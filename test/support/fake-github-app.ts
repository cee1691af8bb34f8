/**
 * GitHub App endpoints for the fake GitHub, by GitHub's documented contract:
 * - `GET /app`, `GET /repos/{owner}/{repo}/installation` and
 *   `POST /app/installations/{id}/access_tokens` take the App's JWT (RS256), checked with the
 *   App's public key: `iss` is the App id, `iat` not in the future beyond a minute of clock skew,
 *   `exp` in the future and at most 10 minutes after `iat`; else 401.
 * - A repository without the App installed: 404. An unknown installation: 404. Repositories or
 *   permissions the installation does not have: 422.
 * - Tokens (`ghs_…`) carry `expires_at` (1 h unless told); a token used after it expired, or
 *   revoked, is answered 401 on dispatch; used on a repository it was not minted for, 404.
 * https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app
 * https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app
 */
import { createPublicKey, randomBytes, verify } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** How the fake App is set up. */
export interface FakeAppOptions {
  /** The App id (the JWT's `iss`). */
  appId: string;
  /** The App's public key (PEM), as GitHub keeps it. */
  publicKey: string;
  /** Installations: `owner/repo` (any case) → installation id. */
  installations: Record<string, number>;
  /** What each installation may do (default `contents: write`, `metadata: read`). */
  permissions?: Record<string, 'read' | 'write'>;
  /** Lifetime of minted tokens (default one hour, as GitHub's). */
  tokenTtlMs?: number;
  slug?: string;
}

/** A token minted by the fake App. */
export interface MintedToken {
  token: string;
  installation: number;
  repositories: string[];
  permissions: Record<string, string>;
  expiresAt: number;
  revoked: boolean;
  /** When the mint request arrived and when it was answered (epoch ms). */
  start: number;
  end: number;
}

/** The fake App's state and controls. */
export interface FakeApp {
  readonly options: FakeAppOptions;
  /** Tokens minted, in order. */
  readonly minted: MintedToken[];
  /** Installation lookups answered (any status). */
  lookups: number;
  /** JWTs refused, with GitHub's message. */
  readonly refusedJwts: string[];
  /** Delay (ms) before answering each mint (to see concurrent requests wait for one mint). */
  mintDelayMs: number;
  /** Revokes every token minted so far (GitHub: DELETE /installation/token, or uninstall). */
  revokeAll(): void;
  /** Makes every token minted so far expired. */
  expireAll(): void;
  install(repo: string, id: number): void;
  uninstall(repo: string): void;
  reset(): void;
}

const DOCS_JWT = 'https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app';
const DOCS_TOKEN = 'https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app';
const DOCS_INSTALLATION = 'https://docs.github.com/rest/apps/apps#get-a-repository-installation-for-the-authenticated-app';
const SKEW_S = 60;

/** What a route answered: status and JSON body (the fake adds GitHub's headers). */
export interface AppAnswer {
  status: number;
  body: unknown;
  /** Waits before answering. */
  delayMs?: number;
}

/** Creates the fake App. */
export function createFakeApp(options: FakeAppOptions): FakeApp & {
  handle(req: IncomingMessage, raw: Buffer): AppAnswer | undefined;
  tokenState(token: string, owner: string, repo: string): 'unknown' | 'ok' | 'expired' | 'revoked' | 'other_repo';
} {
  const initial = { ...options.installations };
  const installations = new Map(Object.entries(options.installations).map(([k, v]) => [k.toLowerCase(), v]));
  const publicKey = createPublicKey(options.publicKey);
  const granted = options.permissions ?? { contents: 'write', metadata: 'read' };
  const tokens = new Map<string, MintedToken>();
  const app = {
    options,
    minted: [] as MintedToken[],
    lookups: 0,
    refusedJwts: [] as string[],
    mintDelayMs: 0,
    revokeAll() {
      for (const t of tokens.values()) t.revoked = true;
    },
    expireAll() {
      for (const t of tokens.values()) t.expiresAt = Date.now() - 1000;
    },
    install(repo: string, id: number) {
      installations.set(repo.toLowerCase(), id);
    },
    uninstall(repo: string) {
      installations.delete(repo.toLowerCase());
    },
    reset() {
      installations.clear();
      for (const [k, v] of Object.entries(initial)) installations.set(k.toLowerCase(), v);
      tokens.clear();
      app.minted.length = 0;
      app.refusedJwts.length = 0;
      app.lookups = 0;
      app.mintDelayMs = 0;
    },

    /** The JWT's problem as GitHub words it, or undefined when it is good. */
    jwtProblem(authorization: string | undefined): string | undefined {
      const jwt = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (!jwt) return 'A JSON web token could not be decoded';
      const parts = jwt.split('.');
      if (parts.length !== 3) return 'A JSON web token could not be decoded';
      const [h, p, sig] = parts as [string, string, string];
      let header: Record<string, unknown>;
      let payload: Record<string, unknown>;
      try {
        header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
        payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
      } catch {
        return 'A JSON web token could not be decoded';
      }
      if (header['alg'] !== 'RS256') return 'A JSON web token could not be decoded';
      if (!verify('RSA-SHA256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(sig, 'base64url'))) {
        return 'A JSON web token could not be decoded';
      }
      const now = Math.floor(Date.now() / 1000);
      const { iat, exp, iss } = payload;
      if (typeof iat !== 'number' || !Number.isInteger(iat) || iat > now + SKEW_S)
        return "'Issued at' claim ('iat') must be an Integer representing a time in the past";
      if (typeof exp !== 'number' || !Number.isInteger(exp))
        return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
      if (exp <= now) return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
      if (exp - iat > 600 || exp > now + 600 + SKEW_S) return "'Expiration time' claim ('exp') is too far in the future";
      if (String(iss) !== options.appId) return 'Integration not found';
      return undefined;
    },

    handle(req: IncomingMessage, raw: Buffer): AppAnswer | undefined {
      const url = (req.url ?? '').split('?')[0] ?? '';
      const lookup = /^\/repos\/([^/]+)\/([^/]+)\/installation$/.exec(url);
      const mint = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(url);
      if (!(req.method === 'GET' && (url === '/app' || lookup)) && !(req.method === 'POST' && mint)) return undefined;
      const problem = app.jwtProblem(req.headers.authorization);
      if (problem) {
        app.refusedJwts.push(problem);
        return { status: 401, body: { message: problem, documentation_url: DOCS_JWT } };
      }
      if (url === '/app') {
        const slug = options.slug ?? 'webhook2github-test';
        return { status: 200, body: { id: Number(options.appId), slug, name: slug, html_url: `https://github.com/apps/${slug}` } };
      }
      if (lookup) {
        app.lookups += 1;
        const [owner, repo] = [decodeURIComponent(lookup[1]!), decodeURIComponent(lookup[2]!)];
        const id = installations.get(`${owner}/${repo}`.toLowerCase());
        if (id === undefined) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS_INSTALLATION } };
        return { status: 200, body: { id, app_id: Number(options.appId), account: { login: owner }, repository_selection: 'selected', permissions: granted } };
      }
      const start = Date.now();
      const installation = Number(mint![1]);
      const repos = [...installations.entries()].filter(([, v]) => v === installation).map(([k]) => k);
      if (repos.length === 0) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS_TOKEN } };
      let body: { repositories?: unknown; permissions?: unknown } = {};
      try {
        if (raw.length > 0) body = JSON.parse(raw.toString('utf8')) as typeof body;
      } catch {
        return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS_TOKEN } };
      }
      const names = Array.isArray(body.repositories) ? (body.repositories as unknown[]).map(String) : repos.map((r) => r.split('/')[1]!);
      if (!names.every((n) => repos.some((r) => r.split('/')[1] === n.toLowerCase()))) {
        return {
          status: 422,
          body: {
            message: 'There is at least one repository that does not exist or is not accessible to the parent installation.',
            documentation_url: DOCS_TOKEN,
          },
        };
      }
      const asked = (body.permissions ?? granted) as Record<string, string>;
      const rank = { read: 1, write: 2 } as Record<string, number>;
      for (const [name, level] of Object.entries(asked)) {
        if ((rank[granted[name] ?? ''] ?? 0) < (rank[level] ?? 3)) {
          return { status: 422, body: { message: 'The permissions requested are not granted to this installation.', documentation_url: DOCS_TOKEN } };
        }
      }
      const token = `ghs_${randomBytes(18).toString('base64url').replace(/[-_]/g, 'x')}`;
      const expiresAt = Date.now() + (options.tokenTtlMs ?? 3_600_000);
      const record: MintedToken = {
        token,
        installation,
        repositories: names.map((n) => n.toLowerCase()),
        permissions: asked,
        expiresAt,
        revoked: false,
        start,
        end: start + app.mintDelayMs,
      };
      tokens.set(token, record);
      app.minted.push(record);
      return {
        status: 201,
        delayMs: app.mintDelayMs,
        body: {
          token,
          expires_at: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          permissions: asked,
          repository_selection: 'selected',
          repositories: names.map((name) => ({ name })),
        },
      };
    },

    tokenState(token: string, _owner: string, repo: string) {
      const t = tokens.get(token);
      if (!t) return 'unknown' as const;
      if (t.revoked) return 'revoked' as const;
      if (t.expiresAt <= Date.now()) return 'expired' as const;
      if (!t.repositories.includes(repo.toLowerCase())) return 'other_repo' as const;
      return 'ok' as const;
    },
  };
  return app;
}
