/**
 * The bundled Action reads a workflow_dispatch run (the envelope as the text of `inputs.payload`)
 * exactly like a repository_dispatch event; a run without the input, or with something else in
 * it, fails the step saying so; headers the relay had to leave out are named in a warning; a
 * body_ref whose blob is gone fails the step with a message that says why.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf, workflowDispatchEvent } from './support/dispatch-event.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const workspace = makeWorkspace({
  'shop.yml': `on:
  webhook:
    path: /:order
jobs: {}
`,
});

const request = {
  method: 'POST',
  url: '/shop/webhook/42?src=mail',
  headers: { 'content-type': 'application/json', 'x-shop': 'Ünïcode' },
  body: '{"total":120,"note":"grüße"}',
};

describe('Action: workflow_dispatch runs', () => {
  it('gives the same outputs as the repository_dispatch of the same envelope', async () => {
    const envelope = envelopeOf(request);
    const asEvent = await runAction({ workspace, event: dispatchEvent(envelope) });
    const asRun = await runAction({ workspace, event: workflowDispatchEvent(envelope), eventName: 'workflow_dispatch' });
    expect(asRun.code, asRun.stdout).toBe(0);
    expect(asRun.outputs).toEqual({ ...asEvent.outputs, 'body-file': asRun.outputs['body-file'] });
    expect(asRun.outputs).toMatchObject({ matched: 'true', workflow: 'shop', trigger: 'webhook', body: request.body, querystring: 'src=mail' });
    expect(JSON.parse(asRun.outputs.params as string)).toEqual({ order: '42' });
  });

  it('event-type filters repository_dispatch events only: a run has no event_type', async () => {
    const run = await runAction({
      workspace,
      event: workflowDispatchEvent(envelopeOf(request)),
      eventName: 'workflow_dispatch',
      inputs: { 'event-type': 'deploy' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.matched).toBe('true');
  });

  it('a run without inputs.payload, or with something else in it, fails the step with what to fix', async () => {
    const missing = await runAction({ workspace, event: { inputs: {}, ref: 'refs/heads/main', workflow: 'x.yml' }, eventName: 'workflow_dispatch' });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/no inputs\.payload.*declare the input "payload"/);
    const notJson = await runAction({ workspace, event: workflowDispatchEvent('not json'), eventName: 'workflow_dispatch' });
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toMatch(/inputs\.payload of the workflow_dispatch event is not the relay's envelope/);
  });

  it('names the headers the relay left out', async () => {
    const envelope = { ...envelopeOf(request), trimmed_headers: ['x-huge-cookie', 'x-trace'] };
    const run = await runAction({ workspace, event: workflowDispatchEvent(envelope), eventName: 'workflow_dispatch' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::the relay left out headers that did not fit in the event: x-huge-cookie, x-trace/);
  });
});

describe('Action: a body_ref whose blob cannot be read', () => {
  let server: Server;
  let apiUrl = '';
  beforeAll(async () => {
    server = createServer((_req, res) => res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}'));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('fails the step naming the blob, its size and the likely cause', async () => {
    const envelope = { ...envelopeOf({ method: 'POST', url: '/shop/webhook/1' }), body_ref: { sha: 'a'.repeat(40), size: 1234, sha256: 'b'.repeat(64) } };
    const run = await runAction({ workspace, event: workflowDispatchEvent(envelope), eventName: 'workflow_dispatch', env: { GITHUB_API_URL: apiUrl } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::could not read the body's git blob ${'a'.repeat(40)} \\(body_ref, 1234 bytes\\) from octo/hooks: HTTP 404: it is not there, or the github-token cannot read the repository \\(it needs contents: read\\)`,
      ),
    );
  });
});
