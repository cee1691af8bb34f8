/**
 * Conformance: provider signatures and handshakes at the edge, on Node and workerd. A hook URL
 * sealed with `--verify <provider>` dispatches only requests that provider signed (its scheme,
 * its window), with `verified` in the envelope and the secret-bearing header removed; anything else
 * is a 401 `signature_mismatch` naming the provider, nothing dispatched, a warning logged without
 * the secret. Handshakes are answered by the relay and never dispatched. Requests are signed at
 * test time (test/support/provider-fixtures.ts) for the URL the relay is reached at (W2G_PUBLIC_URL).
 */
import { createHmac, randomBytes } from 'node:crypto';
import nacl from 'tweetnacl';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importSealingKeys, sealToken, type SealedClaims, type SealingKeyring } from '../../src/core/seal.js';
import { newJti } from '../../src/core/seal-claims.js';
import type { VerifySettings } from '../../src/core/verify/types.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { providerFixtures, type ProviderFixture } from '../support/provider-fixtures.js';
import type { RelayHandle } from '../support/relay-process.js';
import { RUNTIME_ROWS, SUITE_MAX_BODY, envelopeOf, expectRelayError, header, send } from './harness.js';

const KEY = randomBytes(32);
const PAT = `ghp_${randomBytes(18).toString('hex')}`;
/** The address providers reach the relay at: what Twilio and Trello sign. */
const PUBLIC = 'https://relay.example';
const ROWS = RUNTIME_ROWS.filter(([name]) => name === 'node' || name === 'workerd');

