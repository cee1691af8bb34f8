/**
 * Conformance: the two targets and the body that does not fit, on every runtime.
 * - `__workflow` starts a workflow_dispatch run and the answer links to it; `__ref` picks the
 *   branch, else the default branch is looked up once; `__response_*` still apply; GitHub's
 *   refusals (unknown workflow 404, no trigger / bad ref 422) reach the sender as GitHub said.
 * - A body too large even compressed is stored as a git blob first, on both targets; when GitHub
 *   refuses the blob nothing is dispatched; when it is down, a durable runtime queues (Node) or,
 *   where the bytes cannot wait (Workers), the sender is told to retry.
 */
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RUNTIME_ROWS, TOKEN, decodeBody, envelopeOf, envelopeOfRun, expectRelayError, header, useRelay } from './harness.js';

const gitSha = (b: Buffer) => createHash('sha1').update(`blob ${b.length}\0`).update(b).digest('hex');

describe.each(RUNTIME_ROWS)('targets on %s', (name, runtime) => {
  const h = useRelay(runtime, {}, { expect422: true });

  describe('workflow_dispatch', () => {
    it('answers {success, id, run_id, run_url, html_url}; the run gets the envelope as inputs.payload on the default branch', async () => {
      const body = JSON.stringify({ order: 42, note: 'grüße "quoted"' });
      const res = await h.send(`/octo/hello/shop/orders?__workflow=webhook.yml&keep=1&__token=${TOKEN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, res.text()).toBe(200);
      const id = header(res, 'x-webhook2github-delivery');
      const run = h.gh.repoApi.workflowDispatches[0]!;
      expect(res.json()).toEqual({
        success: true,
        id,
        run_id: run.runId,
        run_url: `${h.gh.url}/repos/octo/hello/actions/runs/${run.runId}`,
        html_url: `${h.gh.url}/octo/hello/actions/runs/${run.runId}`,
      });
      expect(run).toMatchObject({ workflow: 'webhook.yml', ref: 'main', returnRunDetails: true });
      expect(Object.keys(run.inputs)).toEqual(['payload']);
      const env = envelopeOfRun(run);
      expect(env).toMatchObject({ id, method: 'POST', path: '/shop/orders?keep=1' });
      expect(decodeBody(env).toString('utf8')).toBe(body);
      expect(h.gh.dispatches).toHaveLength(0);
    });

    it('__ref picks the branch; without it the default branch is looked up once for the repository', async () => {
      h.gh.repoApi.configure({ defaultBranch: 'trunk' });
      for (let i = 0; i < 3; i++) {
        const res = await h.send(`/octo/branch-cache/x?__workflow=webhook.yml&__token=${TOKEN}`, { method: 'POST', body: '{}' });
        expect(res.status, res.text()).toBe(200);
      }
      const tagged = await h.send(`/octo/branch-cache/x?__workflow=webhook.yml&__ref=v1&__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(tagged.status, tagged.text()).toBe(200);
      expect(h.gh.repoApi.workflowDispatches.map((d) => d.ref)).toEqual(['trunk', 'trunk', 'trunk', 'v1']);
      expect(h.gh.repoApi.repoLookups).toBe(1);
    });

    it('a server without run details (204): {success, id} without a link', async () => {
      h.gh.repoApi.configure({ runDetails: false });
      const res = await h.send(`/octo/hello/x?__workflow=webhook.yml&__ref=main&__token=${TOKEN}`, { method: 'POST', body: 'ping' });
      expect(res.status, res.text()).toBe(200);
      expect(res.json()).toEqual({ success: true, id: header(res, 'x-webhook2github-delivery') });
    });

    it('__response_code, __response_content_type and __response_body still apply', async () => {
      const res = await h.send(
        `/octo/hello/x?__workflow=webhook.yml&__ref=main&__response_code=201&__response_content_type=text/plain&__response_body=thanks&__token=${TOKEN}`,
        { method: 'POST', body: '{}' },
      );
      expect(res.status).toBe(201);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text()).toBe('thanks');
      expect(h.gh.repoApi.workflowDispatches).toHaveLength(1);
    });

    it("GitHub's refusals reach the sender: 404 unknown workflow, 422 no workflow_dispatch trigger, 422 unknown ref", async () => {
      h.gh.repoApi.configure({ workflows: { 'octo/hello': { 'webhook.yml': {}, 'on-push.yml': { dispatchable: false } } } });
      const unknown = await h.send(`/octo/hello/x?__workflow=nope.yml&__ref=main&__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(unknown.status).toBe(404);
      expect(unknown.json()['message']).toBe('Not Found');
      const noTrigger = await h.send(`/octo/hello/x?__workflow=on-push.yml&__ref=main&__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(noTrigger.status).toBe(422);
      expect(noTrigger.json()['message']).toBe("Workflow does not have 'workflow_dispatch' trigger");
      const badRef = await h.send(`/octo/hello/x?__workflow=webhook.yml&__ref=gone&__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(badRef.status).toBe(422);
      expect(badRef.json()['message']).toBe('No ref found for: gone');
      expect(h.gh.repoApi.workflowDispatches).toHaveLength(0);
    });

    it('refuses a bad __workflow or __ref with 400 before anything is sent', async () => {
      expect(
        expectRelayError(await h.send(`/octo/hello/x?__workflow=..%2Fx.yml&__token=${TOKEN}`, { method: 'POST', body: '{}' }), 400, h.relay.url)['code'],
      ).toBe('invalid_workflow');
      expect(expectRelayError(await h.send(`/octo/hello/x?__ref=main&__token=${TOKEN}`, { method: 'POST', body: '{}' }), 400, h.relay.url)['code']).toBe(
        'invalid_ref',
      );
      expect(h.gh.requests).toHaveLength(0);
    });

    it('a quote-heavy body that would fit an event is compressed to fit the run input; GitHub never refuses its size', async () => {
      const body = JSON.stringify(Array.from({ length: 1400 }, (_, i) => ({ k: `v${i}`, q: '"' })));
      const res = await h.send(`/octo/hello/x?__workflow=webhook.yml&__ref=main&__token=${TOKEN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, res.text()).toBe(200);
      const run = h.gh.repoApi.workflowDispatches[0]!;
      expect([...JSON.stringify(run.inputs)].length).toBeLessThanOrEqual(65_535);
      const env = envelopeOfRun(run);
      expect(env.body_encoding).toBe('gzip+base64');
      expect(decodeBody(env).toString('utf8')).toBe(body);
    });
  });

  describe('bodies as git blobs', () => {
    it('workflow_dispatch: the blob first, then the run with body_ref', async () => {
      const body = randomBytes(150_000);
      const res = await h.send(`/octo/hello/upload?__workflow=webhook.yml&__ref=main&__token=${TOKEN}`, { method: 'PUT', body });
      expect(res.status, res.text()).toBe(200);
      expect(res.json()['run_id']).toBe(h.gh.repoApi.workflowDispatches[0]!.runId);
      const env = envelopeOfRun(h.gh.repoApi.workflowDispatches[0]);
      expect(env.body_ref).toMatchObject({ sha: gitSha(body), size: body.length });
      expect(decodeBody(env, { gh: h.gh, owner: 'octo', repo: 'hello' }).equals(body)).toBe(true);
      expect(h.gh.repoApi.blobsCreated.map((b) => b.time <= h.gh.repoApi.workflowDispatches[0]!.time)).toEqual([true]);
    });

    it('GitHub refusing the blob (403) is the answer, and nothing is dispatched', async () => {
      h.gh.answer(1, {
        status: 403,
        body: {
          message: 'Resource not accessible by personal access token',
          documentation_url: 'https://docs.github.com/rest/git/blobs#create-a-blob',
          status: '403',
        },
      });
      const res = await h.send(`/octo/hello/upload?__token=${TOKEN}`, { method: 'POST', body: randomBytes(120_000) });
      expect(res.status).toBe(403);
      expect(res.json()['message']).toBe('Resource not accessible by personal access token');
      expect(h.gh.requests.map((r) => r.url)).toEqual(['/repos/octo/hello/git/blobs']);
      expect(h.gh.dispatches).toHaveLength(0);
    });

    it(
      name === 'node' || name === 'workerd-lanes'
        ? 'GitHub down for the blob: 202 queued, then blob and dispatch from the outbox'
        : 'GitHub down for the blob: the bytes cannot be queued, so the sender gets the failure (502) and retries',
      async () => {
        const body = randomBytes(120_000);
        h.gh.fail(1, 502);
        const res = await h.send(`/octo/hello/upload?__token=${TOKEN}`, { method: 'POST', body });
        if (name === 'node' || name === 'workerd-lanes') {
          expect(res.status, res.text()).toBe(202);
          await h.gh.waitFor(() => h.gh.dispatches.length === 1, 15_000);
          expect(decodeBody(envelopeOf(h.gh.dispatches[0]), { gh: h.gh, owner: 'octo', repo: 'hello' }).equals(body)).toBe(true);
        } else {
          expect(res.status).toBe(502);
          expect(h.gh.dispatches).toHaveLength(0);
        }
      },
    );
  });
});
