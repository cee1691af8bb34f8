/**
 * Durable delivery on Workers: the built Worker in workerd (Miniflare 4) with a Cloudflare queue,
 * against the fake GitHub over real HTTP on 127.0.0.1.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialBox } from '../../src/core/delivery/credential-box.js';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { SECRET, buildWorker, flakyPort, startQueueRelay, type QueueRelay, type QueueRelayOptions } from './support/queue-relay.js';

const TOKEN = 'ghp_queueTestToken0123456789abcdef';
const AT = `/octo/hello/hook?__token=${TOKEN}`;
/** Retries in 0–1 s, so tests stay short (delays are whole seconds). */
const FAST = { W2G_RETRY_BASE_MS: '200', W2G_RETRY_CAP_MS: '1000' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fake(): Promise<FakeGitHub> {
  const gh = await startFakeGitHub();
  cleanups.push(() => gh.close());
  return gh;
}
async function relay(opts: QueueRelayOptions): Promise<QueueRelay> {
  const r = await startQueueRelay({ ...opts, bindings: { ...FAST, ...opts.bindings } });
  cleanups.push(() => r.stop());
  return r;
}
async function post(r: QueueRelay, path = AT, body = '{"text":"héllo ✓"}'): Promise<{ status: number; id: string; json: Record<string, unknown> }> {
  const res = await fetch(r.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  return { status: res.status, id: res.headers.get('x-webhook2github-delivery') ?? '', json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
const dispatchesOf = (gh: FakeGitHub, id: string) => gh.dispatches.filter((d) => d.body.client_payload['id'] === id);

/** Sends a request GitHub answers 502, waits until the spy saw it, and returns every id the spy saw. */
async function queuedMarker(r: QueueRelay, gh: FakeGitHub): Promise<{ marker: string; seen: string[] }> {
  gh.fail(1, 502);
  const m = await post(r);
  expect(m.status).toBe(202);
  let seen: string[] = [];
  await waitFor(async () => {
    seen = (await r.spied()).map((b) => String(b['id']));
    return seen.includes(m.id);
  }, 10_000);
  return { marker: m.id, seen };
}

beforeAll(() => buildWorker());

describe('workerd with DISPATCH_QUEUE', () => {
  it('delivers directly (200) and queues nothing when GitHub takes it at once', async () => {
    const gh = await fake();
    const r = await relay({ githubApiUrl: gh.url, spy: true });
    const res = await post(r);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ success: true });
    expect(dispatchesOf(gh, res.id)).toHaveLength(1);
    // Queue order: had the first been queued, the spy would have seen it before the marker.
    const { marker, seen } = await queuedMarker(r, gh);
    expect(seen).toEqual([marker]);
  });

  it('answers 202 when GitHub answers 502, then the consumer delivers it exactly once', async () => {
    const gh = await fake();
    const r = await relay({ githubApiUrl: gh.url });
    gh.fail(3, 502);
    const res = await post(r);
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ success: true, queued: true, id: res.id });
    await waitFor(() => r.logsOf(res.id).some((l) => l['msg'] === 'delivered after retries'), 15_000);
    expect(dispatchesOf(gh, res.id)).toHaveLength(1);
    expect(gh.requests).toHaveLength(4);
    const delivered = dispatchesOf(gh, res.id)[0]!;
    expect(delivered.authorization).toBe(`token ${TOKEN}`);
    expect(delivered.body.client_payload['body']).toBe('{"text":"héllo ✓"}');
    expect(r.logsOf(res.id).filter((l) => l['msg'] === 'delivery will be retried')).toHaveLength(2);
  });

  it('answers 202 while GitHub is unreachable and delivers once it is back', async () => {
    const gh = await fake();
    const port = await flakyPort();
    cleanups.push(() => port.close());
    const r = await relay({ githubApiUrl: port.url });
    const res = await post(r);
    expect(res.status).toBe(202);
    await waitFor(() => r.logsOf(res.id).filter((l) => l['msg'] === 'delivery will be retried').length >= 1, 10_000);
    expect(r.logsOf(res.id).find((l) => l['msg'] === 'delivery will be retried')?.['reason']).toBe('network');
    expect(gh.requests).toHaveLength(0);
    await port.up(gh.url);
    await gh.waitFor(() => dispatchesOf(gh, res.id).length === 1, 10_000);
    await waitFor(() => r.logsOf(res.id).some((l) => l['msg'] === 'delivered after retries'), 5000);
    expect(dispatchesOf(gh, res.id)).toHaveLength(1);
  });

  it("honours a secondary rate limit's retry-after, on the way in and in the consumer", async () => {
    const gh = await fake();
    const r = await relay({ githubApiUrl: gh.url });
    gh.secondaryRateLimit(2, 1);
    const res = await post(r);
    expect(res.status).toBe(202);
    await gh.waitFor(() => dispatchesOf(gh, res.id).length === 1, 15_000);
    const [first, second, third] = gh.requests;
    expect([first?.status, second?.status, third?.status]).toEqual([403, 403, 204]);
    expect(second!.time - first!.time).toBeGreaterThanOrEqual(1000);
    expect(third!.time - second!.time).toBeGreaterThanOrEqual(1000);
  });

  it('passes a permanent 404 through and queues nothing', async () => {
    const gh = await fake();
    gh.configure({ repos: ['octo/hello'] });
    const r = await relay({ githubApiUrl: gh.url, spy: true });
    const res = await post(r, `/octo/missing/hook?__token=${TOKEN}`);
    expect(res.status).toBe(404);
    expect(res.json['message']).toBe('Not Found');
    const { marker, seen } = await queuedMarker(r, gh);
    expect(seen).toEqual([marker]);
  });

  it('queues the credential sealed with W2G_SECRET, never in clear', async () => {
    const gh = await fake();
    const r = await relay({ githubApiUrl: gh.url, spy: true });
    const { marker, seen } = await queuedMarker(r, gh);
    expect(seen).toEqual([marker]);
    const [message] = await r.spied();
    expect(JSON.stringify(message)).not.toContain(TOKEN);
    expect(message).toMatchObject({ v: 1, id: marker, owner: 'octo', repo: 'hello', eventType: 'webhook' });
    const credential = String(message!['credential']);
    expect(credential).toMatch(/^v1\./);
    expect(await (await createCredentialBox(SECRET)).open(credential, marker)).toBe(`token ${TOKEN}`);
    await expect((await createCredentialBox('another secret')).open(credential, marker)).rejects.toThrow();
    expect(r.lines.join('\n')).not.toContain(TOKEN);
  });

  it.each([
    ['W2G_MAX_AGE', false],
    // The old binding name still works for one release, with a warning naming the new one.
    ['MAX_AGE', true],
  ] as const)('gives up after %s: the message is acked and logged as dead', async (name, deprecated) => {
    const gh = await fake();
    const r = await relay({ githubApiUrl: gh.url, bindings: { [name]: '3s' } });
    gh.fail(1000, 503);
    const res = await post(r);
    expect(res.status).toBe(202);
    await waitFor(() => r.logsOf(res.id).some((l) => l['dead'] === true), 15_000);
    const dead = r.logsOf(res.id).find((l) => l['dead'] === true)!;
    expect(dead['level']).toBe('error');
    expect(String(dead['msg'])).toMatch(/maximum age/);
    expect(dispatchesOf(gh, res.id)).toHaveLength(0);
    expect(r.lines.some((l) => l.includes('the binding MAX_AGE is now called W2G_MAX_AGE'))).toBe(deprecated);
  });

  it('answers every request 503 naming W2G_SECRET when the queue is bound without it', async () => {
    const gh = await fake();
    const r = await relay({ githubApiUrl: gh.url, withoutSecret: true });
    const res = await post(r);
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ success: false, code: 'misconfigured' });
    expect(String(res.json['message'])).toContain('W2G_SECRET');
    const health = await fetch(`${r.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.text()).toContain('W2G_SECRET');
    expect(gh.requests).toHaveLength(0);
  });

  it('keeps queued deliveries when the consumer lacks W2G_SECRET, and says so', async () => {
    const gh = await fake();
    const r = await relay({ githubApiUrl: gh.url, separateConsumer: { GITHUB_API_URL: gh.url } });
    gh.fail(1, 502);
    const res = await post(r);
    expect(res.status).toBe(202);
    await waitFor(() => r.lines.some((l) => l.includes('queued deliveries wait') && l.includes('W2G_SECRET')), 10_000);
    expect(gh.requests).toHaveLength(1);
  });

  it('answers 503 naming a wrong queue setting', async () => {
    const gh = await fake();
    const r = await relay({ githubApiUrl: gh.url, bindings: { W2G_SYNC_DEADLINE_MS: 'soon' } });
    const res = await post(r);
    expect(res.status).toBe(503);
    expect(String(res.json['message'])).toContain('W2G_SYNC_DEADLINE_MS');
    // Where to fix it, for a local `wrangler dev` too.
    expect(String(res.json['message'])).toContain('.dev.vars');
    expect(gh.requests).toHaveLength(0);
  });
});
