/**
 * Conformance: the relay's abuse limits on Node and workerd. Oversized URLs and headers are a
 * JSON 414/431 before any work; request rates per client address and per hook answer 429 with
 * Retry-After and dispatch nothing; client addresses come from a proxy's header only when trusted.
 * On workerd with Cloudflare's Rate Limiting bindings bound (Miniflare runs them) the binding
 * decides. Limits are set low here so a handful of requests reach them.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importSealingKeys, sealToken } from '../../src/core/seal.js';
import { newJti } from '../../src/core/seal-claims.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startWorkerdRelay, type RelayHandle, type RelaySettings, type Runtime } from '../support/relay-process.js';
import { RUNTIME_ROWS, SUITE_MAX_BODY, expectRelayError, header, send } from './harness.js';

const KEY = randomBytes(32);
const ROWS = RUNTIME_ROWS.filter(([name]) => name === 'node' || name === 'workerd');

/** A fake GitHub and a relay with these settings, for one describe. */
function useLimitedRelay(runtime: Pick<Runtime, 'start'>, w2g: Record<string, string>) {
  const h: { gh?: FakeGitHub; relay?: RelayHandle } = {};
  beforeAll(async () => {
    h.gh = await startFakeGitHub();
    h.relay = await runtime.start({ githubApiUrl: h.gh.url, maxBodyBytes: SUITE_MAX_BODY, w2g: { W2G_SEALING_KEYS: KEY.toString('base64url'), ...w2g } });
  });
  afterAll(async () => {
    await h.relay?.stop();
    await h.gh?.close();
  });
  beforeEach(() => h.gh?.reset());
  return h as { gh: FakeGitHub; relay: RelayHandle };
}

const post = (relay: RelayHandle, path: string, headers: Record<string, string> | [string, string][] = {}) =>
  send(relay.url, path, { method: 'POST', headers, body: '{"n":1}', timeoutMs: 10_000 });

