import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const workspace = makeWorkspace({
  'orders.yml': `on:
  webhook:
    path: /:shop
    config:
      filter:
        body.total: { $gte: 100 }
      filterOutputs:
        body: 1
        params: 1
jobs: {}
`,
  'needs-secret.yml': `on:
  webhook:
    deduplicationKey: \${{ secrets.MISSING_ONE }}
jobs: {}
`,
  'notes/daily.yml': `on:
  schedule:
    - cron: '0 0 * * *'
  webhook:
jobs: {}
`,
});

describe('Action: routing and settings', () => {
  it('unmatched: matched=false with what was tried; fail-on-unmatched fails the step', async () => {
    const event = dispatchEvent(envelopeOf({ method: 'POST', url: '/nope/webhook', body: '{}' }));
    const soft = await runAction({ workspace, event });
    expect(soft.code).toBe(0);
    expect(soft.outputs.matched).toBe('false');
    expect(soft.outputs.reason).toMatch(/\/<workflow>\/<trigger>.*notes\/daily \(schedule, webhook\)/);
    expect(soft.stdout).toMatch(/::warning::/);
    const hard = await runAction({ workspace, event, inputs: { 'fail-on-unmatched': 'true' } });
    expect(hard.code).toBe(1);
    expect(hard.stdout).toMatch(/::error::no workflow\/trigger owns \/nope\/webhook/);
    expect(hard.outputs.matched).toBe('false');
  });

  it('a trigger that is not a webhook trigger is reported, nested workflow names route', async () => {
    const sched = await runAction({ workspace, event: dispatchEvent(envelopeOf({ method: 'POST', url: '/notes/daily/schedule' })) });
    expect(sched.outputs.reason).toMatch(/"schedule" is not a built-in webhook trigger/);
    const hook = await runAction({ workspace, event: dispatchEvent(envelopeOf({ method: 'DELETE', url: '/notes/daily/webhook/' })) });
    expect(hook.outputs.matched).toBe('true');
    expect(hook.outputs.workflow).toBe('notes/daily');
    expect(hook.outputs.body).toBe('');
    expect(hook.outputs['body-file']).toBe('');
  });

  it('a secret the secrets input lacks is empty with a warning naming it (as in Actionsflow and GitHub)', async () => {
    const run = await runAction({ workspace, event: dispatchEvent(envelopeOf({ method: 'POST', url: '/needs-secret/webhook' })) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::secret MISSING_ONE is used in .*needs-secret.yml \(on.webhook\)/);
    expect(run.outputs.matched).toBe('true');
  });

  it('config filter and filterOutputs apply to the items', async () => {
    const big = dispatchEvent(
      envelopeOf({ method: 'POST', url: '/orders/webhook/kiosk', headers: { 'content-type': 'application/json' }, body: '{"total":120,"item":"Käse"}' }),
    );
    const run = await runAction({ workspace, event: big });
    expect(JSON.parse(run.outputs.items as string)).toEqual([{ body: { total: 120, item: 'Käse' }, params: { shop: 'kiosk' } }]);
    const small = dispatchEvent(
      envelopeOf({ method: 'POST', url: '/orders/webhook/kiosk', headers: { 'content-type': 'application/json' }, body: '{"total":5}' }),
    );
    const none = await runAction({ workspace, event: small });
    expect(none.outputs.matched).toBe('true');
    expect(none.outputs.items).toBe('[]');
    expect(none.outputs.reason).toMatch(/filter/);
  });

  it('event-type and non-dispatch events are not routed', async () => {
    const event = dispatchEvent(envelopeOf({ method: 'POST', url: '/orders/webhook/a' }), 'stripe');
    const typed = await runAction({ workspace, event, inputs: { 'event-type': 'webhook' } });
    expect(typed.outputs.matched).toBe('false');
    expect(typed.outputs.reason).toMatch(/event type "stripe" is not "webhook"/);
    const push = await runAction({ workspace, event: { ref: 'refs/heads/main' }, eventName: 'push' });
    expect(push.outputs.matched).toBe('false');
    expect(push.outputs.reason).toMatch(/started by push/);
  });

  it('a bad input value and a missing workflows folder fail with a message naming them', async () => {
    const event = dispatchEvent(envelopeOf({ method: 'POST', url: '/orders/webhook/a' }));
    const bad = await runAction({ workspace, event, inputs: { 'fail-on-unmatched': 'maybe' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/input fail-on-unmatched must be true or false/);
    const missing = await runAction({ workspace, event, inputs: { workflows: 'no-such-dir' } });
    expect(missing.stdout).toMatch(/workflows folder ".*no-such-dir" does not exist/);
  });

  it('accepts an old public-relay envelope: parsed body, mixed-case headers, no id', async () => {
    const old = {
      path: '/orders/webhook/legacy?x=1',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Custom': 'Ünïcode' },
      body: { total: 300, item: 'Brötchen' },
    };
    const run = await runAction({ workspace, event: dispatchEvent(old) });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.id).toBe('');
    expect(JSON.parse(run.outputs.headers as string)).toEqual({ 'content-type': 'application/json', 'x-custom': 'Ünïcode' });
    expect(JSON.parse(run.outputs.items as string)).toEqual([{ body: { total: 300, item: 'Brötchen' }, params: { shop: 'legacy' } }]);
    const reserialized = await runAction({ workspace, event: dispatchEvent({ ...old, body: JSON.stringify(old.body) }) });
    expect(JSON.parse(reserialized.outputs.item as string).body).toEqual(old.body);
  });
});

describe('Action: body_ref (body stored as a git blob)', () => {
  const blob = Buffer.from(JSON.stringify({ total: 999, note: 'groß '.repeat(5000) }));
  const sha256 = createHash('sha256').update(blob).digest('hex');
  const huge = Buffer.alloc(1_500_000, 'ä');
  let server: Server;
  let apiUrl = '';
  const seen: { url: string; auth: string; accept: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', accept: req.headers.accept ?? '' });
      if (req.url === '/repos/octo/hooks/git/blobs/b10b5a') res.end(blob);
      else if (req.url === '/repos/octo/hooks/git/blobs/b16') res.end(huge);
      else res.writeHead(404).end('{"message":"Not Found"}');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('reads the blob with the github-token and checks it', async () => {
    const env = { ...envelopeOf({ method: 'POST', url: '/orders/webhook/big', headers: { 'content-type': 'application/json' } }) };
    env.body_ref = { sha: 'b10b5a', size: blob.length, sha256 };
    const run = await runAction({ workspace, event: dispatchEvent(env), inputs: { 'github-token': 'ghs_test' }, env: { GITHUB_API_URL: apiUrl } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.body).toBe(blob.toString('utf8'));
    expect(seen[0]).toEqual({ url: '/repos/octo/hooks/git/blobs/b10b5a', auth: 'Bearer ghs_test', accept: 'application/vnd.github.raw+json' });
    const wrong = dispatchEvent({ ...env, body_ref: { sha: 'b10b5a', size: blob.length, sha256: '0'.repeat(64) } });
    const bad = await runAction({ workspace, event: wrong, env: { GITHUB_API_URL: apiUrl } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/does not match body_ref/);
  });

  it("a body over GitHub's 1 MB output limit leaves body empty but body-file complete", async () => {
    const env = { ...envelopeOf({ method: 'POST', url: '/orders/webhook/huge', headers: { 'content-type': 'text/plain' } }) };
    env.body_ref = { sha: 'b16', size: huge.length, sha256: createHash('sha256').update(huge).digest('hex') };
    const run = await runAction({ workspace, event: dispatchEvent(env), env: { GITHUB_API_URL: apiUrl } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.body).toBe('');
    expect(run.stdout).toMatch(/::warning::output body is over GitHub's 1 MB limit/);
    expect(Buffer.compare(readFileSync(run.outputs['body-file'] as string), huge)).toBe(0);
  });
});
