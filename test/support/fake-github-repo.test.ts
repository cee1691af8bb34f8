/**
 * The fake's repository endpoints keep GitHub's contract: workflow_dispatch with and without run
 * details and its refusals, git blobs created and read back with git's object ids, the repository
 * with its default branch. Blob ids are checked against `git hash-object` semantics computed here.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => gh.reset());

const AUTH = { authorization: 'token ghp_abc' };

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH): Promise<Response> {
  return fetch(gh.url + path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
}

async function expectError(res: Response, status: number, message: string | RegExp): Promise<void> {
  expect(res.status).toBe(status);
  const json = (await res.json()) as { message: string; documentation_url: string };
  if (typeof message === 'string') expect(json.message).toBe(message);
  else expect(json.message).toMatch(message);
  expect(json.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//);
}

const dispatchOf = (file = 'webhook.yml', repo = 'octo/hello') => `/repos/${repo}/actions/workflows/${file}/dispatches`;
const sha1 = (bytes: Buffer) =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');

describe('fake GitHub: workflow_dispatch', () => {
  it('with return_run_details answers 200 with the run id and links on the fake itself; without, 204', async () => {
    const res = await call('POST', dispatchOf(), { ref: 'main', inputs: { payload: '{"id":"x"}' }, return_run_details: true });
    expect(res.status).toBe(200);
    const run = (await res.json()) as { workflow_run_id: number; run_url: string; html_url: string };
    expect(run.workflow_run_id).toBeGreaterThan(0);
    expect(run.run_url).toBe(`${gh.url}/repos/octo/hello/actions/runs/${run.workflow_run_id}`);
    expect(run.html_url).toBe(`${gh.url}/octo/hello/actions/runs/${run.workflow_run_id}`);
    const plain = await call('POST', dispatchOf(), { ref: 'main', inputs: { payload: '{}' } });
    expect(plain.status).toBe(204);
    expect(gh.repoApi.workflowDispatches.map((d) => [d.workflow, d.ref, d.returnRunDetails])).toEqual([
      ['webhook.yml', 'main', true],
      ['webhook.yml', 'main', false],
    ]);
    expect(gh.repoApi.workflowDispatches[1]!.runId).toBe(run.workflow_run_id + 1);
  });

  it('a server without run details answers 204 even when they are asked for', async () => {
    gh.repoApi.configure({ runDetails: false });
    const res = await call('POST', dispatchOf(), { ref: 'main', inputs: { payload: '{}' }, return_run_details: true });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it('404 for an unknown workflow; 422 without a workflow_dispatch trigger, for a bad ref, no ref', async () => {
    gh.repoApi.configure({ workflows: { 'Octo/Hello': { 'webhook.yml': {}, 'push-only.yml': { dispatchable: false } } } });
    await expectError(await call('POST', dispatchOf('nope.yml'), { ref: 'main' }), 404, 'Not Found');
    await expectError(
      await call('POST', dispatchOf('push-only.yml'), { ref: 'main', inputs: { payload: '{}' } }),
      422,
      "Workflow does not have 'workflow_dispatch' trigger",
    );
    await expectError(await call('POST', dispatchOf(), { ref: 'no-such-branch', inputs: { payload: '{}' } }), 422, 'No ref found for: no-such-branch');
    await expectError(await call('POST', dispatchOf(), { inputs: { payload: '{}' } }), 422, /"ref" wasn't supplied/);
    // Other branches and tags, with or without refs/heads/.
    expect((await call('POST', dispatchOf(), { ref: 'refs/heads/release', inputs: { payload: '{}' } })).status).toBe(204);
    expect((await call('POST', dispatchOf(), { ref: 'v1', inputs: { payload: '{}' } })).status).toBe(204);
    // Without a registry for the repository, any .yml is a workflow, anything else is not.
    await expectError(await call('POST', dispatchOf('README.md', 'octo/other'), { ref: 'main' }), 404, 'Not Found');
  });

  it("refuses GitHub's input limits with 422: more than 25, over 65,535 characters, undeclared or missing", async () => {
    const many = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`i${i}`, 'x']));
    gh.repoApi.configure({
      workflows: { 'octo/hello': { 'wide.yml': { inputs: Object.fromEntries(Object.keys(many).map((k) => [k, {}])) }, 'webhook.yml': {} } },
    });
    await expectError(
      await call('POST', dispatchOf('wide.yml'), { ref: 'main', inputs: many }),
      422,
      /No more than 25 properties are allowed; 26 were supplied/,
    );
    // 65,535 characters of serialized inputs pass; one more does not.
    const fits = 'a'.repeat(65_535 - JSON.stringify({ payload: '' }).length);
    expect((await call('POST', dispatchOf(), { ref: 'main', inputs: { payload: fits } })).status).toBe(204);
    await expectError(await call('POST', dispatchOf(), { ref: 'main', inputs: { payload: `${fits}a` } }), 422, 'inputs are too large.');
    await expectError(await call('POST', dispatchOf(), { ref: 'main', inputs: { payload: '{}', extra: '1' } }), 422, 'Unexpected inputs provided: ["extra"]');
    await expectError(await call('POST', dispatchOf(), { ref: 'main', inputs: {} }), 422, "Required input 'payload' not provided");
  });

  it('authenticates like every endpoint: 401 without or with a bad token, 404 for a missing repository', async () => {
    gh.configure({ tokens: ['good'], repos: ['octo/hello'] });
    await expectError(await call('POST', dispatchOf(), { ref: 'main' }, {}), 401, 'Requires authentication');
    await expectError(await call('POST', dispatchOf(), { ref: 'main' }, { authorization: 'token bad' }), 401, 'Bad credentials');
    await expectError(await call('POST', dispatchOf('webhook.yml', 'octo/gone'), { ref: 'main' }, { authorization: 'token good' }), 404, 'Not Found');
    expect(gh.repoApi.workflowDispatches).toHaveLength(0);
  });
});

describe('fake GitHub: git blobs', () => {
  it("creates a blob from base64 or utf-8 with git's object id, and reads it back as JSON or raw", async () => {
    const bytes = randomBytes(100_000);
    const created = await call('POST', '/repos/octo/hello/git/blobs', { content: bytes.toString('base64'), encoding: 'base64' });
    expect(created.status).toBe(201);
    const { sha, url } = (await created.json()) as { sha: string; url: string };
    expect(sha).toBe(sha1(bytes));
    expect(url).toBe(`${gh.url}/repos/octo/hello/git/blobs/${sha}`);
    const json = (await (await call('GET', `/repos/octo/hello/git/blobs/${sha}`)).json()) as { content: string; encoding: string; size: number; sha: string };
    expect(json).toMatchObject({ encoding: 'base64', size: bytes.length, sha });
    expect(json.content.split('\n').every((l) => l.length <= 60)).toBe(true);
    expect(Buffer.from(json.content.replace(/\n/g, ''), 'base64').equals(bytes)).toBe(true);
    const raw = await call('GET', `/repos/octo/hello/git/blobs/${sha}`, undefined, { ...AUTH, accept: 'application/vnd.github.raw+json' });
    expect(Buffer.from(await raw.arrayBuffer()).equals(bytes)).toBe(true);
    const text = await call('POST', '/repos/octo/hello/git/blobs', { content: 'héllo\n' });
    expect(((await text.json()) as { sha: string }).sha).toBe(sha1(Buffer.from('héllo\n')));
    // Blobs live in their repository.
    await expectError(await call('GET', `/repos/octo/other/git/blobs/${sha}`), 404, 'Not Found');
  });

  it('422 for an unknown encoding, invalid base64 or no content; 404 for an unknown blob', async () => {
    await expectError(await call('POST', '/repos/octo/hello/git/blobs', { content: 'x', encoding: 'latin1' }), 422, /encoding/);
    await expectError(await call('POST', '/repos/octo/hello/git/blobs', { content: 'not*base64', encoding: 'base64' }), 422, /not valid Base64/);
    await expectError(await call('POST', '/repos/octo/hello/git/blobs', { encoding: 'base64' }), 422, /"content" wasn't supplied/);
    await expectError(await call('GET', `/repos/octo/hello/git/blobs/${'0'.repeat(40)}`), 404, 'Not Found');
    expect(gh.repoApi.blobsCreated).toHaveLength(0);
  });
});

describe('fake GitHub: GET /repos/{owner}/{repo}', () => {
  it('answers the default branch, and counts the lookups', async () => {
    gh.repoApi.configure({ defaultBranch: 'trunk' });
    const res = await call('GET', '/repos/octo/hello');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ full_name: 'octo/hello', default_branch: 'trunk' });
    expect(gh.repoApi.repoLookups).toBe(1);
    gh.configure({ repos: ['octo/elsewhere'] });
    await expectError(await call('GET', '/repos/octo/hello'), 404, 'Not Found');
  });
});
