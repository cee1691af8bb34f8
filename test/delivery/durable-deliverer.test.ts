import { readFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../support/fake-github.js';
import { dispatchedIds, startHarness, TOKEN, type Harness } from './support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const json = async (res: Response) => (await res.json()) as Record<string, unknown>;
const idOf = (res: Response) => res.headers.get('x-webhook2github-delivery') ?? '';

describe('durable deliverer (sync mode)', () => {
  it('delivers at once, answers like GitHub, and erases the credential', async () => {
    h = await startHarness();
    const res = await h.send();
    expect(res.status).toBe(200);
    const id = idOf(res);
    expect(dispatchedIds(h.gh)).toEqual([id]);
    expect(h.gh.dispatches[0]?.authorization).toBe(`token ${TOKEN}`);
    const d = await h.delivery.store.get(id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 1, credential: null, response: { status: 204 } });
  });

  it('502 for N attempts, then success: 202 queued, delivered exactly once', async () => {
    h = await startHarness();
    h.gh.fail(4, 502);
    const res = await h.send();
    expect(res.status).toBe(202);
    const body = await json(res);
    expect(body).toEqual({ success: true, queued: true, id: idOf(res) });
    await waitFor(async () => (await h!.delivery.store.get(idOf(res)))?.status === 'delivered', 10_000);
    expect(dispatchedIds(h.gh)).toEqual([idOf(res)]);
    expect(h.gh.requests.length).toBe(5);
    expect((await h.delivery.store.get(idOf(res)))?.attempts).toBe(5);
  });

  it("honours a secondary rate limit's retry-after and holds the token meanwhile", async () => {
    h = await startHarness();
    h.gh.secondaryRateLimit(1, 1);
    const first = await h.send();
    expect(first.status).toBe(202);
    const limitedAt = h.gh.requests[0]!.time;
    // The token is paused: the next webhook is queued at once, without asking GitHub.
    const second = await h.send();
    expect(second.status).toBe(202);
    expect(h.gh.requests.length).toBe(1);
    await waitFor(() => h!.gh.dispatches.length === 2, 10_000);
    expect(dispatchedIds(h.gh).sort()).toEqual([idOf(first), idOf(second)].sort());
    for (const r of h.gh.requests.slice(1)) expect(r.time - limitedAt).toBeGreaterThanOrEqual(990);
  });

  it('a hanging GitHub: answers 202 after the sync deadline, then delivers', async () => {
    h = await startHarness({ syncDeadlineMs: 300 });
    h.gh.hang(1);
    const t = Date.now();
    const res = await h.send();
    expect(res.status).toBe(202);
    expect(Date.now() - t).toBeLessThan(2000);
    await waitFor(() => h!.gh.dispatches.length === 1, 10_000);
    expect(dispatchedIds(h.gh)).toEqual([idOf(res)]);
  });

  it('dropped connections: 202, then delivered once', async () => {
    h = await startHarness();
    h.gh.drop(3);
    const res = await h.send();
    expect(res.status).toBe(202);
    await waitFor(async () => (await h!.delivery.store.get(idOf(res)))?.status === 'delivered', 10_000);
    expect(dispatchedIds(h.gh)).toEqual([idOf(res)]);
  });

  it("permanent 404 and 422: GitHub's error is shown, the delivery failed, never retried", async () => {
    h = await startHarness();
    h.gh.answer(1, { status: 404, body: { message: 'Not Found' } });
    const a = await h.send();
    expect(a.status).toBe(404);
    expect(await json(a)).toMatchObject({ message: 'Not Found' });
    h.gh.answer(1, { status: 422, body: { message: 'Invalid request' } });
    const b = await h.send();
    expect(b.status).toBe(422);
    for (const res of [a, b]) expect(await h.delivery.store.get(idOf(res))).toMatchObject({ status: 'failed', attempts: 1, credential: null });
    const c = await h.send();
    expect(c.status).toBe(200);
    expect(h.gh.requests.length).toBe(3);
    expect(await h.delivery.store.nextDueAt()).toBeUndefined();
  });

  it('dedupes a repeated provider delivery id: after delivery answers like the first, nothing dispatched', async () => {
    h = await startHarness();
    const headers = { 'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958' };
    const first = await h.send({ headers });
    expect(first.status).toBe(200);
    const again = await h.send({ headers });
    expect(again.status).toBe(200);
    expect(idOf(again)).toBe(idOf(first));
    expect(h.gh.requests.length).toBe(1);
    // Another repository with the same provider id is a different delivery.
    const other = await h.send({ headers, path: '/octo/other/hook' });
    expect(other.status).toBe(200);
    expect(idOf(other)).not.toBe(idOf(first));
    expect(h.gh.dispatches.length).toBe(2);
  });

  it('dedupes while the first is still pending: 202 with the first id', async () => {
    h = await startHarness();
    h.gh.fail(3, 503);
    const body = JSON.stringify({ type: 'event_callback', event_id: 'Ev08MFMKH6', event: { type: 'message', text: 'ünïcode' } });
    const slack = { 'x-slack-signature': 'v0=abc', 'x-slack-request-timestamp': '1531420618' };
    const first = await h.send({ headers: slack, body });
    expect(first.status).toBe(202);
    const retry = await h.send({ headers: { ...slack, 'x-slack-retry-num': '1' }, body });
    expect(retry.status).toBe(202);
    expect(await json(retry)).toEqual({ success: true, queued: true, id: idOf(first) });
    await waitFor(() => h!.gh.dispatches.length === 1, 10_000);
    expect(dispatchedIds(h.gh)).toEqual([idOf(first)]);
  });

  it('gives up after the maximum age: dead, credential erased, counted in /healthz', async () => {
    h = await startHarness({ maxAgeMs: 400 });
    h.gh.fail(1000, 502);
    const res = await h.send();
    expect(res.status).toBe(202);
    await waitFor(async () => (await h!.delivery.store.get(idOf(res)))?.status === 'dead', 10_000);
    expect(await h.delivery.store.get(idOf(res))).toMatchObject({ credential: null, lastStatus: 502 });
    expect((await h.delivery.deliverer.health()).queue).toEqual({ pending: 0, oldest_pending_age_s: 0, dead: 1 });
  });

  it('never writes the token to the database file in clear', async () => {
    h = await startHarness();
    h.gh.fail(1000, 502);
    const res = await h.send();
    expect(res.status).toBe(202);
    const d = await h.delivery.store.get(idOf(res));
    expect(d?.credential).toMatch(/^v1\./);
    const raw = Buffer.concat([h.dbFile, `${h.dbFile}-wal`].filter(existsSync).map((f) => readFileSync(f)));
    expect(raw.includes(TOKEN)).toBe(false);
    expect(raw.includes(d!.credential!)).toBe(true);
  });
});