describe.each(ROWS)('provider signatures and handshakes at the edge on %s', (_name, runtime) => {
  let gh: FakeGitHub;
  let relay: RelayHandle;
  let ring: SealingKeyring;
  const fixtures = providerFixtures();
  beforeAll(async () => {
    gh = await startFakeGitHub();
    relay = await runtime.start({
      githubApiUrl: gh.url,
      maxBodyBytes: SUITE_MAX_BODY,
      w2g: { W2G_SEALING_KEYS: KEY.toString('base64url'), W2G_PUBLIC_URL: PUBLIC },
    });
    ring = await importSealingKeys([KEY]);
  });
  afterAll(async () => {
    await relay?.stop();
    await gh?.close();
  });
  beforeEach(() => gh.reset());

  const seal = (verify: VerifySettings | undefined, over: Partial<SealedClaims> = {}) =>
    sealToken(
      { jti: newJti(), iat: Math.floor(Date.now() / 1000), repo: 'octo/bot', credential: { kind: 'pat', token: PAT }, ...(verify ? { verify } : {}), ...over },
      ring,
    );
  const now = () => Math.floor(Date.now() / 1000);
  const logs = () => relay.lines.join('\n');

  it.each(fixtures.map((f) => [f.provider, f] as const))(
    '%s: a signed request is dispatched with `verified`; a forged or unsigned one is 401, nothing dispatched',
    async (_p, f: ProviderFixture) => {
      const token = await seal(f.settings);
      const path = `/octo/bot/hooks/${f.provider}?n=${f.provider}&__token=${token}`;
      const t = now();
      const body = f.body(t);
      const headers = await f.sign(PUBLIC + path, body, t);
      const res = await send(relay.url, path, { method: 'POST', headers, body, timeoutMs: 10_000 });
      expect(res.status, res.text()).toBe(200);
      await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
      const envelope = envelopeOf(gh.dispatches[0]);
      expect(envelope.verified).toBe(f.provider);
      expect(envelope.body).toBe(body);
      expect(envelope.path).toBe(`/hooks/${f.provider}?n=${f.provider}`);
      if (f.secretHeader) expect(Object.keys(envelope.headers)).not.toContain(f.secretHeader);
      else for (const [name, value] of headers) expect(envelope.headers[name.toLowerCase()]).toBe(value);
      if (f.provider !== 'discord') expect(gh.dispatches[0]!.rawBody).not.toContain(f.settings.secret!);

      // Forged: the token header changed (GitLab, Telegram), else the body changed by one character.
      const forged = f.secretHeader ? headers.map(([k, v]): [string, string] => [k, k === f.secretHeader ? `${v}x` : v]) : headers;
      const forgedBody = f.secretHeader ? body : body.replace(/.$/, (c) => (c === '}' ? ' }' : `${c}x`));
      const refused = expectRelayError(await send(relay.url, path, { method: 'POST', headers: forged, body: forgedBody, timeoutMs: 10_000 }), 401, PUBLIC);
      expect(refused).toMatchObject({ code: 'signature_mismatch', provider: f.provider });
      const unsigned = expectRelayError(
        await send(relay.url, path, { method: 'POST', headers: [['content-type', 'application/json']], body, timeoutMs: 10_000 }),
        401,
        PUBLIC,
      );
      expect(unsigned['code']).toBe('signature_mismatch');
      expect(gh.dispatches).toHaveLength(1);
      // Log lines are written asynchronously (batched): wait for the refusal's line to arrive.
      const refusalLine = new RegExp(`"provider":"${f.provider}"`);
      await gh.waitFor(() => refusalLine.test(logs()), 5000).catch(() => undefined);
      expect(logs()).toMatch(refusalLine);
      if (f.provider !== 'discord') expect(logs()).not.toContain(f.settings.secret!);
      expect(logs()).not.toContain(token);
    },
  );

  it.each(fixtures.filter((f) => f.windowSeconds !== undefined).map((f) => [f.provider, f] as const))(
    '%s: a request signed outside its window (a replay) is 401',
    async (_p, f: ProviderFixture) => {
      const token = await seal(f.settings);
      const path = `/octo/bot/replay?__token=${token}`;
      for (const t of [now() - f.windowSeconds! - 30, now() + f.windowSeconds! + 30]) {
        const body = f.body(t);
        const res = await send(relay.url, path, { method: 'POST', headers: await f.sign(PUBLIC + path, body, t), body, timeoutMs: 10_000 });
        expect(expectRelayError(res, 401, PUBLIC)).toMatchObject({ code: 'signature_mismatch', provider: f.provider });
      }
      expect(gh.dispatches).toHaveLength(0);
    },
  );

  it('a URL sealed for one provider refuses another provider, correctly signed for itself', async () => {
    const github = fixtures.find((f) => f.provider === 'github')!;
    const stripe = fixtures.find((f) => f.provider === 'stripe')!;
    const path = `/octo/bot/x?__token=${await seal(stripe.settings)}`;
    const body = github.body(now());
    const res = await send(relay.url, path, { method: 'POST', headers: await github.sign(PUBLIC + path, body, now()), body });
    expect(expectRelayError(res, 401, PUBLIC)).toMatchObject({ code: 'signature_mismatch', provider: 'stripe' });
    expect(gh.dispatches).toHaveLength(0);
  });

  it('Twilio and Trello verify only for the public URL: the relay signs nothing for another address', async () => {
    const twilio = fixtures.find((f) => f.provider === 'twilio')!;
    const path = `/octo/bot/sms?__token=${await seal(twilio.settings)}`;
    const body = twilio.body(now());
    const res = await send(relay.url, path, { method: 'POST', headers: await twilio.sign(`https://elsewhere.example${path}`, body, now()), body });
    expect(expectRelayError(res, 401, PUBLIC)['message']).toMatch(/signed for another URL than https:\/\/relay\.example\/octo\/bot\/sms\?…/);
  });

  describe('handshakes, answered without a dispatch', () => {
    const fixture = (p: string) => fixtures.find((f) => f.provider === p)!;

    it('Slack url_verification: answered after the signature check; unsigned is 401', async () => {
      const slack = fixture('slack');
      const path = `/octo/bot/slack?__token=${await seal(slack.settings)}`;
      const body = JSON.stringify({ token: 'x', challenge: 'chall-ënge 3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' });
      const ok = await send(relay.url, path, { method: 'POST', headers: await slack.sign(PUBLIC + path, body, now()), body });
      expect(ok.status).toBe(200);
      expect(ok.text()).toBe('chall-ënge 3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
      expect(header(ok, 'content-type')).toMatch(/^text\/plain/);
      expect(header(ok, 'x-content-type-options')).toBe('nosniff');
      expectRelayError(await send(relay.url, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body }), 401, PUBLIC);
      expect(gh.dispatches).toHaveLength(0);
    });

    it('Meta hub.challenge: answered when hub.verify_token is the sealed one, 403 otherwise', async () => {
      const meta = fixture('meta');
      const token = await seal(meta.settings);
      const q = (vt: string) => `/octo/bot/wa?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${encodeURIComponent(vt)}&__token=${token}`;
      const ok = await send(relay.url, q(meta.settings.verifyToken!));
      expect(ok.status).toBe(200);
      expect(ok.text()).toBe('1158201444');
      expect(expectRelayError(await send(relay.url, q('guess')), 403, PUBLIC)['code']).toBe('verify_token_mismatch');
      expect(gh.dispatches).toHaveLength(0);
      // Notifications still need the app secret's signature.
      const body = meta.body(now());
      expect((await send(relay.url, `/octo/bot/wa?__token=${token}`, { method: 'POST', headers: await meta.sign('', body, now()), body })).status).toBe(200);
      expect(envelopeOf(gh.dispatches[0]).verified).toBe('meta');
    });

    it('Dropbox challenge: answered for a Dropbox URL and for a plain one', async () => {
      for (const path of [
        `/octo/bot/dbx?challenge=dGVzdA%3D%3D&__token=${await seal(fixture('dropbox').settings)}`,
        `/octo/bot/dbx?challenge=dGVzdA%3D%3D&__token=${PAT}`,
      ]) {
        const res = await send(relay.url, path);
        expect(res.status).toBe(200);
        expect(res.text()).toBe('dGVzdA==');
        expect(header(res, 'x-content-type-options')).toBe('nosniff');
      }
      expect(gh.dispatches).toHaveLength(0);
    });

    it('Microsoft Graph validationToken: the decoded token as text', async () => {
      const res = await send(relay.url, `/octo/bot/graph?validationToken=Validation%3A%20Testing%20client%20application%20reachability&__token=${PAT}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
      expect(res.status).toBe(200);
      expect(res.text()).toBe('Validation: Testing client application reachability');
      expect(header(res, 'content-type')).toMatch(/^text\/plain/);
      expect(gh.dispatches).toHaveLength(0);
    });

    it('Twitch webhook_callback_verification: the challenge after the signature check', async () => {
      const twitch = fixture('twitch');
      const path = `/octo/bot/twitch?__token=${await seal(twitch.settings)}`;
      const body = JSON.stringify({ challenge: 'pogchamp-kappa-360noscope-vohiyo', subscription: { type: 'channel.follow' } });
      const signed = (await twitch.sign(PUBLIC + path, body, now())).map(([k, v]): [string, string] => [
        k,
        k === 'twitch-eventsub-message-type' ? 'webhook_callback_verification' : v,
      ]);
      const ok = await send(relay.url, path, { method: 'POST', headers: signed, body });
      expect(ok.status).toBe(200);
      expect(ok.text()).toBe('pogchamp-kappa-360noscope-vohiyo');
      expectRelayError(await send(relay.url, path, { method: 'POST', headers: signed, body: body.replace('kappa', 'keepo') }), 401, PUBLIC);
      expect(gh.dispatches).toHaveLength(0);
    });

    it('Zoom endpoint.url_validation: plainToken and its HMAC with the sealed secret token', async () => {
      const zoom = fixture('zoom');
      const path = `/octo/bot/zoom?__token=${await seal(zoom.settings)}`;
      const body = JSON.stringify({ payload: { plainToken: 'qgg8vlvZRS6UYooatFL8Aw' }, event_ts: Date.now(), event: 'endpoint.url_validation' });
      const res = await send(relay.url, path, { method: 'POST', headers: await zoom.sign(PUBLIC + path, body, now()), body });
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({
        plainToken: 'qgg8vlvZRS6UYooatFL8Aw',
        encryptedToken: createHmac('sha256', zoom.settings.secret!).update('qgg8vlvZRS6UYooatFL8Aw').digest('hex'),
      });
      expect(gh.dispatches).toHaveLength(0);
    });

    it('Discord PING: {"type":1} when signed by the application key, 401 when not', async () => {
      const discord = fixture('discord');
      const path = `/octo/bot/discord?__token=${await seal(discord.settings)}`;
      const body = JSON.stringify({ type: 1, id: '1', application_id: '2', token: 't', version: 1 });
      const ok = await send(relay.url, path, { method: 'POST', headers: await discord.sign(PUBLIC + path, body, now()), body });
      expect(ok.status).toBe(200);
      expect(ok.json()).toEqual({ type: 1 });
      // Discord checks an endpoint by also sending requests signed with another key.
      const other = nacl.sign.keyPair();
      const t = String(now());
      const bad = await send(relay.url, path, {
        method: 'POST',
        headers: [
          ['content-type', 'application/json'],
          ['x-signature-timestamp', t],
          ['x-signature-ed25519', Buffer.from(nacl.sign.detached(Buffer.from(t + body), other.secretKey)).toString('hex')],
        ],
        body,
      });
      expect(bad.status).toBe(401);
      expect(gh.dispatches).toHaveLength(0);
    });

    it("Trello's HEAD on creation: 200 for a Trello URL, nothing dispatched", async () => {
      const res = await send(relay.url, `/octo/bot/trello?__token=${await seal(fixture('trello').settings)}`, { method: 'HEAD' });
      expect(res.status).toBe(200);
      expect(gh.dispatches).toHaveLength(0);
    });
  });
});
