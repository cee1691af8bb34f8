/**
 * Conformance: AWS SNS at the edge, on Node and workerd. A hook URL sealed with `--verify aws-sns`
 * (and a topic) has every message's RSA signature checked with the certificate its SigningCertURL
 * names — fetched only from `https://sns.<region>.amazonaws.com`, once — before a subscription is
 * confirmed or a notification dispatched. Nothing leaves 127.0.0.1: the Node relay reaches
 * `sns.us-east-1.amazonaws.com` through a loopback CONNECT proxy (HTTPS_PROXY) that leads to a
 * loopback HTTPS server whose certificate a test CA signed (NODE_EXTRA_CA_CERTS); the Worker's
 * outbound fetches to that host are answered by the same server's handler (Miniflare's
 * outboundService). Certificates and keys are made at test time (test/support/sns-cert.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect as netConnect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importSealingKeys, sealToken, type SealingKeyring } from '../../src/core/seal.js';
import { newJti } from '../../src/core/seal-claims.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, startWorkerdRelay, type RelayHandle } from '../support/relay-process.js';
import { SNS_HOST, createSnsSigner, type SnsSigner } from '../support/sns-cert.js';
import { envelopeOf, expectRelayError, send } from './harness.js';

const KEY = randomBytes(32);

/** A CONNECT proxy on loopback that tunnels SNS_HOST:443 to the loopback HTTPS server, and refuses anything else. */
async function startProxy(snsPort: number): Promise<{ url: string; tunnels: string[]; close(): Promise<void> }> {
  const tunnels: string[] = [];
  const server: Server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    if (req.url !== `${SNS_HOST}:443`) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = netConnect(snsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const RUNTIMES = [
  [
    'node',
    async (gh: FakeGitHub, sns: SnsSigner, proxyUrl: string): Promise<RelayHandle> =>
      startNodeRelay({
        githubApiUrl: gh.url,
        w2g: { W2G_SEALING_KEYS: KEY.toString('base64url') },
        env: { HTTPS_PROXY: proxyUrl, NO_PROXY: '127.0.0.1,localhost', NODE_EXTRA_CA_CERTS: sns.caFile, W2G_DISPATCH_RATE: '0' },
      }),
  ],
  [
    'workerd',
    async (gh: FakeGitHub, sns: SnsSigner): Promise<RelayHandle> =>
      startWorkerdRelay({
        githubApiUrl: gh.url,
        w2g: { W2G_SEALING_KEYS: KEY.toString('base64url') },
        outboundService: async (request: Request) => {
          const url = new URL(request.url);
          if (url.hostname === SNS_HOST && url.protocol === 'https:') return sns.answer(url.pathname + url.search);
          // Only loopback (the fake GitHub) otherwise.
          if (url.hostname !== '127.0.0.1') return new Response('no outside hosts in tests', { status: 599 });
          // Miniflare hands over its own Request class: copy it for Node's fetch.
          const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
          const res = await fetch(request.url, {
            method: request.method,
            headers: Object.fromEntries(
              [...request.headers].filter(([k]) => !['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive'].includes(k)),
            ),
            ...(body ? { body } : {}),
          });
          return new Response(res.status === 204 ? null : await res.arrayBuffer(), {
            status: res.status,
            headers: Object.fromEntries([...res.headers].filter(([k]) => !['content-length', 'connection', 'transfer-encoding', 'keep-alive'].includes(k))),
          });
        },
      }),
  ],
] as const;

describe.each(RUNTIMES)('AWS SNS at the edge on %s', (_name, start) => {
  let gh: FakeGitHub;
  let sns: SnsSigner;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let relay: RelayHandle;
  let ring: SealingKeyring;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    sns = await createSnsSigner();
    proxy = await startProxy(sns.port);
    relay = await start(gh, sns, proxy.url);
    ring = await importSealingKeys([KEY]);
  }, 60_000);
  afterAll(async () => {
    await relay?.stop();
    await proxy?.close();
    await sns?.close();
    await gh?.close();
  });
  beforeEach(() => {
    gh.reset();
    sns.fetched.length = 0;
  });

  const sealed = (topicArn?: string) =>
    sealToken(
      {
        jti: newJti(),
        iat: Math.floor(Date.now() / 1000),
        repo: 'octo/bot',
        credential: { kind: 'pat', token: 'ghp_sns' },
        verify: { provider: 'aws-sns', ...(topicArn ? { topicArn } : {}) },
      },
      ring,
    );
  const subscribeUrl = `https://${SNS_HOST}/?Action=ConfirmSubscription&TopicArn=arn&Token=2336412f37`;
  const confirmation = () => ({
    Type: 'SubscriptionConfirmation',
    MessageId: `m-${randomBytes(4).toString('hex')}`,
    Token: '2336412f37',
    TopicArn: sns.topicArn,
    Message: 'You have chosen to subscribe.',
    SubscribeURL: subscribeUrl,
    Timestamp: new Date().toISOString(),
  });
  const notification = (over: Record<string, string> = {}) => ({
    Type: 'Notification',
    MessageId: `n-${randomBytes(4).toString('hex')}`,
    TopicArn: sns.topicArn,
    Subject: 'Prüfung',
    Message: '{"alarm":"ALARM ✓"}',
    Timestamp: new Date().toISOString(),
    ...over,
  });
  const post = (path: string, type: string, msg: Record<string, string>) =>
    send(relay.url, path, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=UTF-8', 'x-amz-sns-message-type': type },
      body: JSON.stringify(msg),
      timeoutMs: 15_000,
    });

  it('a signed subscription confirmation is confirmed (SubscribeURL fetched from AWS SNS), a forged one is 401 and fetches nothing', async () => {
    const path = `/octo/bot/sns?__token=${await sealed(sns.topicArn)}`;
    const forged = { ...sns.sign(confirmation(), '2'), Message: 'changed' };
    expect(expectRelayError(await post(path, 'SubscriptionConfirmation', forged), 401, relay.url)).toMatchObject({
      code: 'signature_mismatch',
      provider: 'aws-sns',
    });
    expect(sns.fetched.filter((p) => p.startsWith('/?Action='))).toEqual([]);
    const ok = await post(path, 'SubscriptionConfirmation', sns.sign(confirmation(), '1'));
    expect(ok.status, ok.text()).toBe(200);
    expect(ok.json()).toEqual({ success: true });
    expect(sns.fetched.filter((p) => p.startsWith('/?Action=ConfirmSubscription'))).toHaveLength(1);
    expect(gh.dispatches).toHaveLength(0);
  });

  it('signed notifications are dispatched with verified: aws-sns (the certificate fetched once); another topic or a changed message is 401', async () => {
    const path = `/octo/bot/sns?__token=${await sealed(sns.topicArn)}`;
    for (const version of ['1', '2'] as const) {
      const res = await post(path, 'Notification', sns.sign(notification(), version));
      expect(res.status, res.text()).toBe(200);
    }
    await gh.waitFor(() => gh.dispatches.length === 2, 10_000);
    expect(gh.dispatches.map((d) => envelopeOf(d).verified)).toEqual(['aws-sns', 'aws-sns']);
    expect(sns.fetched.filter((p) => p.endsWith('.pem')).length).toBeLessThanOrEqual(1);
    const other = sns.sign(notification({ TopicArn: `${sns.topicArn}-other` }), '2');
    expect(expectRelayError(await post(path, 'Notification', other), 401, relay.url)['message']).toMatch(/another topic/);
    expect((await post(path, 'Notification', { ...sns.sign(notification(), '2'), Message: 'x' })).status).toBe(401);
    expect(gh.dispatches).toHaveLength(2);
  });

  it('a plain hook URL (no --verify) still confirms subscriptions at the edge, as before', async () => {
    const res = await post('/octo/bot/sns?__token=ghp_plain', 'SubscriptionConfirmation', confirmation());
    expect(res.status, res.text()).toBe(200);
    expect(sns.fetched.filter((p) => p.startsWith('/?Action=ConfirmSubscription'))).toHaveLength(1);
    expect(gh.dispatches).toHaveLength(0);
  });
});
