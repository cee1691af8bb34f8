/**
 * Sealed URLs through the Workers queue (workerd, Miniflare): what goes on the queue when GitHub
 * cannot take a webhook now holds neither the sealed token, nor the PAT in clear, nor an
 * installation token; an App delivery carries only the marker, sealed with W2G_SECRET.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialBox } from '../../src/core/delivery/credential-box.js';
import { appCredential } from '../../src/core/github/app-auth.js';
import { importSealingKeys, sealToken } from '../../src/core/seal.js';
import { newJti } from '../../src/core/seal-claims.js';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { SECRET, buildWorker, startQueueRelay, type QueueRelay } from './support/queue-relay.js';

const PAT = `ghp_${randomBytes(18).toString('hex')}`;
const KEY = randomBytes(32);
const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
const APP_PEM = app.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

let gh: FakeGitHub;
let relay: QueueRelay;
beforeAll(async () => {
  buildWorker();
  gh = await startFakeGitHub({
    app: { appId: '5', publicKey: app.publicKey.export({ type: 'spki', format: 'pem' }).toString(), installations: { 'octo/bot': 1 } },
  });
  relay = await startQueueRelay({
    githubApiUrl: gh.url,
    spy: true,
    bindings: { W2G_SEALING_KEYS: KEY.toString('base64url'), W2G_GITHUB_APP_ID: '5', W2G_GITHUB_APP_PRIVATE_KEY: APP_PEM },
  });
});
afterAll(async () => {
  await relay?.stop();
  await gh?.close();
});

describe('sealed URLs on the Workers queue', () => {
  it('queues the PAT sealed with W2G_SECRET and the App as a marker; no sealed or installation token anywhere', async () => {
    const ring = await importSealingKeys([KEY]);
    const claims = { jti: newJti(), iat: Math.floor(Date.now() / 1000), repo: 'octo/bot' };
    const withPat = await sealToken({ ...claims, credential: { kind: 'pat', token: PAT } }, ring);
    const withApp = await sealToken({ ...claims, jti: newJti(), credential: { kind: 'app' } }, ring);
    const ids: string[] = [];
    for (const token of [withPat, withApp]) {
      // The App's first call (installation lookup) or the dispatch fails: either way the webhook is queued.
      gh.fail(3, 502);
      const res = await fetch(`${relay.url}/octo/bot/h?__token=${token}`, { method: 'POST', body: '{"a":1}' });
      expect(res.status, await res.text()).toBe(202);
      ids.push(res.headers.get('x-webhook2github-delivery') ?? '');
    }
    let bodies: Record<string, unknown>[] = [];
    await waitFor(async () => {
      bodies = await relay.spied();
      return ids.every((id) => bodies.some((b) => b['id'] === id));
    }, 10_000);
    const text = JSON.stringify(bodies) + relay.lines.join('\n');
    for (const secret of [PAT, withPat.slice(4, 60), withApp.slice(4, 60), 'ghs_', APP_PEM.split('\n')[3]!]) expect(text).not.toContain(secret);
    const box = await createCredentialBox(SECRET);
    const [patMessage, appMessage] = ids.map((id) => bodies.find((b) => b['id'] === id)!);
    expect(await box.open(String(patMessage!['credential']), ids[0]!)).toBe(`token ${PAT}`);
    expect(await box.open(String(appMessage!['credential']), ids[1]!)).toBe(appCredential('octo', 'bot'));
  });
});
