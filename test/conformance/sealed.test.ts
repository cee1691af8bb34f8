/**
 * Conformance: sealed hook URLs and the GitHub App, on every runtime. A sealed token opens
 * wherever a raw token may appear; its claims hold whatever the query says; every failure is a
 * 4xx JSON that says what to do (never which key, never a 500, whatever the bytes); an App URL
 * carries no credential and dispatches with an installation token; operators can deny raw tokens
 * and allow-list repositories. Tokens are sealed here, at test time, with the relay's own keys.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importSealingKeys, sealToken, type SealedClaims, type SealingKeyring } from '../../src/core/seal.js';
import { newJti } from '../../src/core/seal-claims.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import type { RelayHandle } from '../support/relay-process.js';
import { RUNTIME_ROWS, SUITE_MAX_BODY, envelopeOf, expectRelayError, send } from './harness.js';

const OLD_KEY = randomBytes(32);
const NEW_KEY = randomBytes(32);
const PAT = `ghp_${randomBytes(18).toString('hex')}`;
const REVOKED = newJti();
const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
const APP_KEY_PKCS1 = app.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const APP_PUBLIC = app.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const APP_ID = '31337';

/** The relay's settings, by their W2G_* names (the same on Node and Workers). */
const W2G = {
  // Rotated: the new key seals, the old one still opens.
  W2G_SEALING_KEYS: `${NEW_KEY.toString('base64url')},${OLD_KEY.toString('base64')}`,
  W2G_REVOKED_TOKENS: REVOKED,
  W2G_ALLOW_REPOS: 'octo/*,acme/site',
  W2G_GITHUB_APP_ID: APP_ID,
  W2G_GITHUB_APP_PRIVATE_KEY: APP_KEY_PKCS1,
};

const now = () => Math.floor(Date.now() / 1000);
const claims = (over: Partial<SealedClaims> = {}): SealedClaims => ({
  jti: newJti(),
  iat: now(),
  repo: 'octo/bot',
  credential: { kind: 'pat', token: PAT },
  ...over,
});

