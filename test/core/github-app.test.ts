/**
 * The relay as a GitHub App, against the fake GitHub over loopback HTTP: keys as GitHub issues
 * them (PKCS#1) and PKCS#8, the JWT checked with the App's public key, installation tokens for one
 * repository and `contents: write`, reused until a few minutes before they expire, one mint for
 * concurrent requests, a refused token dropped and replaced once, and clear failures.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appCredential, createGitHubApp, TOKEN_REFRESH_MARGIN_MS } from '../../src/core/github/app-auth.js';
import { toPkcs8Pem } from '../../src/core/github/app-key.js';
import { createGitHubClient } from '../../src/core/github/client.js';
import type { Clock } from '../../src/core/ports.js';
import { createNodeHttpClient } from '../../src/node/http-client.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PKCS1 = keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const PKCS8 = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const PUBLIC = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const APP_ID = '424242';
const body = JSON.stringify({ event_type: 'webhook', client_payload: { id: 'x' } });

let gh: FakeGitHub;
const client = createNodeHttpClient();
beforeAll(async () => {
  gh = await startFakeGitHub({ app: { appId: APP_ID, publicKey: PUBLIC, installations: { 'octo/bot': 7, 'octo/other': 7, 'acme/site': 9 } } });
});
afterAll(async () => {
  await gh.close();
  await client.close();
});
beforeEach(() => gh.reset());

const githubWith = (privateKey: string, clock: Clock = { now: () => Date.now() }, appId = APP_ID) =>
  createGitHubClient({ http: client.http, clock, apiUrl: gh.url, userAgent: 'test', app: { appId, privateKey } });
const dispatch = (g: ReturnType<typeof githubWith>, owner = 'octo', repo = 'bot') =>
  g.dispatch({ owner, repo, authorization: appCredential(owner, repo), bodyJson: body }, 5000);

describe('GitHub App keys', () => {
  it('wraps a PKCS#1 key into the same PKCS#8 key, and keeps PKCS#8 and escaped newlines', () => {
    expect(toPkcs8Pem(PKCS1)).toBe(PKCS8);
    expect(toPkcs8Pem(PKCS8)).toBe(PKCS8);
    expect(toPkcs8Pem(PKCS1.replace(/\n/g, '\\n'))).toBe(PKCS8);
    expect(() => toPkcs8Pem('not a key')).toThrow(/not a PEM private key/);
    const bad = () => toPkcs8Pem('-----BEGIN RSA PRIVATE KEY-----\n!!!!\n-----END RSA PRIVATE KEY-----');
    expect(bad).toThrow(/GitHub App private key/);
  });
});

describe.each([
  ['PKCS#1 (as GitHub issues it)', PKCS1],
  ['PKCS#8', PKCS8],
])('the relay as a GitHub App, key %s', (_name, key) => {
  it('dispatches with an installation token for that one repository and contents: write', async () => {
    const g = githubWith(key);
    const r = await dispatch(g);
    expect(r.kind).toBe('delivered');
    expect(gh.app!.minted).toHaveLength(1);
    expect(gh.app!.minted[0]).toMatchObject({ installation: 7, repositories: ['bot'], permissions: { contents: 'write' } });
    expect(gh.dispatches[0]!.authorization).toBe(`token ${gh.app!.minted[0]!.token}`);
    expect(gh.app!.refusedJwts).toEqual([]);
  });
});

describe('installation tokens', () => {
  it('reuses a token until a few minutes before it expires, then mints a fresh one', async () => {
    // Tokens that live the refresh margin plus 1.5 s: reused for 1.5 s, then replaced.
    const short = await startFakeGitHub({
      app: { appId: APP_ID, publicKey: PUBLIC, installations: { 'octo/bot': 7 }, tokenTtlMs: TOKEN_REFRESH_MARGIN_MS + 1500 },
    });
    try {
      const g = createGitHubClient({
        http: client.http,
        clock: { now: () => Date.now() },
        apiUrl: short.url,
        userAgent: 'test',
        app: { appId: APP_ID, privateKey: PKCS8 },
      });
      for (let i = 0; i < 5; i++) expect((await dispatch(g)).kind).toBe('delivered');
      expect(short.app!.minted).toHaveLength(1);
      expect(short.app!.lookups).toBe(1);
      const refreshAt = short.app!.minted[0]!.expiresAt - TOKEN_REFRESH_MARGIN_MS;
      await short.waitFor(() => Date.now() > refreshAt + 50, 5000);
      expect((await dispatch(g)).kind).toBe('delivered');
      expect(short.app!.minted).toHaveLength(2);
      // The installation id stays cached.
      expect(short.app!.lookups).toBe(1);
      expect(short.dispatches.map((d) => d.authorization)).toEqual([
        ...Array(5).fill(`token ${short.app!.minted[0]!.token}`),
        `token ${short.app!.minted[1]!.token}`,
      ]);
    } finally {
      await short.close();
    }
  });

  it('mints once for many concurrent requests (they wait for the mint under way)', async () => {
    const g = githubWith(PKCS8);
    gh.app!.mintDelayMs = 200;
    const results = await Promise.all(Array.from({ length: 20 }, () => dispatch(g)));
    expect(results.every((r) => r.kind === 'delivered')).toBe(true);
    expect(gh.app!.minted).toHaveLength(1);
    expect(gh.app!.lookups).toBe(1);
  });

  it('mints one token at a time per installation (two repositories, one installation)', async () => {
    const g = githubWith(PKCS8);
    gh.app!.mintDelayMs = 150;
    await Promise.all([dispatch(g, 'octo', 'bot'), dispatch(g, 'octo', 'other'), dispatch(g, 'acme', 'site')]);
    const same = gh.app!.minted.filter((m) => m.installation === 7).sort((a, b) => a.start - b.start);
    expect(same).toHaveLength(2);
    expect(same[1]!.start).toBeGreaterThanOrEqual(same[0]!.end);
  });

  it('drops a token GitHub refuses (revoked) and dispatches with a fresh one', async () => {
    const g = githubWith(PKCS8);
    expect((await dispatch(g)).kind).toBe('delivered');
    gh.app!.revokeAll();
    const r = await dispatch(g);
    expect(r.kind).toBe('delivered');
    expect(gh.app!.minted).toHaveLength(2);
    expect(gh.requests.filter((q) => q.url.endsWith('/dispatches')).map((q) => q.status)).toEqual([204, 401, 204]);
  });

  it('an expired token is refused by GitHub and replaced', async () => {
    const g = githubWith(PKCS8);
    expect((await dispatch(g)).kind).toBe('delivered');
    gh.app!.expireAll();
    expect((await dispatch(g)).kind).toBe('delivered');
    expect(gh.app!.minted).toHaveLength(2);
  });

  it('answers 403 app_not_installed with where to install it, and nothing is dispatched', async () => {
    const g = githubWith(PKCS8);
    const r = await dispatch(g, 'octo', 'nope');
    expect(r.kind).toBe('failed');
    if (r.kind !== 'failed') return;
    expect(r.response.status).toBe(403);
    const json = JSON.parse(r.response.body) as Record<string, string>;
    expect(json['code']).toBe('app_not_installed');
    expect(json['message']).toContain('octo/nope');
    expect(json['message']).toContain('https://github.com/apps/webhook2github-test/installations/new');
    expect(gh.dispatches).toHaveLength(0);
  });

  it('a wrong App id is refused by GitHub (401 on the JWT): a 502 that names the settings', async () => {
    const g = githubWith(PKCS8, undefined, '1');
    const r = await dispatch(g);
    expect(r.kind).toBe('failed');
    if (r.kind !== 'failed') return;
    expect(r.response.status).toBe(502);
    expect(r.response.body).toContain('W2G_GITHUB_APP_ID');
    expect(gh.app!.refusedJwts).toEqual(['Integration not found']);
  });

  it('a key that is not the App key is refused (JWT signature checked with the public key)', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const r = await dispatch(githubWith(other));
    expect(r.kind).toBe('failed');
    expect(gh.app!.refusedJwts).toEqual(['A JSON web token could not be decoded']);
  });

  it("a JWT from a clock far ahead is refused by the iat rule (the fake checks GitHub's)", async () => {
    const r = await dispatch(githubWith(PKCS8, { now: () => Date.now() + 10 * 60_000 }));
    expect(r.kind).toBe('failed');
    expect(gh.app!.refusedJwts[0]).toMatch(/iat/);
  });

  it('missing permissions are a 403 that says which to grant', async () => {
    await gh.close();
    gh = await startFakeGitHub({
      app: { appId: APP_ID, publicKey: PUBLIC, installations: { 'octo/bot': 7 }, permissions: { metadata: 'read', contents: 'read' } },
    });
    try {
      const r = await dispatch(githubWith(PKCS8));
      expect(r.kind === 'failed' && r.response.status).toBe(403);
      expect(r.kind === 'failed' && r.response.body).toMatch(/Contents: Read and write/);
    } finally {
      await gh.close();
      gh = await startFakeGitHub({ app: { appId: APP_ID, publicKey: PUBLIC, installations: { 'octo/bot': 7, 'octo/other': 7, 'acme/site': 9 } } });
    }
  });

  it('GitHub down while minting is a retry (the outbox keeps the marker, never a token)', async () => {
    const g = githubWith(PKCS8);
    gh.fail(1, 503);
    const r = await dispatch(g);
    expect(r.kind).toBe('retry');
    expect((await dispatch(g)).kind).toBe('delivered');
  });

  it('counts JWTs, lookups and mints (the JWT is reused between mints)', async () => {
    const app = createGitHubApp({
      credentials: { appId: APP_ID, privateKey: PKCS1 },
      http: client.http,
      clock: { now: () => Date.now() },
      apiUrl: gh.url,
      userAgent: 't',
    });
    const a = await app.installationToken('octo', 'bot', Date.now() + 5000);
    const b = await app.installationToken('octo', 'other', Date.now() + 5000);
    expect(a.ok && b.ok).toBe(true);
    expect(app.counts).toEqual({ jwts: 1, lookups: 2, mints: 2 });
  });
});

describe('installation tokens for workflow runs', () => {
  const runBody = JSON.stringify({ inputs: { payload: '{}' }, return_run_details: true });
  const run = (g: ReturnType<typeof githubWith>) =>
    g.dispatch(
      {
        owner: 'octo',
        repo: 'bot',
        authorization: appCredential('octo', 'bot'),
        bodyJson: runBody,
        target: { kind: 'workflow_dispatch', workflow: 'webhook.yml', ref: 'main' },
      },
      5000,
    );

  it('asks for actions: write only for a workflow_dispatch, and keeps the narrower token for repository_dispatch', async () => {
    const withActions = await startFakeGitHub({
      app: { appId: APP_ID, publicKey: PUBLIC, installations: { 'octo/bot': 7 }, permissions: { contents: 'write', actions: 'write', metadata: 'read' } },
    });
    try {
      const g = createGitHubClient({
        http: client.http,
        clock: { now: () => Date.now() },
        apiUrl: withActions.url,
        userAgent: 'test',
        app: { appId: APP_ID, privateKey: PKCS1 },
      });
      expect((await run(g)).kind).toBe('delivered');
      expect((await g.dispatch({ owner: 'octo', repo: 'bot', authorization: appCredential('octo', 'bot'), bodyJson: body }, 5000)).kind).toBe('delivered');
      expect(withActions.app!.minted.map((m) => m.permissions)).toEqual([{ contents: 'write', actions: 'write' }, { contents: 'write' }]);
      expect(withActions.repoApi.workflowDispatches[0]!.authorization).toBe(`token ${withActions.app!.minted[0]!.token}`);
    } finally {
      await withActions.close();
    }
  });

  it('an installation without the Actions permission: 403 app_permission_missing naming it, nothing started', async () => {
    const r = await run(githubWith(PKCS1));
    expect(r.kind).toBe('failed');
    const res = (r as { response: { status: number; body: string } }).response;
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ code: 'app_permission_missing', message: expect.stringMatching(/Actions: Read and write/) });
    expect(gh.repoApi.workflowDispatches).toHaveLength(0);
  });
});
