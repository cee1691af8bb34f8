/**
 * The Node relay's durable suite, on the Worker at full strength: the built Worker in workerd
 * (Miniflare 4) with a D1 delivery log, credential lanes (Durable Objects) and Cloudflare queues,
 * against the fake GitHub over loopback HTTP. GitHub down then back, a secondary rate limit,
 * the maximum age, dedupe, order and pacing per credential, the admin API, the Cron Trigger,
 * and the refusals of a half-configured deployment.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialBox } from '../../src/core/delivery/credential-box.js';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { buildWorker } from './support/queue-relay.js';
import { LANE_SECRET, startLaneRelay, type LaneRelay, type LaneRelayOptions } from './support/lane-relay.js';

const TOKEN = 'ghp_laneTestToken0123456789abcdefXY';
const ADMIN = 'lane-admin-token-0123456789';
/** Retries within a second or so (a queue delay is whole seconds). */
const FAST = { W2G_RETRY_BASE_MS: '50', W2G_RETRY_CAP_MS: '500', W2G_GITHUB_TIMEOUT_MS: '1000', W2G_SYNC_DEADLINE_MS: '1000' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});
beforeAll(() => buildWorker());

async function fake(): Promise<FakeGitHub> {
  const gh = await startFakeGitHub();
  cleanups.push(() => gh.close());
  return gh;
}
async function relay(gh: FakeGitHub, bindings: Record<string, string> = {}, opts: Partial<LaneRelayOptions> = {}): Promise<LaneRelay> {
  const r = await startLaneRelay({ githubApiUrl: gh.url, ...opts, bindings: { ...FAST, ...bindings } });
  cleanups.push(() => r.stop());
  return r;
}