describe.each(RUNTIME_ROWS)('sealed hook URLs on %s', (_name, runtime) => {
  let gh: FakeGitHub;
  let relay: RelayHandle;
  let ring: SealingKeyring;
  let oldRing: SealingKeyring;
  beforeAll(async () => {
    gh = await startFakeGitHub({ app: { appId: APP_ID, publicKey: APP_PUBLIC, installations: { 'octo/bot': 11, 'octo/app-only': 11 } } });
    relay = await runtime.start({ githubApiUrl: gh.url, maxBodyBytes: SUITE_MAX_BODY, w2g: W2G });
    ring = await importSealingKeys([NEW_KEY]);
    oldRing = await importSealingKeys([OLD_KEY]);
  });
  afterAll(async () => {
    await relay?.stop();
    await gh?.close();
  });
  beforeEach(() => gh.reset());
  const post = (path: string, init: Parameters<typeof send>[2] = {}) => send(relay.url, path, { method: 'POST', body: '{"hello":"sealed"}', ...init });
  const sealed = (over: Partial<SealedClaims> = {}, keys = ring) => sealToken(claims(over), keys);
  /**
   * The requests GitHub got that the test at hand may have caused: every one but a dispatch of
   * another test's webhook (`marker` is in the body only this test sends). On lanes an earlier
   * test's delivery whose answer came after the sync deadline is sent again later (at least
   * once), and may arrive meanwhile; anything else, a dispatch of ours included, still counts.
   */
  const causedHere = (marker: string) => gh.requests.filter((r) => !(r.url.split('?')[0]!.endsWith('/dispatches') && !r.rawBody.includes(marker)));

  it('dispatches with the PAT inside, and the token is nowhere in the event', async () => {
    const token = await sealed();
    const res = await post(`/octo/bot/hooks/x?a=1&__token=${token}`, { timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(200);
    await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
    const d = gh.dispatches[0]!;
    expect(d.authorization).toBe(`token ${PAT}`);
    expect(envelopeOf(d).path).toBe('/hooks/x?a=1');
    expect(d.rawBody).not.toContain(token);
    expect(d.rawBody).not.toContain(PAT);
    expect(relay.lines.join('\n')).not.toContain(token);
    expect(relay.lines.join('\n')).not.toContain(PAT);
  });

  it('a URL sealed for a workflow starts runs of it (on its ref) whatever the query says, and answers with the run link', async () => {
    const token = await sealed({ target: { workflow: 'webhook.yml', ref: 'release' } });
    // No __workflow in the query: the sealed target still holds.
    const res = await post(`/octo/bot/hooks/run?__token=${token}`, { timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(200);
    const run = gh.repoApi.workflowDispatches[0]!;
    expect(run).toMatchObject({ owner: 'octo', repo: 'bot', workflow: 'webhook.yml', ref: 'release', authorization: `token ${PAT}` });
    expect(res.json()['run_id']).toBe(run.runId);
    expect(gh.dispatches).toHaveLength(0);
    // The same workflow named in the query is fine; another one is refused before anything is sent.
    expect((await post(`/octo/bot/hooks/run?__workflow=webhook.yml&__token=${token}`, { timeoutMs: 10_000 })).status).toBe(200);
    const other = await post(`/octo/bot/hooks/run?__workflow=deploy.yml&__token=${token}`);
    expect(expectRelayError(other, 403, relay.url)['code']).toBe('workflow_not_allowed');
    expect(gh.repoApi.workflowDispatches).toHaveLength(2);
  });

  it.each([
    ['X-Github-Authorization', (t: string) => ({ 'X-Github-Authorization': t })],
    ['Authorization: Bearer', (t: string) => ({ Authorization: `Bearer ${t}` })],
    ['Authorization (bare)', (t: string) => ({ Authorization: t })],
  ])('opens a sealed token given in %s, and removes it from the event', async (_where, headers) => {
    const token = await sealed();
    const res = await post('/octo/bot/h', { headers: headers(token), timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(200);
    await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
    expect(gh.dispatches[0]!.authorization).toBe(`token ${PAT}`);
    expect(JSON.stringify(envelopeOf(gh.dispatches[0]).headers)).not.toContain(token.slice(4, 40));
  });

  it('a token sealed with the old key still opens after rotation', async () => {
    const res = await post(`/octo/bot/h?__token=${await sealed({}, oldRing)}`, { timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(200);
  });

  it("owner/* covers the owner's repositories, not another owner's", async () => {
    const token = await sealed({ repo: 'octo/*' });
    expect((await post(`/octo/another/h?__token=${token}`, { timeoutMs: 10_000 })).status).toBe(200);
    const res = await post(`/acme/site/h?__token=${token}`);
    expect(expectRelayError(res, 403, relay.url)['code']).toBe('repo_not_allowed');
  });

  it('enforces the repository, path prefix and event type, whatever the query says', async () => {
    const token = await sealed({ path: '/hooks/stripe', eventType: 'stripe' });
    const cases: [string, number, string | undefined][] = [
      [`/octo/other/hooks/stripe?__token=${token}`, 403, 'repo_not_allowed'],
      [`/octo/bot/hooks/github?__token=${token}`, 403, 'path_not_allowed'],
      [`/octo/bot/hooks/stripex?__token=${token}`, 403, 'path_not_allowed'],
      [`/octo/bot/hooks/stripe/../github?__token=${token}`, 403, 'path_not_allowed'],
      [`/octo/bot/hooks/stripe/%2E%2E/github?__token=${token}`, 403, 'path_not_allowed'],
      [`/octo/bot/hooks/stripe?__event_type=deploy&__token=${token}`, 403, 'event_type_not_allowed'],
    ];
    for (const [path, status, code] of cases) {
      const res = await post(path);
      // workerd's URL parser folds `..` before the relay sees it: then the path is simply elsewhere.
      expect(expectRelayError(res, status, relay.url)['code'], path).toBe(code);
    }
    expect(gh.dispatches).toHaveLength(0);
    const ok = await post(`/octo/bot/hooks/stripe/evt?__token=${token}`, { timeoutMs: 10_000 });
    expect(ok.status, ok.text()).toBe(200);
    await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
    expect(gh.dispatches[0]!.body.event_type).toBe('stripe');
  });

  it('expired: 401 token_expired; revoked, foreign or unknown key: 401 invalid_token', async () => {
    const expired = await sealed({ iat: now() - 100, exp: now() - 10 });
    expect(expectRelayError(await post(`/octo/bot/h?__token=${expired}`), 401, relay.url)['code']).toBe('token_expired');
    const revoked = await sealed({ jti: REVOKED });
    const foreign = await sealToken(claims(), await importSealingKeys([randomBytes(32)]));
    const marker = `refused-${randomBytes(8).toString('hex')}`;
    for (const t of [revoked, foreign, 'w2g_', 'w2g_AAAA', `w2g_${'A'.repeat(5000)}`]) {
      const res = await post(`/octo/bot/h?__token=${t}`, { body: JSON.stringify({ marker }) });
      const json = expectRelayError(res, 401, relay.url);
      expect(json['code']).toBe('invalid_token');
      expect(res.text()).not.toMatch(/key id|cipher|decrypt|AES|tag/i);
    }
    expect(causedHere(marker)).toHaveLength(0);
  });

  it('a token with any one character changed is a 401, never a 500 (every position)', async () => {
    const token = await sealed({ path: '/p', eventType: 'e', exp: now() + 3600 });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const statuses = new Map<number, number>();
    const marker = `changed-${randomBytes(8).toString('hex')}`;
    for (let i = 4; i < token.length; i++) {
      const c = token[i]!;
      const swapped = alphabet[(alphabet.indexOf(c) + 1 + (i % 63)) % 64]!;
      const res = await post(`/octo/bot/p?__token=${token.slice(0, i)}${swapped}${token.slice(i + 1)}`, { body: JSON.stringify({ marker }) });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, `position ${i}`).toBe(401);
    }
    expect([...statuses.keys()]).toEqual([401]);
    expect(causedHere(marker)).toHaveLength(0);
  });

  it('any bytes after w2g_, in the query or a header, are a 4xx, never a 500 (property)', async () => {
    const marker = `property-${randomBytes(8).toString('hex')}`;
    const body = JSON.stringify({ marker });
    await fc.assert(
      // A header carries what an HTTP client can send (no control characters but tab).
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), async (bytes, inHeader) => {
        const res = inHeader
          ? await post('/octo/bot/h', {
              body,
              headers: {
                'X-Github-Authorization': `w2g_${Buffer.from(bytes)
                  .toString('latin1')
                  .replace(/[^\t\x20-\x7e\x80-\xff]/g, 'x')}`,
              },
            })
          : await post(`/octo/bot/h?__token=w2g_${[...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}`, { body });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(causedHere(marker)).toHaveLength(0);
  });

  it('an App URL carries no credential: the relay dispatches with an installation token', async () => {
    const token = await sealed({ credential: { kind: 'app' } });
    expect(token).not.toContain('ghs_');
    const res = await post(`/octo/bot/h?__token=${token}`, { timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(200);
    await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
    expect(gh.app!.minted).toHaveLength(1);
    expect(gh.app!.minted[0]).toMatchObject({ repositories: ['bot'], permissions: { contents: 'write' } });
    expect(gh.dispatches[0]!.authorization).toBe(`token ${gh.app!.minted[0]!.token}`);
    expect(relay.lines.join('\n')).not.toContain(gh.app!.minted[0]!.token);
  });

  it.runIf(runtime.durable)('an App delivery GitHub cannot take now is kept (a marker, no token) and delivered later with an installation token', async () => {
    const token = await sealed({ credential: { kind: 'app' } });
    gh.fail(1, 502);
    const res = await post(`/octo/bot/later?__token=${token}`, { timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(202);
    await gh.waitFor(() => gh.dispatches.length === 1, 15_000);
    expect(gh.dispatches[0]!.authorization).toMatch(/^token ghs_/);
    expect(envelopeOf(gh.dispatches[0]).path).toBe('/later');
  });

  it('an App URL for a repository without the App: 403 that says to install it', async () => {
    const token = await sealed({ repo: 'octo/*', credential: { kind: 'app' } });
    const res = await post(`/octo/elsewhere/h?__token=${token}`, { timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(403);
    expect(res.json()['code']).toBe('app_not_installed');
    expect(String(res.json()['message'])).toMatch(/Install it/);
    expect(gh.dispatches).toHaveLength(0);
  });

  it('W2G_ALLOW_REPOS applies to raw tokens too (raw tokens still allowed here)', async () => {
    const refused = await post(`/other/repo/h?__token=${PAT}`);
    expect(expectRelayError(refused, 403, relay.url)['code']).toBe('repo_not_allowed');
    const ok = await post(`/acme/site/h?__token=${PAT}`, { timeoutMs: 10_000 });
    expect(ok.status, ok.text()).toBe(200);
  });

  it('warns once at start that raw tokens are allowed', () => {
    expect(relay.lines.filter((l) => l.includes('W2G_RAW_TOKENS')).length).toBe(1);
  });
});

describe.each(RUNTIME_ROWS)('raw tokens denied on %s', (_name, runtime) => {
  let gh: FakeGitHub;
  let relay: RelayHandle;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    relay = await runtime.start({ githubApiUrl: gh.url, w2g: { W2G_SEALING_KEYS: NEW_KEY.toString('base64url'), W2G_RAW_TOKENS: 'deny' } });
  });
  afterAll(async () => {
    await relay?.stop();
    await gh?.close();
  });

  it('answers 401 raw_tokens_disabled pointing at seal; a sealed URL still works', async () => {
    const res = await send(relay.url, `/octo/bot/h?__token=${PAT}`, { method: 'POST', body: '{}' });
    const json = expectRelayError(res, 401, relay.url);
    expect(json['code']).toBe('raw_tokens_disabled');
    expect(json['message']).toMatch(/seal/);
    expect(res.text()).not.toContain(PAT);
    const token = await sealToken(claims(), await importSealingKeys([NEW_KEY]));
    const ok = await send(relay.url, `/octo/bot/h?__token=${token}`, { method: 'POST', body: '{}', timeoutMs: 10_000 });
    expect(ok.status, ok.text()).toBe(200);
    expect(relay.lines.filter((l) => l.includes('W2G_RAW_TOKENS'))).toEqual([]);
  });
});
