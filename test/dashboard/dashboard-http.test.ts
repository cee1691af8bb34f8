/**
 * The dashboard and /metrics over plain HTTP against the built relay as a Node process (the fake
 * GitHub on loopback): login, session and CSRF rules, security headers, rate limits, filters, no
 * secret in any page, live streams that do not hold up a stop, and the Prometheus numbers.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const ADMIN = `admin-${randomBytes(12).toString('hex')}`;
const METRICS = `metrics-${randomBytes(12).toString('hex')}`;
const TOKEN = `ghp_${randomBytes(18).toString('hex')}`;

let gh: FakeGitHub | undefined;
let relay: NodeRelayHandle | undefined;
afterEach(async () => {
  await relay?.stop();
  await gh?.close();
  relay = undefined;
  gh = undefined;
});

async function start(env: Record<string, string> = {}): Promise<{ gh: FakeGitHub; relay: NodeRelayHandle }> {
  gh = await startFakeGitHub();
  relay = await startNodeRelay({ githubApiUrl: gh.url, env: { W2G_ADMIN_TOKEN: ADMIN, W2G_LOG_LEVEL: 'warn', W2G_DISPATCH_RATE: '0', ...env } });
  return { gh, relay };
}

/** Same-origin form POST as a browser sends it. */
function post(url: string, form: Record<string, string>, cookie = '', extra: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', origin: new URL(url).origin, cookie, ...extra },
    body: new URLSearchParams(form).toString(),
  });
}

async function login(base: string): Promise<string> {
  const res = await post(`${base}/_/login`, { token: ADMIN });
  expect(res.status).toBe(303);
  const set = res.headers.get('set-cookie')!;
  expect(set).toMatch(/^w2g_session=[^;]+; Max-Age=43200; Path=\/_\/; HttpOnly; SameSite=Strict$/);
  return set.split(';')[0]!;
}

const page = (url: string, cookie: string) => fetch(url, { headers: { cookie }, redirect: 'manual' });
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
const rowIds = (html: string) => [...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]);

