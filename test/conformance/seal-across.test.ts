/**
 * Sealed tokens are stateless and the same on every runtime: a URL made by the Node relay's
 * `POST /_/seal` (or the `seal` command) works on the Worker in workerd, and one made by the
 * Worker works on Node. `POST /_/seal` itself: what it checks, the proof an App URL needs, and
 * its rate limit.
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, startWorkerdRelay, type RelayHandle } from '../support/relay-process.js';
import { expectRelayError, send } from './harness.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const PAT = `ghp_${randomBytes(18).toString('hex')}`;
const ADMIN = `admin-${randomBytes(8).toString('hex')}`;
const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
const W2G = {
  W2G_SEALING_KEYS: randomBytes(32).toString('base64url'),
  W2G_GITHUB_APP_ID: '777',
  W2G_GITHUB_APP_PRIVATE_KEY: app.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  W2G_ADMIN_TOKEN: ADMIN,
};

let gh: FakeGitHub;
let node: RelayHandle;
let workerd: RelayHandle;
beforeAll(async () => {
  gh = await startFakeGitHub({
    app: { appId: '777', publicKey: app.publicKey.export({ type: 'spki', format: 'pem' }).toString(), installations: { 'octo/bot': 5 } },
  });
  [node, workerd] = await Promise.all([
    startNodeRelay({ githubApiUrl: gh.url, w2g: W2G, env: { W2G_DISPATCH_RATE: '0' } }),
    startWorkerdRelay({ githubApiUrl: gh.url, w2g: W2G }),
  ]);
});
afterAll(async () => {
  await Promise.all([node?.stop(), workerd?.stop()]);
  await gh?.close();
});
beforeEach(() => gh.reset());

const seal = (relay: RelayHandle, body: unknown, headers: Record<string, string> = {}) =>
  send(relay.url, '/_/seal', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const tokenOf = (url: string) => /__token=(w2g_[A-Za-z0-9_-]+)/.exec(url)![1]!;

describe('a token sealed on one runtime opens on the other', () => {
  it.each([
    ['node', 'workerd'],
    ['workerd', 'node'],
  ] as const)('sealed by %s (POST /_/seal), used on %s', async (from, _to) => {
    const [maker, user] = from === 'node' ? [node, workerd] : [workerd, node];
    const made = await seal(maker, { repo: 'octo/bot', path: '/hooks', event_type: 'hook', expires: '1h', token: PAT });
    expect(made.status, made.text()).toBe(201);
    const json = made.json();
    expect(json['url']).toBe(`${maker.url}/octo/bot/hooks?__token=${String(json['token'])}`);
    expect(json).toMatchObject({ repo: 'octo/bot', path: '/hooks', event_type: 'hook', credential: 'token (sealed)' });
    expect(made.text()).not.toContain(PAT);
    const res = await send(user.url, `/octo/bot/hooks/a?__token=${tokenOf(String(json['url']))}`, { method: 'POST', body: '{}', timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(200);
    await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
    expect(gh.dispatches[0]).toMatchObject({ authorization: `token ${PAT}`, body: { event_type: 'hook' } });
  });

  it('sealed by the seal command (Node CLI), used on workerd; inspect shows claims, never the token', async () => {
    const env = { ...process.env, ...W2G, GITHUB_TOKEN: PAT, W2G_PUBLIC_URL: 'https://relay.example' };
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'bin', 'webhook2github.js'), 'seal', '--repo', 'octo/bot', '--expires', '2h'], {
      env,
      cwd: ROOT,
    });
    expect(stdout.trim()).toMatch(/^https:\/\/relay\.example\/octo\/bot\?__token=w2g_[A-Za-z0-9_-]+$/);
    expect(stderr).toMatch(/token id \(for revoke\): [A-Za-z0-9_-]{16}/);
    expect(stdout + stderr).not.toContain(PAT);
    const res = await send(workerd.url, `/octo/bot/x?__token=${tokenOf(stdout)}`, { method: 'POST', body: '{}', timeoutMs: 10_000 });
    expect(res.status, res.text()).toBe(200);
    const shown = await run(process.execPath, [join(ROOT, 'bin', 'webhook2github.js'), 'inspect', '--json', stdout.trim()], { env, cwd: ROOT });
    const claims = JSON.parse(shown.stdout) as Record<string, unknown>;
    expect(claims).toMatchObject({ repo: 'octo/bot', credential: 'token (sealed)', expired: false, path: null });
    expect(shown.stdout).not.toContain(PAT);
  });
});

describe('POST /_/seal', () => {
  it('says what to change for bad requests, and seals nothing', async () => {
    const cases: [unknown, number, string][] = [
      [{ repo: 'not a repo', token: PAT }, 400, 'invalid_repo'],
      [{ repo: 'octo/bot' }, 400, 'missing_token'],
      [{ repo: 'octo/bot', token: PAT, expires: 'soon' }, 400, 'invalid_expires'],
      [{ repo: 'octo/bot', token: PAT, path: '/a/../b' }, 400, 'invalid_path'],
      [{ repo: 'octo/bot', app: true }, 403, 'proof_required'],
      [{ repo: 'octo/*', app: true, token: PAT }, 403, 'proof_required'],
    ];
    for (const [body, status, code] of cases) {
      const res = await seal(node, body);
      expect(expectRelayError(res, status, node.url)['code'], JSON.stringify(body)).toBe(code);
      expect(res.text()).not.toContain(PAT);
    }
  });

  it('makes an App URL with a GitHub token as proof (checked with GitHub, not kept) or the admin token', async () => {
    const proved = await seal(node, { repo: 'octo/bot', app: true, token: PAT });
    expect(proved.status, proved.text()).toBe(201);
    expect(proved.json()['credential']).toBe('app');
    // The proof was checked with GitHub (an empty dispatch it refused with 422), nothing dispatched.
    expect(gh.requests.some((r) => r.url === '/repos/octo/bot/dispatches' && r.status === 422)).toBe(true);
    expect(gh.dispatches).toHaveLength(0);
    const admin = await seal(node, { repo: 'octo/*', app: true }, { authorization: `Bearer ${ADMIN}` });
    expect(admin.status, admin.text()).toBe(201);
    const used = await send(node.url, `/octo/bot/h?__token=${String(proved.json()['token'])}`, { method: 'POST', body: '{}', timeoutMs: 10_000 });
    expect(used.status, used.text()).toBe(200);
    await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
    expect(gh.dispatches[0]!.authorization).toMatch(/^token ghs_/);
  });

  it('check: GitHub refuses the token → 400 check_failed, nothing sealed', async () => {
    gh.configure({ tokens: ['ghp_the_only_good_one'] });
    const res = await seal(workerd, { repo: 'octo/bot', token: PAT, check: true });
    const json = expectRelayError(res, 400, workerd.url);
    expect(json['code']).toBe('check_failed');
    expect(json['message']).toMatch(/does not accept the token/);
    const ok = await seal(workerd, { repo: 'octo/bot', token: 'ghp_the_only_good_one', check: true });
    expect(ok.status, ok.text()).toBe(201);
  });

  it('is rate-limited per client address (429 with Retry-After)', async () => {
    let limited: Awaited<ReturnType<typeof seal>> | undefined;
    for (let i = 0; i < 30 && !limited; i++) {
      const res = await seal(node, { repo: 'octo/bot', token: PAT });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(201);
    }
    expect(limited, 'no 429 within 30 requests').toBeDefined();
    expect(expectRelayError(limited!, 429, node.url)['code']).toBe('rate_limited');
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not exist without sealing keys', async () => {
    const plain = await startWorkerdRelay({ githubApiUrl: gh.url });
    try {
      const res = await seal(plain, { repo: 'octo/bot', token: PAT });
      expect(res.status).not.toBe(201);
      expect(res.text()).not.toContain('w2g_');
    } finally {
      await plain.stop();
    }
  });
});