describe.each(ROWS)('abuse limits on %s', (name, runtime) => {
  describe('sizes', () => {
    const h = useLimitedRelay(runtime, {
      W2G_MAX_URL: '1024',
      W2G_MAX_HEADERS: '24',
      W2G_MAX_HEADER_BYTES: '4096',
      W2G_RATE_LIMIT_CLIENT: '0',
      W2G_RATE_LIMIT_HOOK: '0',
    });

    it('a URL over W2G_MAX_URL is 414, nothing dispatched', async () => {
      const res = await post(h.relay, `/octo/bot/x?pad=${'a'.repeat(1100)}&__token=t`);
      expect(expectRelayError(res, 414, h.relay.url)).toMatchObject({ code: 'uri_too_long', limit_bytes: 1024 });
      expect((await post(h.relay, `/octo/bot/x?pad=${'a'.repeat(900)}&__token=t`)).status).toBe(200);
      expect(h.gh.dispatches).toHaveLength(1);
    });

    it('more distinct headers than W2G_MAX_HEADERS, or more header bytes than W2G_MAX_HEADER_BYTES, is 431', async () => {
      const many: [string, string][] = Array.from({ length: 30 }, (_, i) => [`x-h${i}`, 'v']);
      expect(expectRelayError(await post(h.relay, '/octo/bot/x?__token=t', many), 431, h.relay.url)['code']).toBe('too_many_headers');
      expect(expectRelayError(await post(h.relay, '/octo/bot/x?__token=t', { 'x-big': 'b'.repeat(5000) }), 431, h.relay.url)['code']).toBe('headers_too_large');
      // Repeats of one name are one header (joined), counted by their bytes.
      const repeated: [string, string][] = Array.from({ length: 30 }, () => ['x-same', 'v']);
      expect((await post(h.relay, '/octo/bot/x?__token=t', repeated)).status).toBe(200);
      expect(h.gh.dispatches).toHaveLength(1);
    });

    if (name === 'node') {
      it("what even Node's parser refuses (64 KB of headers) gets a JSON 431, and the relay goes on", async () => {
        const res = await post(h.relay, '/octo/bot/x?__token=t', { 'x-huge': 'h'.repeat(64 * 1024) }).catch((err: Error) => err);
        if (res instanceof Error) throw res;
        expect(res.status).toBe(431);
        expect(res.json()).toMatchObject({ success: false, code: 'headers_too_large' });
        expect((await post(h.relay, '/octo/bot/x?__token=t')).status).toBe(200);
      });
    }
  });

  describe('rate per client address', () => {
    const h = useLimitedRelay(runtime, { W2G_RATE_LIMIT_CLIENT: '5', W2G_RATE_LIMIT_HOOK: '0', ...(name === 'node' ? { W2G_TRUST_PROXY: 'loopback' } : {}) });
    // Node trusts loopback as a proxy here, so X-Forwarded-For names the client; workerd reads CF-Connecting-IP.
    const from = (ip: string): Record<string, string> => (name === 'node' ? { 'x-forwarded-for': ip } : { 'cf-connecting-ip': ip });

    it('the 6th request in a minute from one address is 429 with Retry-After; another address goes on', async () => {
      for (let i = 0; i < 5; i++) expect((await post(h.relay, `/octo/bot/r${i}?__token=t`, from('203.0.113.7'))).status).toBe(200);
      const refused = await post(h.relay, '/octo/bot/r5?__token=t', from('203.0.113.7'));
      expect(expectRelayError(refused, 429, h.relay.url)).toMatchObject({ code: 'rate_limited', scope: 'client' });
      expect(Number(header(refused, 'retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(header(refused, 'retry-after'))).toBeLessThanOrEqual(60);
      expect((await post(h.relay, '/octo/bot/other?__token=t', from('198.51.100.9'))).status).toBe(200);
      await h.gh.waitFor(() => h.gh.dispatches.length === 6, 10_000);
      expect(h.gh.dispatches.map((d) => (d.body.client_payload as { path: string }).path)).not.toContain('/r5');
    });
  });

  describe('rate per hook', () => {
    const h = useLimitedRelay(runtime, { W2G_RATE_LIMIT_CLIENT: '0', W2G_RATE_LIMIT_HOOK: '3' });

    it('a repository (raw token) or a sealed URL (its token id) has its own budget', async () => {
      for (let i = 0; i < 3; i++) expect((await post(h.relay, `/octo/a/${i}?__token=t`)).status).toBe(200);
      expect(expectRelayError(await post(h.relay, '/OCTO/A/3?__token=t'), 429, h.relay.url)).toMatchObject({ code: 'rate_limited', scope: 'hook' });
      expect((await post(h.relay, '/octo/b/0?__token=t')).status).toBe(200);
      const ring = await importSealingKeys([KEY]);
      const sealed = () => sealToken({ jti: newJti(), iat: Math.floor(Date.now() / 1000), repo: 'octo/a', credential: { kind: 'pat', token: 'ghp_x' } }, ring);
      const [one, two] = [await sealed(), await sealed()];
      for (let i = 0; i < 3; i++) expect((await post(h.relay, `/octo/a/s?__token=${one}`)).status).toBe(200);
      expect((await post(h.relay, `/octo/a/s?__token=${one}`)).status).toBe(429);
      expect((await post(h.relay, `/octo/a/s?__token=${two}`)).status).toBe(200);
      expect(h.gh.dispatches).toHaveLength(3 + 1 + 3 + 1);
    });
  });
});

describe('client addresses come from proxy headers only when trusted', () => {
  it.each([
    ['node, W2G_TRUST_PROXY unset: X-Forwarded-For is ignored', ROWS[0]![1], {}, (ip: string) => ({ 'x-forwarded-for': ip }), true],
    [
      'workerd, W2G_TRUST_PROXY=false: CF-Connecting-IP is ignored',
      ROWS[1]![1],
      { W2G_TRUST_PROXY: 'false' },
      (ip: string) => ({ 'cf-connecting-ip': ip }),
      true,
    ],
    ['workerd, default: CF-Connecting-IP names the client', ROWS[1]![1], {}, (ip: string) => ({ 'cf-connecting-ip': ip }), false],
  ] as const)('%s', async (_t, runtime, w2g, from, shared) => {
    const gh = await startFakeGitHub();
    const relay = await runtime.start({ githubApiUrl: gh.url, w2g: { W2G_RATE_LIMIT_CLIENT: '2', W2G_RATE_LIMIT_HOOK: '0', ...w2g } });
    try {
      expect((await post(relay, '/octo/bot/1?__token=t', from('203.0.113.1'))).status).toBe(200);
      expect((await post(relay, '/octo/bot/2?__token=t', from('203.0.113.2'))).status).toBe(200);
      // Two more "addresses": one budget when the header is not trusted.
      expect((await post(relay, '/octo/bot/3?__token=t', from('203.0.113.3'))).status).toBe(shared ? 429 : 200);
    } finally {
      await relay.stop();
      await gh.close();
    }
  });
});

describe("workerd with Cloudflare's Rate Limiting bindings", () => {
  const h: { gh?: FakeGitHub; relay?: RelayHandle } = {};
  beforeAll(async () => {
    h.gh = await startFakeGitHub();
    const settings: RelaySettings & Parameters<typeof startWorkerdRelay>[0] = {
      githubApiUrl: h.gh.url,
      // The in-isolate limits are off: only the bindings count.
      w2g: { W2G_RATE_LIMIT_CLIENT: '0', W2G_RATE_LIMIT_HOOK: '0' },
      ratelimits: {
        CLIENT_RATE_LIMIT: { namespace_id: '1001', simple: { limit: 4, period: 60 } },
        HOOK_RATE_LIMIT: { namespace_id: '1002', simple: { limit: 2, period: 60 } },
      },
    };
    h.relay = await startWorkerdRelay(settings);
  });
  afterAll(async () => {
    await h.relay?.stop();
    await h.gh?.close();
  });

  it('HOOK_RATE_LIMIT and CLIENT_RATE_LIMIT answer 429 with Retry-After 60', async () => {
    const relay = h.relay!;
    const ip = { 'cf-connecting-ip': '192.0.2.44' };
    expect((await post(relay, '/octo/a/1?__token=t', ip)).status).toBe(200);
    expect((await post(relay, '/octo/a/2?__token=t', ip)).status).toBe(200);
    const hook = await post(relay, '/octo/a/3?__token=t', ip);
    expect(expectRelayError(hook, 429, relay.url)).toMatchObject({ scope: 'hook' });
    expect(header(hook, 'retry-after')).toBe('60');
    expect((await post(relay, '/octo/b/1?__token=t', ip)).status).toBe(200);
    // Four requests from this address so far: the fifth is over CLIENT_RATE_LIMIT.
    expect(expectRelayError(await post(relay, '/octo/c/1?__token=t', ip), 429, relay.url)).toMatchObject({ scope: 'client' });
    expect((await post(relay, '/octo/c/1?__token=t', { 'cf-connecting-ip': '192.0.2.45' })).status).toBe(200);
    expect(h.gh!.dispatches).toHaveLength(4);
  });
});
