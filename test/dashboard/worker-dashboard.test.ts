/**
 * The same dashboard and /metrics on Workers: the built Worker inside workerd (Miniflare) with its
 * delivery log in D1 and the credential lanes, the fake GitHub on loopback. The list and a
 * delivery's page read D1; the live stream polls it; /metrics has the Node relay's names.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startWorkerdRelay, type RelayHandle } from '../support/relay-process.js';
import { startLaneRelay, type LaneRelay } from '../worker/support/lane-relay.js';

const ADMIN = `admin-${randomBytes(12).toString('hex')}`;
const METRICS = `metrics-${randomBytes(12).toString('hex')}`;
const TOKEN = `ghp_${randomBytes(18).toString('hex')}`;

let gh: FakeGitHub | undefined;
let relay: LaneRelay | RelayHandle | undefined;
afterEach(async () => {
  await relay?.stop();
  await gh?.close();
  relay = undefined;
  gh = undefined;
});

const post = (url: string, form: Record<string, string>, cookie = '') =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', cookie },
    body: new URLSearchParams(form).toString(),
  });

async function login(base: string): Promise<string> {
  const res = await post(`${base}/_/login`, { token: ADMIN });
  expect(res.status).toBe(303);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

describe('dashboard on Workers (workerd)', () => {
  it('lists deliveries from the D1 log, shows one, streams changes by polling, and replays it', async () => {
    gh = await startFakeGitHub();
    const r = await startLaneRelay({ githubApiUrl: gh.url, bindings: { W2G_ADMIN_TOKEN: ADMIN, W2G_METRICS_TOKEN: METRICS } });
    relay = r;
    const cookie = await login(r.url);
    const stream = await fetch(`${r.url}/_/events`, { headers: { cookie } });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('event: ready');

    const sent = await fetch(`${r.url}/octo/bot/hooks?__token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-github-event': 'ping' },
      body: '{"zen":"<b>bold</b>"}',
    });
    expect(sent.status).toBeLessThan(300);
    const id = sent.headers.get('x-webhook2github-delivery')!;
    let seen = '';
    while (!seen.includes(id)) seen += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();

    const list = await (await fetch(`${r.url}/_/`, { headers: { cookie } })).text();
    expect(list).toContain(`<tr data-id="${id}"`);
    expect(list).toContain('github');
    const detail = await fetch(`${r.url}/_/d/${id}`, { headers: { cookie } });
    expect(detail.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const html = await detail.text();
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain(TOKEN);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const before = gh.dispatches.length;
    const replay = await post(`${r.url}/_/d/${id}/replay`, { _csrf: csrf, credential: 'token', token: 'ghp_FromTheWorkerPage' }, cookie);
    expect(replay.status).toBe(303);
    await gh.waitFor(() => gh!.dispatches.length > before, 15_000);
    expect(gh.dispatches.at(-1)!.authorization).toBe('token ghp_FromTheWorkerPage');
    expect(gh.dispatches.at(-1)!.body.client_payload).toMatchObject({ replay_of: id });

    const metrics = await fetch(`${r.url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/^w2g_http_requests_total\{route="relay",status="(200|202)"\} 1$/m);
    expect(text).toContain('# TYPE w2g_github_request_duration_seconds histogram');
    expect(text).toContain('w2g_queue_pending ');
    expect((await fetch(`${r.url}/metrics`)).status).toBe(401);
  });

  it('without a delivery log, still serves the URL builder and says the list is empty for that reason', async () => {
    gh = await startFakeGitHub();
    relay = await startWorkerdRelay({ githubApiUrl: gh.url, bindings: { W2G_ADMIN_TOKEN: ADMIN, W2G_SEALING_KEYS: randomBytes(32).toString('base64url') } });
    const cookie = await login(relay.url);
    const list = await (await fetch(`${relay.url}/_/`, { headers: { cookie } })).text();
    expect(list).toContain('keeps no delivery log');
    const page = await (await fetch(`${relay.url}/_/hook-url`, { headers: { cookie } })).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const made = await post(`${relay.url}/_/hook-url`, { _csrf: csrf, repo: 'octo/bot', path: '/w', expires: '1h', credential: 'token', token: TOKEN }, cookie);
    expect(made.status).toBe(201);
    const url = /<textarea id="sealed-url"[^>]*>([^<]+)<\/textarea>/.exec(await made.text())![1]!;
    const res = await fetch(url, { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(gh.dispatches.at(-1)!.authorization).toBe(`token ${TOKEN}`);
    // No metrics token and the admin token: /metrics takes the admin token.
    expect((await fetch(`${relay.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN}` } })).status).toBe(200);
  });
});
