/**
 * Targets and limits in the core: `__workflow` / `__ref` parsed and refused with 400s that say
 * what to change; the envelope fitted to each target's limit (the workflow_dispatch input is the
 * envelope escaped once more); bodies past the limit as git blobs with git's own object id;
 * headers left out only as a last resort, and named; the blob request body built from bytes; the
 * client against the fake GitHub over loopback (ref added, default branch looked up once).
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app.js';
import { defaultRelayConfig } from '../../src/core/config.js';
import { RelayError } from '../../src/core/errors.js';
import { importSealingKeys, sealToken, type SealedClaims } from '../../src/core/seal.js';
import { newJti } from '../../src/core/seal-claims.js';
import { createGitHubClient } from '../../src/core/github/client.js';
import { systemClock } from '../../src/core/ports.js';
import { blobRefOf, blobRequestBody, blobRequestLength } from '../../src/core/relay/blob.js';
import { bodyOf } from '../../src/core/relay/bytes.js';
import { buildDispatch, envelopeOfRequest, withEnvelope } from '../../src/core/relay/envelope.js';
import { splitQuery } from '../../src/core/relay/query.js';
import { targetOf, type Target } from '../../src/core/relay/target.js';
import { createNodeHttpClient } from '../../src/node/http-client.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const REPO: Target = { kind: 'repository_dispatch', eventType: 'webhook' };
const WORKFLOW: Target = { kind: 'workflow_dispatch', workflow: 'webhook.yml' };
const base = {
  id: 'd-1',
  receivedAt: new Date(0),
  method: 'post',
  path: '/hooks/x',
  forwardedQuery: undefined,
  headers: { 'content-type': 'application/json' },
};
const gitSha = (b: Uint8Array) => createHash('sha1').update(`blob ${b.length}\0`).update(b).digest('hex');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function refused(fn: () => unknown, status: number, code: string): RelayError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(RelayError);
    expect((err as RelayError).status).toBe(status);
    expect((err as RelayError).code).toBe(code);
    return err as RelayError;
  }
  throw new Error('expected a RelayError');
}

describe('targetOf', () => {
  const of = (q: string) => targetOf(splitQuery(q).system);
  it('repository_dispatch by default, workflow_dispatch with __workflow (and __ref)', () => {
    expect(of('')).toEqual({ kind: 'repository_dispatch', eventType: 'webhook' });
    expect(of('__event_type=deploy')).toEqual({ kind: 'repository_dispatch', eventType: 'deploy' });
    expect(of('__workflow=webhook.yml')).toEqual({ kind: 'workflow_dispatch', workflow: 'webhook.yml' });
    expect(of('__workflow=ci.yaml&__ref=release%2F2.x')).toEqual({ kind: 'workflow_dispatch', workflow: 'ci.yaml', ref: 'release/2.x' });
    expect(of('__workflow=161335')).toEqual({ kind: 'workflow_dispatch', workflow: '161335' });
  });
  it('400s that say what to change', () => {
    expect(refused(() => of('__workflow=../secrets.yml'), 400, 'invalid_workflow').message).toMatch(/webhook\.yml/);
    refused(() => of('__workflow=webhook'), 400, 'invalid_workflow');
    refused(() => of('__workflow=a.yml&__ref=bad..ref'), 400, 'invalid_ref');
    refused(() => of('__workflow=a.yml&__ref=has%20space'), 400, 'invalid_ref');
    refused(() => of('__workflow=a.yml&__ref='), 400, 'invalid_ref');
    expect(refused(() => of('__ref=main'), 400, 'invalid_ref').message).toMatch(/__workflow/);
    expect(refused(() => of('__workflow=a.yml&__event_type=x'), 400, 'invalid_event_type').message).toMatch(/one of them/);
  });
});

describe('buildDispatch per target', () => {
  it('workflow_dispatch: the envelope as the text of inputs.payload, return_run_details, no ref', async () => {
    const built = await buildDispatch({ ...base, body: bodyOf(new TextEncoder().encode('{"ü":1}')), target: WORKFLOW });
    const body = JSON.parse(built.bodyJson) as { inputs: { payload: string }; return_run_details: boolean; ref?: string };
    expect(Object.keys(body)).toEqual(['inputs', 'return_run_details']);
    expect(body.return_run_details).toBe(true);
    expect(JSON.parse(body.inputs.payload)).toEqual(built.envelope);
    expect(envelopeOfRequest(built.bodyJson)).toEqual(built.envelope);
    const replay = withEnvelope(built.bodyJson, { ...built.envelope, id: 'd-2' });
    expect(envelopeOfRequest(replay).id).toBe('d-2');
  });

  it('counts the workflow input escaped once more: a quote-heavy body that fits an event is compressed for a run', async () => {
    const json = JSON.stringify(Array.from({ length: 1400 }, (_, i) => ({ k: `v${i}`, q: '"' })));
    const body = bodyOf(new TextEncoder().encode(json));
    const asEvent = await buildDispatch({ ...base, body, target: REPO });
    expect(asEvent.envelope.body_encoding).toBeUndefined();
    const asRun = await buildDispatch({ ...base, body, target: WORKFLOW });
    expect(asRun.envelope.body_encoding).toBe('gzip+base64');
    const inputs = (JSON.parse(asRun.bodyJson) as { inputs: unknown }).inputs;
    expect([...JSON.stringify(inputs)].length).toBeLessThanOrEqual(65_535);
  });

  it.each([REPO, WORKFLOW])('a body that does not fit even compressed becomes a git blob (%o)', async (target) => {
    const bytes = new Uint8Array(randomBytes(200_000));
    const built = await buildDispatch({ ...base, body: bodyOf(bytes), target });
    expect(built.envelope.body).toBeUndefined();
    expect(built.envelope.body_encoding).toBeUndefined();
    expect(built.envelope.body_ref).toEqual({ sha: gitSha(bytes), size: bytes.length, sha256: sha256(bytes) });
    expect(built.blob?.bytes).toBe(bytes);
    expect(built.bodyJson.length).toBeLessThan(2000);
  });

  it('leaves out the largest headers only when even the blob does not make it fit, and names them', async () => {
    // x-big is 40 KB in the event (each quote escaped), 80 KB inside the workflow input (escaped twice).
    const headers = { 'content-type': 'text/plain', 'x-small': 'keep me', 'x-big': '"'.repeat(20_000), 'x-bigger': 'c'.repeat(50_000) };
    const built = await buildDispatch({ ...base, headers, body: bodyOf(new TextEncoder().encode('hi')), target: REPO });
    expect(built.envelope.trimmed_headers).toEqual(['x-bigger']);
    expect(Object.keys(built.envelope.headers)).toEqual(['content-type', 'x-small', 'x-big']);
    // The small body went to a blob first (trimming is the last resort), then one header was left out.
    expect(built.envelope.body_ref?.size).toBe(2);
    const run = await buildDispatch({ ...base, headers, body: undefined, target: WORKFLOW });
    // Inside the workflow input x-big costs the most, so it is the one left out there.
    expect(run.envelope.trimmed_headers).toEqual(['x-big']);
    expect(Object.keys(run.envelope.headers)).toEqual(['content-type', 'x-small', 'x-bigger']);
  });

  it('413 naming the limit when the path and query alone do not fit', async () => {
    await expect(buildDispatch({ ...base, path: `/${'p'.repeat(70_000)}`, body: undefined, target: REPO })).rejects.toMatchObject({
      status: 413,
      code: 'payload_too_large',
    });
  });
});

describe('blob helpers', () => {
  it('blobRequestBody is {"encoding":"base64","content":…} for every length, written as bytes', async () => {
    for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 1000, 65_537]) {
      const bytes = new Uint8Array(randomBytes(n));
      const body = blobRequestBody(bytes);
      expect(body.length).toBe(blobRequestLength(n));
      expect(JSON.parse(Buffer.from(body).toString('utf8'))).toEqual({ encoding: 'base64', content: Buffer.from(bytes).toString('base64') });
    }
  });
  it('blobRefOf: git object id and SHA-256 of the bytes', async () => {
    const bytes = new TextEncoder().encode('what is up, doc?');
    // `echo -n 'what is up, doc?' | git hash-object --stdin`
    expect((await blobRefOf(bytes)).sha).toBe('bd9dbf5aae1a3862dd1526723246b20206e5fc37');
    expect((await blobRefOf(bytes)).sha256).toBe(sha256(bytes));
  });
});

describe('GitHub client against the fake', () => {
  let gh: FakeGitHub;
  const node = createNodeHttpClient();
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh.close();
    await node.close();
  });
  beforeEach(() => gh.reset());
  const client = () => createGitHubClient({ http: node.http, clock: systemClock, apiUrl: gh.url, userAgent: 'test' });
  const wfBody = (payload: string) => `{"inputs":{"payload":${JSON.stringify(payload)}},"return_run_details":true}`;

  it('a workflow_dispatch without a ref looks the default branch up once per repository, concurrent calls included', async () => {
    gh.repoApi.configure({ defaultBranch: 'trunk' });
    const github = client();
    const t = { owner: 'octo', repo: 'hello', authorization: 'token t', bodyJson: wfBody('{}'), target: WORKFLOW };
    const results = await Promise.all([github.dispatch(t, 2000), github.dispatch(t, 2000), github.dispatch(t, 2000)]);
    expect(results.map((r) => r.kind)).toEqual(['delivered', 'delivered', 'delivered']);
    await github.dispatch(t, 2000);
    expect(gh.repoApi.repoLookups).toBe(1);
    expect(gh.repoApi.workflowDispatches.map((d) => d.ref)).toEqual(['trunk', 'trunk', 'trunk', 'trunk']);
    const explicit = await github.dispatch({ ...t, target: { ...WORKFLOW, ref: 'v1' } }, 2000);
    expect(explicit.kind).toBe('delivered');
    expect(gh.repoApi.workflowDispatches.at(-1)?.ref).toBe('v1');
    expect(gh.repoApi.repoLookups).toBe(1);
  });

  it('a refused lookup is the result (404), and nothing is cached from it', async () => {
    gh.configure({ repos: ['octo/other'] });
    const github = client();
    const r = await github.dispatch({ owner: 'octo', repo: 'hello', authorization: 'token t', bodyJson: wfBody('{}'), target: WORKFLOW }, 2000);
    expect(r.kind).toBe('failed');
    expect(r.response?.status).toBe(404);
    expect(gh.repoApi.workflowDispatches).toHaveLength(0);
  });

  it('createBlob is delivered only with the expected id', async () => {
    const github = client();
    const bytes = new Uint8Array(randomBytes(10_000));
    const ok = await github.createBlob({ owner: 'octo', repo: 'hello', authorization: 'token t', bytes, sha: gitSha(bytes) }, 2000);
    expect(ok.kind).toBe('delivered');
    expect(gh.repoApi.blob('octo', 'hello', gitSha(bytes))?.equals(Buffer.from(bytes))).toBe(true);
    const wrong = await github.createBlob({ owner: 'octo', repo: 'hello', authorization: 'token t', bytes, sha: '0'.repeat(40) }, 2000);
    expect(wrong).toMatchObject({ kind: 'retry', reason: 'server' });
  });
});

describe('sealed hook URLs and __workflow', () => {
  let gh: FakeGitHub;
  const node = createNodeHttpClient();
  const key = new Uint8Array(randomBytes(32));
  beforeAll(async () => {
    gh = await startFakeGitHub();
  });
  afterAll(async () => {
    await gh.close();
    await node.close();
  });
  const app = () => createApp({ ...defaultRelayConfig, githubApiUrl: gh.url, sealingKeys: [key] }, { http: node.http });
  const sealed = async (over: Partial<SealedClaims>) =>
    sealToken(
      {
        jti: newJti(),
        iat: Math.floor(Date.now() / 1000),
        repo: 'octo/bot',
        credential: { kind: 'pat', token: 'ghp_sealedForTargets0000000000000000000' },
        ...over,
      },
      await importSealingKeys([key]),
    );

  it('a URL sealed for one event type cannot start a workflow_dispatch run; one without a fixed event type can', async () => {
    const fixed = await sealed({ eventType: 'deploy' });
    const refused = await app().request(`http://relay.test/octo/bot/x?__workflow=webhook.yml&__token=${fixed}`, { method: 'POST', body: '{}' });
    expect(refused.status).toBe(403);
    expect((await refused.json()) as { code: string; message: string }).toMatchObject({
      code: 'event_type_not_allowed',
      message: expect.stringMatching(/cannot start a workflow_dispatch run. Remove __workflow/),
    });
    expect(gh.repoApi.workflowDispatches).toHaveLength(0);
    const open = await sealed({});
    const ok = await app().request(`http://relay.test/octo/bot/x?__workflow=webhook.yml&__ref=main&__token=${open}`, { method: 'POST', body: '{}' });
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect(((await ok.json()) as { run_id: number }).run_id).toBe(gh.repoApi.workflowDispatches[0]!.runId);
  });
});