interface Answer {
  status: number;
  id: string;
  json: Record<string, unknown>;
}
async function post(r: LaneRelay, o: { token?: string; path?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const res = await fetch(`${r.url}${o.path ?? '/octo/hello/hook'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-github-authorization': o.token ?? TOKEN, ...o.headers },
    body: o.body ?? '{"text":"grüße ✓"}',
  });
  const text = await res.text();
  return { status: res.status, id: res.headers.get('x-webhook2github-delivery') ?? '', json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
const ids = (gh: FakeGitHub) => gh.dispatches.map((d) => String(d.body.client_payload['id']));
const row = async (r: LaneRelay, id: string) => (await r.query<Record<string, unknown>>('SELECT * FROM deliveries WHERE id = ?1', id))[0];
const health = async (r: LaneRelay) => (await (await fetch(`${r.url}/healthz`)).json()) as Record<string, unknown>;

describe('the Worker with D1, lanes and queues: durability', () => {
  it('GitHub down for a while, then back: every acknowledged webhook is dispatched once', async () => {
    const gh = await fake();
    const r = await relay(gh, { W2G_DISPATCH_RATE: '0' });
    // Every connection is dropped once the request is read: no answer, a network failure.
    gh.drop(100_000);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => post(r, { token: `${TOKEN}-${i % 3}`, body: JSON.stringify({ n: i }) })));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
    // Down long enough that every delivery went back on the queue at least once.
    await waitFor(
      async () => (await r.query<{ n: number }>("SELECT COUNT(*) AS n FROM deliveries WHERE status = 'pending' AND attempts >= 2"))[0]?.n === 30,
      20_000,
    );
    expect(gh.dispatches).toHaveLength(0);
    expect(await health(r)).toMatchObject({ ok: true, queue: { pending: 30, dead: 0 } });
    gh.reset();
    await waitFor(() => gh.dispatches.length >= 30, 20_000);
    await waitFor(async () => (await health(r))['queue'] && ((await health(r))['queue'] as { pending: number }).pending === 0, 10_000);
    expect(ids(gh).sort()).toEqual(answers.map((a) => a.id).sort());
    const rows = await r.query<{ status: string; credential: string | null }>('SELECT status, credential FROM deliveries');
    expect(rows.every((x) => x.status === 'delivered' && x.credential === null)).toBe(true);
  }, 90_000);

  it("honours a secondary rate limit's retry-after and holds that token meanwhile, not the others", async () => {
    const gh = await fake();
    const r = await relay(gh);
    gh.secondaryRateLimit(1, 2);
    const first = await post(r);
    expect(first.status).toBe(202);
    const limitedAt = gh.requests[0]!.time;
    // The token is paused: its next webhook is queued without asking GitHub.
    const second = await post(r);
    expect(second.status).toBe(202);
    expect(gh.requests).toHaveLength(1);
    // Another token is not held.
    const other = await post(r, { token: 'ghp_anotherLaneToken0123456789' });
    expect(other.status).toBe(200);
    await waitFor(() => gh.dispatches.length === 3, 20_000);
    expect(ids(gh).sort()).toEqual([first.id, second.id, other.id].sort());
    for (const q of gh.requests.slice(1)) if (q.headers.authorization === `token ${TOKEN}`) expect(q.time - limitedAt).toBeGreaterThanOrEqual(1990);
    expect(await row(r, first.id)).toMatchObject({ status: 'delivered', attempts: 2 });
  }, 60_000);

  it('gives up after the maximum age: dead in D1 with the credential erased, in /healthz, on the dead-letter queue, replayable', async () => {
    const gh = await fake();
    const r = await relay(gh, { W2G_MAX_AGE: '3s', W2G_ADMIN_TOKEN: ADMIN });
    gh.fail(100_000, 502);
    const res = await post(r);
    expect(res.status).toBe(202);
    await waitFor(async () => (await row(r, res.id))?.['status'] === 'dead', 20_000);
    expect(await row(r, res.id)).toMatchObject({ credential: null, last_status: 502 });
    expect(await health(r)).toEqual({ ok: true, queue: { pending: 0, oldest_pending_age_s: 0, dead: 1 } });
    await waitFor(async () => (await r.deadLetters()).some((m) => m['id'] === res.id), 10_000);
    const letter = (await r.deadLetters()).find((m) => m['id'] === res.id)!;
    expect(letter).toMatchObject({ dead: true, id: res.id });
    expect(JSON.stringify(letter)).not.toContain(TOKEN);
    // GitHub is back: the operator replays it with a token.
    gh.reset();
    const replay = await fetch(`${r.url}/_/api/deliveries/${res.id}/replay`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'x-github-authorization': TOKEN },
    });
    expect(replay.status).toBe(200);
    const body = (await replay.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ success: true, replay_of: res.id, status: 'delivered' });
    expect(gh.dispatches[0]?.body.client_payload).toMatchObject({ id: body['id'], replay_of: res.id });
  }, 60_000);

  it('never keeps the token in clear: not in D1, not in a queue message', async () => {
    const gh = await fake();
    const r = await relay(gh, { W2G_MAX_AGE: '2s' });
    gh.fail(100_000, 503);
    const res = await post(r);
    expect(res.status).toBe(202);
    const stored = await row(r, res.id);
    expect(String(stored?.['credential'])).toMatch(/^v1\./);
    expect(JSON.stringify(await r.query('SELECT * FROM deliveries'))).not.toContain(TOKEN);
    await waitFor(async () => (await row(r, res.id))?.['status'] === 'dead', 20_000);
    expect(JSON.stringify(await r.deadLetters())).not.toContain(TOKEN);
    expect(r.lines.join('\n')).not.toContain(TOKEN);
  }, 60_000);
});

describe('the Worker with D1, lanes and queues: dedupe', () => {
  it('a repeat of a delivered webhook answers like the first and dispatches nothing; other repositories and tokens are apart', async () => {
    const gh = await fake();
    const r = await relay(gh);
    const headers = { 'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958' };
    const first = await post(r, { headers });
    expect(first.status).toBe(200);
    const again = await post(r, { headers });
    expect(again).toMatchObject({ status: 200, id: first.id, json: { success: true } });
    expect(gh.requests).toHaveLength(1);
    // Another repository with the same provider id is another delivery.
    const elsewhere = await post(r, { headers, path: '/octo/other/hook' });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.id).not.toBe(first.id);
    // A request with another token never stands for the real one (nor is suppressed by it).
    const otherToken = await post(r, { headers, token: 'ghp_someoneElse0123456789abcdef' });
    expect(otherToken.id).not.toBe(first.id);
    expect(gh.dispatches).toHaveLength(3);
  }, 60_000);

  it('while the first is pending a repeat gets 202 with its id; after a failed one, the repeat is a new delivery', async () => {
    const gh = await fake();
    const r = await relay(gh);
    gh.fail(2, 503);
    const body = JSON.stringify({ type: 'event_callback', event_id: 'Ev08MFMKH6', event: { type: 'message', text: 'ünïcode' } });
    const slack = { 'x-slack-signature': 'v0=abc', 'x-slack-request-timestamp': '1531420618' };
    const first = await post(r, { headers: slack, body });
    expect(first.status).toBe(202);
    const retry = await post(r, { headers: { ...slack, 'x-slack-retry-num': '1' }, body });
    expect(retry).toMatchObject({ status: 202, json: { success: true, queued: true, id: first.id } });
    await waitFor(() => gh.dispatches.length === 1, 20_000);
    expect(ids(gh)).toEqual([first.id]);

    gh.answer(1, { status: 404, body: { message: 'Not Found' } });
    const missing = await post(r, { headers: { 'x-github-delivery': 'd-404' } });
    expect(missing.status).toBe(404);
    const redeliver = await post(r, { headers: { 'x-github-delivery': 'd-404' } });
    expect(redeliver.status).toBe(200);
    expect(redeliver.id).not.toBe(missing.id);
  }, 60_000);
});

describe('the Worker with D1, lanes and queues: pacing and order per credential', () => {
  it('paces per token (N per window, one in flight), in arrival order; other tokens are not held', async () => {
    const gh = await fake();
    const r = await relay(gh, { W2G_MODE: 'async', W2G_DISPATCH_RATE: '4', W2G_PACE_WINDOW_MS: '1000', W2G_MAX_IN_FLIGHT: '1' });
    // Warm the lane and the connection up, so arrival times at GitHub track start times.
    await post(r, { token: 'ghp_laneWarmUp0123456789' });
    await waitFor(() => gh.dispatches.length === 1, 10_000);
    const sent: string[] = [];
    for (let i = 0; i < 10; i++) {
      const a = await post(r, { body: JSON.stringify({ n: i }) });
      expect(a.status).toBe(202);
      sent.push(a.id);
    }
    const other = await post(r, { token: 'ghp_otherPacedToken0123456789' });
    await waitFor(() => gh.dispatches.length === 12, 20_000);
    const mine = gh.dispatches.filter((d) => d.authorization === `token ${TOKEN}`);
    expect(mine.map((d) => String(d.body.client_payload['id']))).toEqual(sent);
    const times = mine.map((d) => d.time);
    for (let i = 4; i < times.length; i++) expect(times[i]! - times[i - 4]!).toBeGreaterThanOrEqual(950);
    // The other token was not queued behind the first one's burst.
    expect(gh.dispatches.findIndex((d) => d.body.client_payload['id'] === other.id)).toBeLessThan(9);
  }, 60_000);

  it('one stuck delivery does not hold up the rest of its token', async () => {
    const gh = await fake();
    const r = await relay(gh, { W2G_MODE: 'async', W2G_MAX_IN_FLIGHT: '2', W2G_GITHUB_TIMEOUT_MS: '3000' });
    gh.hang(1);
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) sent.push((await post(r, { body: JSON.stringify({ n: i }) })).id);
    await waitFor(() => gh.dispatches.length === 4, 10_000);
    expect(ids(gh)).toEqual(sent.slice(1));
    await waitFor(() => gh.dispatches.length === 5, 20_000);
  }, 60_000);
});

describe('the Worker with D1, lanes and queues: operating it', () => {
  it('admin API: lists, filters, shows (never the credential), replays; 401 with a wrong token', async () => {
    const gh = await fake();
    const r = await relay(gh, { W2G_ADMIN_TOKEN: ADMIN });
    const ok = await post(r);
    gh.answer(1, { status: 422, body: { message: 'Invalid request' } });
    const bad = await post(r, { path: '/octo/other/hook' });
    expect([ok.status, bad.status]).toEqual([200, 422]);
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${r.url}/_/api${path}`, { ...init, headers: { authorization: `Bearer ${ADMIN}`, ...(init.headers as Record<string, string>) } });
    const list = (await (await api('/deliveries')).json()) as { deliveries: { id: string; status: string }[] };
    expect(list.deliveries.map((d) => [d.id, d.status])).toEqual([
      [bad.id, 'failed'],
      [ok.id, 'delivered'],
    ]);
    const failed = (await (await api('/deliveries?status=failed&repo=OCTO/other')).json()) as { deliveries: { id: string }[] };
    expect(failed.deliveries.map((d) => d.id)).toEqual([bad.id]);
    const shown = await (await api(`/deliveries/${ok.id}`)).text();
    expect(JSON.parse(shown)).toMatchObject({ id: ok.id, repo: 'octo/hello', status: 'delivered', request: { client_payload: { id: ok.id } } });
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain('v1.');
    const replay = await api(`/deliveries/${bad.id}/replay`, { method: 'POST', headers: { 'x-github-authorization': 'ghp_fixedToken0123456789' } });
    expect(replay.status).toBe(200);
    expect(gh.dispatches.at(-1)).toMatchObject({ authorization: 'token ghp_fixedToken0123456789', body: { client_payload: { replay_of: bad.id } } });
    expect((await fetch(`${r.url}/_/api/deliveries`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await api('/deliveries?status=lost')).status).toBe(400);
  }, 60_000);

  it('without W2G_ADMIN_TOKEN the admin API does not exist', async () => {
    const gh = await fake();
    const r = await relay(gh);
    const res = await fetch(`${r.url}/_/api/deliveries`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(res.status).toBe(404);
  }, 30_000);

  it('the Cron Trigger purges ended deliveries past retention and takes up due work nobody woke', async () => {
    const gh = await fake();
    const r = await relay(gh, { W2G_RETENTION_DAYS: '1' });
    // An old delivered one, and a recent one.
    const kept = await post(r);
    expect(kept.status).toBe(200);
    await r.query(
      "INSERT INTO deliveries (id, owner, repo, repo_key, event_type, body_json, pace_key, status, received_at, next_attempt_at, settled_at) VALUES ('old-one', 'octo', 'hello', 'octo/hello', 'webhook', '{}', 'k', 'delivered', 0, 0, ?1)",
      Date.now() - 2 * 86_400_000,
    );
    // A pending delivery no message and no alarm will ever bring (a lost message): its lane only hears of it from the sweep.
    const box = await createCredentialBox(LANE_SECRET);
    const id = `orphan-${randomBytes(4).toString('hex')}`;
    const bodyJson = JSON.stringify({
      event_type: 'webhook',
      client_payload: { id, path: '/orphan', method: 'POST', headers: {}, received_at: new Date().toISOString() },
    });
    await r.query(
      "INSERT INTO deliveries (id, owner, repo, repo_key, event_type, body_json, pace_key, credential, status, received_at, next_attempt_at) VALUES (?1, 'octo', 'hello', 'octo/hello', 'webhook', ?2, ?3, ?4, 'pending', ?5, ?5)",
      id,
      bodyJson,
      await box.paceKey(`token ${TOKEN}`),
      await box.seal(`token ${TOKEN}`, id),
      Date.now() - 120_000,
    );
    await r.cron();
    await waitFor(() => ids(gh).includes(id), 10_000);
    expect(gh.dispatches.find((d) => d.body.client_payload['id'] === id)?.authorization).toBe(`token ${TOKEN}`);
    await waitFor(async () => (await row(r, id))?.['status'] === 'delivered', 5000);
    expect(await row(r, 'old-one')).toBeUndefined();
    expect(await row(r, kept.id)).toMatchObject({ status: 'delivered' });
  }, 60_000);

  it('migrations not applied: webhooks get 503 misconfigured naming the wrangler command; /healthz says the same', async () => {
    const gh = await fake();
    const r = await relay(gh, {}, { withoutMigrations: true });
    const res = await post(r);
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ success: false, code: 'misconfigured' });
    expect(String(res.json['message'])).toContain('npx wrangler d1 migrations apply webhook2github --remote');
    const h = await fetch(`${r.url}/healthz`);
    expect(h.status).toBe(503);
    expect(String(((await h.json()) as Record<string, unknown>)['problem'])).toContain('wrangler d1 migrations apply');
    expect(gh.requests).toHaveLength(0);
  }, 30_000);

  it('a delivery log that cannot be written: 503, nothing acknowledged or sent, /healthz 503; recovers after', async () => {
    const gh = await fake();
    const r = await relay(gh);
    expect((await post(r)).status).toBe(200);
    // The table goes away under the running relay (as a D1 outage would make writes fail).
    await r.query('ALTER TABLE deliveries RENAME TO deliveries_away');
    try {
      const res = await post(r, { body: '{"n":1}' });
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ success: false });
      expect(gh.requests).toHaveLength(1);
      expect((await fetch(`${r.url}/healthz`)).status).toBe(503);
    } finally {
      await r.query('ALTER TABLE deliveries_away RENAME TO deliveries');
    }
    expect((await post(r, { body: '{"n":2}' })).status).toBe(200);
    expect(await health(r)).toEqual({ ok: true, queue: { pending: 0, oldest_pending_age_s: 0, dead: 0 } });
    expect(gh.dispatches).toHaveLength(2);
  }, 30_000);

  it('DELIVERIES without LANES: every request is 503 misconfigured naming the missing binding', async () => {
    const gh = await fake();
    const r = await relay(gh, {}, { withoutLanes: true });
    const res = await post(r);
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ success: false, code: 'misconfigured' });
    expect(String(res.json['message'])).toMatch(/^Missing binding LANES: /);
    expect(gh.requests).toHaveLength(0);
  }, 30_000);

  it('SEAL_RATE_LIMIT limits POST /_/seal per client address across isolates', async () => {
    const gh = await fake();
    const key = Buffer.from(randomBytes(32)).toString('base64');
    const r = await relay(gh, { W2G_SEALING_KEYS: key }, { sealLimit: 3 });
    const seal = () =>
      fetch(`${r.url}/_/seal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.7' },
        body: JSON.stringify({ repo: 'octo/hello', token: TOKEN }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await seal()).status);
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    const limited = await seal();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toMatchObject({ success: false, code: 'rate_limited' });
  }, 30_000);
});