describe('durable deliverer (background)', () => {
  it('async mode answers 202 right after the write, then delivers', async () => {
    h = await startHarness({ mode: 'async' });
    const res = await h.send();
    expect(res.status).toBe(202);
    await waitFor(() => h!.gh.dispatches.length === 1, 10_000);
    expect(dispatchedIds(h.gh)).toEqual([idOf(res)]);
  });

  it('async mode: a burst past the in-flight limit is each dispatched exactly once (handed over or claimed)', async () => {
    h = await startHarness({ mode: 'async' });
    // More than the dispatcher's 32 in flight: the rest are claimed from the outbox.
    const sent = await Promise.all(Array.from({ length: 60 }, (_, i) => h!.send({ token: `tok-${i % 3}` })));
    for (const r of sent) expect(r.status).toBe(202);
    await waitFor(() => h!.gh.dispatches.length === 60, 10_000);
    expect(dispatchedIds(h.gh).sort()).toEqual(sent.map(idOf).sort());
    expect(h.gh.requests.length).toBe(60);
    // GitHub has them all; the relay records the outcome once the answers reach it (settles are grouped per tick).
    await waitFor(async () => (await h!.delivery.store.stats(Date.now())).pending === 0, 5000);
    for (const r of sent) expect(await h.delivery.store.get(idOf(r))).toMatchObject({ status: 'delivered', attempts: 1, credential: null });
  });

  it('GitHub down for a while, then back: every accepted delivery dispatched once', async () => {
    h = await startHarness({ dispatchRate: 0 });
    // Every connection is dropped once the request is read: no answer, a network failure.
    h.gh.drop(100_000);
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => h!.send({ body: JSON.stringify({ n: i }) })));
    expect(responses.every((r) => r.status === 202)).toBe(true);
    await waitFor(async () => (await h!.delivery.store.list({ status: 'pending' })).deliveries.every((d) => d.attempts >= 2), 10_000);
    // GitHub is back.
    h.gh.reset();
    await waitFor(() => h!.gh.dispatches.length >= 40, 15_000);
    await waitFor(async () => (await h!.delivery.store.stats(Date.now())).pending === 0, 5000);
    const ids = dispatchedIds(h.gh);
    expect(new Set(ids).size).toBe(40);
    expect(ids.sort()).toEqual(responses.map(idOf).sort());
  });

  it('paces per token: at most N per window, in arrival order, other tokens unaffected', async () => {
    h = await startHarness({ mode: 'async', dispatchRate: 4 }, { paceWindowMs: 500, maxInFlight: 1 });
    // Warm the connection up, so arrival times at GitHub track start times.
    await h.send({ token: 'ghp_WarmUp' });
    await waitFor(() => h!.gh.dispatches.length === 1, 5000);
    const sent: string[] = [];
    for (let i = 0; i < 10; i++) sent.push(idOf(await h.send({ body: JSON.stringify({ n: i }) })));
    const other = idOf(await h.send({ token: 'ghp_OtherToken' }));
    await waitFor(() => h!.gh.dispatches.length === 12, 10_000);
    const mine = h.gh.dispatches.filter((d) => d.authorization === `token ${TOKEN}`);
    expect(mine.map((d) => String(d.body.client_payload.id))).toEqual(sent);
    const times = mine.map((d) => d.time);
    for (let i = 4; i < times.length; i++) expect(times[i]! - times[i - 4]!).toBeGreaterThanOrEqual(450);
    // The other token was not queued behind the first one's burst.
    const otherAt = h.gh.dispatches.findIndex((d) => d.body.client_payload.id === other);
    expect(otherAt).toBeLessThan(9);
  });

  it('one stuck delivery does not block the rest of its token', async () => {
    h = await startHarness({ mode: 'async', githubTimeoutMs: 3000 }, { maxInFlight: 2 });
    h.gh.hang(1);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(idOf(await h.send({ body: JSON.stringify({ n: i }) })));
    await waitFor(() => h!.gh.dispatches.length === 4, 4000);
    expect(dispatchedIds(h.gh)).toEqual(ids.slice(1));
    await waitFor(() => h!.gh.dispatches.length === 5, 10_000);
  });

  it('reports the queue in /healthz', async () => {
    h = await startHarness({ mode: 'async' });
    h.gh.fail(1000, 502);
    await h.send();
    await h.send();
    const health = await h.delivery.deliverer.health();
    expect(health).toEqual({ ok: true, queue: { pending: 2, oldest_pending_age_s: 0, dead: 0 } });
  });
});

