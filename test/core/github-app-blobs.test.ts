/**
 * With the relay acting as a GitHub App, every call of a delivery takes the installation token in
 * place of the App marker: storing the body's git blob, the repository lookup for the default
 * branch, and the dispatch of either kind; tokens minted per scope (a workflow run also needs Actions).
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appCredential } from '../../src/core/github/app-auth.js';
import { createGitHubClient } from '../../src/core/github/client.js';
import { createNodeHttpClient } from '../../src/node/http-client.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE = keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const PUBLIC = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

let gh: FakeGitHub;
const node = createNodeHttpClient();
beforeAll(async () => {
  gh = await startFakeGitHub({
    app: { appId: '77', publicKey: PUBLIC, installations: { 'octo/bot': 7 }, permissions: { contents: 'write', actions: 'write', metadata: 'read' } },
  });
});
afterAll(async () => {
  await gh.close();
  await node.close();
});
beforeEach(() => gh.reset());

describe('GitHub App credential on a delivery with a blob', () => {
  it('stores the blob and looks the default branch up with a contents token, and starts the run with one that may also run Actions', async () => {
    const github = createGitHubClient({
      http: node.http,
      clock: { now: () => Date.now() },
      apiUrl: gh.url,
      userAgent: 'test',
      app: { appId: '77', privateKey: PRIVATE },
    });
    const authorization = appCredential('octo', 'bot');
    const bytes = randomBytes(70_000);
    const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    const stored = await github.createBlob({ owner: 'octo', repo: 'bot', authorization, bytes, sha }, 5000);
    expect(stored.kind).toBe('delivered');
    const payload = JSON.stringify({ id: 'x', body_ref: { sha, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } });
    const started = await github.dispatch(
      {
        owner: 'octo',
        repo: 'bot',
        authorization,
        bodyJson: `{"inputs":{"payload":${JSON.stringify(payload)}},"return_run_details":true}`,
        target: { kind: 'workflow_dispatch', workflow: 'webhook.yml' },
      },
      5000,
    );
    expect(started.kind).toBe('delivered');
    // Each token is as narrow as its calls: Contents for the blob and the lookup, Actions too for the run.
    expect(gh.app!.minted.map((m) => m.permissions)).toEqual([{ contents: 'write' }, { contents: 'write', actions: 'write' }]);
    const token = `token ${gh.app!.minted[0]!.token}`;
    const runToken = `token ${gh.app!.minted[1]!.token}`;
    // The App's own calls (installation lookup, token mint) use its JWT; the delivery's use the token.
    const seen = gh.requests
      .filter((r) => !r.url.startsWith('/app') && !r.url.endsWith('/installation'))
      .map((r) => [r.method, r.url.replace(/\?.*/, ''), r.headers.authorization]);
    expect(seen).toEqual([
      ['POST', '/repos/octo/bot/git/blobs', token],
      ['GET', '/repos/octo/bot', token],
      ['POST', '/repos/octo/bot/actions/workflows/webhook.yml/dispatches', runToken],
    ]);
    expect(gh.repoApi.blob('octo', 'bot', sha)?.equals(bytes)).toBe(true);
  });
});