async function send(base: string, path: string, headers: Record<string, string> = {}, body = '{"x":1}'): Promise<string> {
  const res = await fetch(`${base}${path}?__token=${TOKEN}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  expect(res.status).toBeLessThan(500);
  return res.headers.get('x-webhook2github-delivery')!;
}

describe('dashboard over HTTP', () => {
  it('answers every page with a strict CSP and no inline script or style, and serves its assets with long caching', async () => {
    const { relay } = await start();
    const cookie = await login(relay.url);
    const id = await send(relay.url, '/octo/bot/a');
    for (const path of ['/_/login', '/_/', `/_/d/${id}`, '/_/hook-url', '/_/d/missing']) {
      const res = await page(`${relay.url}${path}`, path === '/_/login' ? '' : cookie);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const html = await res.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).not.toMatch(/\son[a-z]+="/);
    }
    const html = await (await page(`${relay.url}/_/`, cookie)).text();
    const [css, js] = [/href="(\/_\/assets\/app\.[0-9a-f]{8}\.css)"/.exec(html)![1]!, /src="(\/_\/assets\/app\.[0-9a-f]{8}\.js)"/.exec(html)![1]!];
    for (const asset of [css, js]) {
      const res = await fetch(`${relay.url}${asset}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
    }
    expect((await fetch(`${relay.url}/_/assets/app.00000000.js`)).status).toBe(404);
  });

  it('needs a session: pages redirect to login, fragments and forms answer 401; a forged or logged-out cookie is refused', async () => {
    const { relay } = await start();
    expect((await page(`${relay.url}/_/`, '')).headers.get('location')).toBe('/_/login');
    expect((await page(`${relay.url}/_/fragment/chart`, '')).status).toBe(401);
    expect((await page(`${relay.url}/_/events`, '')).status).toBe(401);
    expect((await post(`${relay.url}/_/hook-url`, { repo: 'octo/bot' })).status).toBe(401);
    const wrong = await post(`${relay.url}/_/login`, { token: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const cookie = await login(relay.url);
    const [name, value] = cookie.split('=') as [string, string];
    const forged = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await page(`${relay.url}/_/`, forged)).status).toBe(303);
    expect((await page(`${relay.url}/_/`, cookie)).status).toBe(200);
    const csrf = csrfOf(await (await page(`${relay.url}/_/`, cookie)).text());
    const out = await post(`${relay.url}/_/logout`, { _csrf: csrf }, cookie);
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^w2g_session=; Max-Age=0/);
    // The old cookie no longer works, even if someone kept it.
    expect((await page(`${relay.url}/_/`, cookie)).status).toBe(303);
  });

  it('refuses state-changing forms without the session CSRF token or from another site', async () => {
    const { relay, gh } = await start();
    const cookie = await login(relay.url);
    const id = await send(relay.url, '/octo/bot/csrf');
    const csrf = csrfOf(await (await page(`${relay.url}/_/d/${id}`, cookie)).text());
    const before = gh.dispatches.length;
    expect((await post(`${relay.url}/_/d/${id}/replay`, { token: TOKEN }, cookie)).status).toBe(403);
    expect((await post(`${relay.url}/_/d/${id}/replay`, { token: TOKEN, _csrf: `${csrf.slice(1)}x` }, cookie)).status).toBe(403);
    expect(
      (await post(`${relay.url}/_/d/${id}/replay`, { token: TOKEN, _csrf: csrf }, cookie, { 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' }))
        .status,
    ).toBe(403);
    // Another session's token does not fit this session.
    const other = await login(relay.url);
    const otherCsrf = csrfOf(await (await page(`${relay.url}/_/`, other)).text());
    expect((await post(`${relay.url}/_/d/${id}/replay`, { token: TOKEN, _csrf: otherCsrf }, cookie)).status).toBe(403);
    expect(gh.dispatches.length).toBe(before);
    const ok = await post(`${relay.url}/_/d/${id}/replay`, { token: TOKEN, _csrf: csrf }, cookie);
    expect(ok.status).toBe(303);
    expect(gh.dispatches.length).toBe(before + 1);
    // Bad input is a 4xx page that says what to change.
    const bad = await post(`${relay.url}/_/d/${id}/replay`, { token: 'a\u0001b', _csrf: csrf }, cookie);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('printable ASCII');
  });

  it('rate-limits login attempts per client (429 with Retry-After)', async () => {
    const { relay } = await start();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post(`${relay.url}/_/login`, { token: `guess-${i}` })).status);
    expect(statuses.slice(0, 10)).toEqual(new Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    const limited = await post(`${relay.url}/_/login`, { token: ADMIN });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('filters by repository, status, provider and time, finds by id, and says what is wrong with a filter', async () => {
    const { relay, gh } = await start();
    const cookie = await login(relay.url);
    const hub = await send(relay.url, '/octo/one/gh', { 'x-github-event': 'push', 'x-github-delivery': randomBytes(8).toString('hex') });
    const slack = await send(relay.url, '/octo/two/slack', { 'x-slack-signature': 'v0=abc', 'x-slack-request-timestamp': '1' });
    gh.answer(1, { status: 404, body: { message: 'Not Found' } });
    const failed = await send(relay.url, '/octo/gone/x');
    const list = async (q: string) => rowIds(await (await page(`${relay.url}/_/?${q}`, cookie)).text());
    expect(await list('')).toEqual([failed, slack, hub]);
    expect(await list('repo=OCTO/two')).toEqual([slack]);
    expect(await list('provider=github')).toEqual([hub]);
    expect(await list('provider=other')).toEqual([failed]);
    expect(await list('status=failed')).toEqual([failed]);
    expect(await list('range=15m')).toEqual([failed, slack, hub]);
    expect(await list(`to=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString().slice(0, 16))}`)).toEqual([]);
    const found = await page(`${relay.url}/_/?id=${slack}`, cookie);
    expect(found.status).toBe(303);
    expect(found.headers.get('location')).toBe(`/_/d/${slack}`);
    const missing = await page(`${relay.url}/_/?id=nope`, cookie);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('No delivery nope');
    const bad = await page(`${relay.url}/_/?status=lost&repo=not%20a%20repo`, cookie);
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('Status must be one of pending, delivered, failed, dead.');
    expect(text).toContain('Repository must be owner/name');
    // GitHub's refusal is on the failed delivery's page.
    const detail = await (await page(`${relay.url}/_/d/${failed}`, cookie)).text();
    expect(detail).toContain('GitHub HTTP 404');
    expect(detail).toContain('Not Found');
  });

  it('never shows a secret: GitHub tokens, the admin token, provider credentials', async () => {
    const { relay } = await start();
    const cookie = await login(relay.url);
    const id = await send(relay.url, '/octo/bot/s', { 'x-telegram-bot-api-secret-token': 'tg-secret-value', authorization: 'Basic cHJvdmlkZXI6c2VjcmV0' });
    const pages = await Promise.all(
      ['/_/', `/_/d/${id}`, '/_/hook-url', `/_/fragment/timeline/${id}`].map(async (p) => (await page(`${relay.url}${p}`, cookie)).text()),
    );
    for (const html of pages) {
      for (const secret of [TOKEN, ADMIN, 'tg-secret-value', 'cHJvdmlkZXI6c2VjcmV0']) expect(html).not.toContain(secret);
    }
    expect(pages[1]).toContain('x-telegram-bot-api-secret-token');
    expect(pages[1]).toContain('REDACTED');
  });

  it('ends live streams when the relay stops, so the stop does not wait for open pages', async () => {
    const { relay } = await start();
    const cookie = await login(relay.url);
    const controller = new AbortController();
    const res = await fetch(`${relay.url}/_/events`, { headers: { cookie }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('event: ready');
    // A webhook shows up on the stream as it is stored.
    const id = await send(relay.url, '/octo/bot/live');
    let seen = '';
    while (!seen.includes(id)) seen += new TextDecoder().decode((await reader.read()).value);
    expect(seen).toContain('event: delivery');
    const started = Date.now();
    expect(await relay.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    controller.abort();
  });
});

describe('/metrics', () => {
  const scrape = async (base: string, token: string) => {
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('is guarded by W2G_METRICS_TOKEN or the admin token, and absent (404) without either', async () => {
    const first = (await start({ W2G_METRICS_TOKEN: METRICS })).relay;
    expect((await fetch(`${first.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${first.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    await scrape(first.url, METRICS);
    await scrape(first.url, ADMIN);
    await first.stop();
    await gh!.close();
    gh = await startFakeGitHub();
    relay = await startNodeRelay({ githubApiUrl: gh.url, env: { W2G_LOG_LEVEL: 'warn' } });
    const off = await fetch(`${relay.url}/metrics`, { headers: { authorization: 'Bearer anything' } });
    expect(off.status).toBe(404);
    expect(await off.json()).toMatchObject({ success: false, message: expect.stringContaining('W2G_METRICS_TOKEN') });
  });

  it('counts requests by status, GitHub calls by status, retries, dead letters and the queue, with latency histograms', async () => {
    const { relay, gh } = await start({ W2G_METRICS_TOKEN: METRICS, W2G_MAX_AGE: '2s' });
    await send(relay.url, '/octo/bot/ok');
    gh.answer(1, { status: 404, body: { message: 'Not Found' } });
    await send(relay.url, '/octo/bot/refused');
    // GitHub down: retried until W2G_MAX_AGE (2 s), then dead.
    gh.fail(1000, 502);
    await send(relay.url, '/octo/bot/down');
    expect((await fetch(`${relay.url}/not_an_owner!/x`)).status).toBe(400);
    let text = await scrape(relay.url, METRICS);
    expect(value(text, 'w2g_http_requests_total{route="relay",status="200"}')).toBe(1);
    expect(value(text, 'w2g_http_requests_total{route="relay",status="404"}')).toBe(1);
    expect(value(text, 'w2g_http_requests_total{route="relay",status="400"}')).toBe(1);
    expect(value(text, 'w2g_http_requests_total{route="relay",status="202"}')).toBe(1);
    expect(value(text, 'w2g_github_requests_total{call="dispatch",status="204"}')).toBe(1);
    expect(value(text, 'w2g_github_requests_total{call="dispatch",status="404"}')).toBe(1);
    expect(value(text, 'w2g_deliveries_received_total')).toBe(3);
    expect(value(text, 'w2g_github_request_duration_seconds_count{call="dispatch"}')).toBeGreaterThanOrEqual(3);
    expect(value(text, 'w2g_http_request_duration_seconds_bucket{le="+Inf",route="relay"}')).toBe(4);
    expect(value(text, 'w2g_queue_pending')).toBe(1);
    const deadline = Date.now() + 15_000;
    while ((value(text, 'w2g_dead_letters_total') ?? 0) < 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      text = await scrape(relay.url, METRICS);
    }
    expect(value(text, 'w2g_dead_letters_total')).toBe(1);
    expect(value(text, 'w2g_queue_dead')).toBe(1);
    expect(value(text, 'w2g_queue_pending')).toBe(0);
    expect(value(text, 'w2g_delivery_retries_total')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'w2g_github_requests_total{call="dispatch",status="502"}')).toBe((value(text, 'w2g_delivery_retries_total') ?? 0) + 1);
    expect(value(text, 'w2g_delivery_attempts_total{outcome="failed"}')).toBe(1);
    expect(text).toContain('# TYPE w2g_verification_failures_total counter');
    // prom-client's process metrics come along.
    expect(text).toContain('process_cpu_user_seconds_total');
  });
});