describe('durable deliverer: one test per strategy', () => {
  it('try-now (sync mode, slot free): the answer is the attempt made before answering', async () => {
    h = await startHarness();
    h.gh.answer(1, { status: 422, body: { message: 'Unprocessable Entity' } });
    const res = await h.send();
    // Only an attempt made within the request can know GitHub's 422.
    expect(res.status).toBe(422);
    expect(await h.delivery.store.get(idOf(res))).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it("queue (the token's slot is taken): 202 at once without calling GitHub, then the dispatcher sends it", async () => {
    h = await startHarness({ dispatchRate: 1 }, { paceWindowMs: 400 });
    const first = await h.send();
    expect(first.status).toBe(200);
    const second = await h.send();
    expect(second.status).toBe(202);
    expect(h.gh.requests).toHaveLength(1);
    await waitFor(() => h!.gh.dispatches.length === 2, 5000);
    expect(dispatchedIds(h.gh)).toEqual([idOf(first), idOf(second)]);
  });

  it('background (async mode): 202 before GitHub answers; the handed-over attempt delivers it once', async () => {
    h = await startHarness({ mode: 'async' });
    h.gh.setDelay(300);
    const res = await h.send();
    expect(res.status).toBe(202);
    expect(h.gh.dispatches).toHaveLength(0);
    await waitFor(() => h!.gh.dispatches.length === 1, 5000);
    expect(dispatchedIds(h.gh)).toEqual([idOf(res)]);
    await waitFor(async () => (await h!.delivery.store.get(idOf(res)))?.status === 'delivered', 5000);
    expect(await h.delivery.store.get(idOf(res))).toMatchObject({ status: 'delivered', attempts: 1 });
  });
});
