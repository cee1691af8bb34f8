/**
 * The DeliveryStore contract: every driver (memory, SQLite) must pass this suite.
 * Usage: `testDeliveryStore('sqlite', async () => ({ store, cleanup }))`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryStore, NewDelivery } from '../../src/core/delivery/store.js';

/** What a factory returns: a fresh, empty store and how to dispose of it. */
export interface StoreUnderTest {
  store: DeliveryStore;
  cleanup?: () => Promise<void> | void;
}

const T0 = 1_700_000_000_000;
let n = 0;

/** A new delivery with sensible defaults. */
export function newDelivery(over: Partial<NewDelivery> = {}): NewDelivery {
  n++;
  return {
    id: `d-${n}-${Math.random().toString(36).slice(2, 8)}`,
    owner: 'Octo',
    repo: 'Hello',
    eventType: 'webhook',
    bodyJson: JSON.stringify({ event_type: 'webhook', client_payload: { id: `x${n}`, path: '/ü' } }),
    paceKey: 'k1',
    credential: 'v1.sealed',
    receivedAt: T0,
    nextAttemptAt: T0,
    ...over,
  };
}

/** Runs the contract against the driver produced by `factory`. */
export function testDeliveryStore(name: string, factory: () => Promise<StoreUnderTest>): void {
  describe(`DeliveryStore contract: ${name}`, () => {
    let sut: StoreUnderTest;
    let store: DeliveryStore;
    beforeEach(async () => {
      sut = await factory();
      store = sut.store;
    });
    afterEach(async () => {
      await store.close();
      await sut.cleanup?.();
    });

    it('enqueues a pending delivery and reads it back', async () => {
      const d = newDelivery({ dedupeKey: 'octo/hello\nabc', replayOf: 'orig' });
      expect(await store.enqueue(d, 0)).toEqual({ kind: 'created' });
      const got = await store.get(d.id);
      expect(got).toMatchObject({
        id: d.id,
        owner: 'Octo',
        repo: 'Hello',
        eventType: 'webhook',
        bodyJson: d.bodyJson,
        paceKey: 'k1',
        credential: 'v1.sealed',
        dedupeKey: 'octo/hello\nabc',
        status: 'pending',
        attempts: 0,
        receivedAt: T0,
        nextAttemptAt: T0,
        leaseUntil: null,
        response: null,
        replayOf: 'orig',
        settledAt: null,
      });
      expect(await store.get('missing')).toBeUndefined();
    });

    it('resolves many concurrent enqueues, each stored once', async () => {
      const ds = Array.from({ length: 200 }, () => newDelivery());
      const results = await Promise.all(ds.map((d) => store.enqueue(d, 0)));
      expect(results.every((r) => r.kind === 'created')).toBe(true);
      expect((await store.stats(T0)).pending).toBe(200);
    });

    it('rejects a second delivery with the same id without failing its neighbours', async () => {
      const a = newDelivery();
      await store.enqueue(a, 0);
      const b = newDelivery();
      const [dup, ok] = await Promise.allSettled([store.enqueue({ ...newDelivery(), id: a.id }, 0), store.enqueue(b, 0)]);
      expect(dup.status).toBe('rejected');
      expect(ok.status).toBe('fulfilled');
      expect(await store.get(b.id)).toBeDefined();
    });

    it('dedupes on the key within the window, atomically', async () => {
      const first = newDelivery({ dedupeKey: 'r\nk', receivedAt: T0 });
      const again = () => newDelivery({ dedupeKey: 'r\nk', receivedAt: T0 + 1000 });
      const results = await Promise.all([store.enqueue(first, T0 - 10), store.enqueue(again(), T0 - 10), store.enqueue(again(), T0 - 10)]);
      expect(results[0]).toEqual({ kind: 'created' });
      for (const r of results.slice(1)) expect(r).toMatchObject({ kind: 'duplicate', existing: { id: first.id } });
      expect((await store.findByDedupeKey('r\nk', T0 - 10))?.id).toBe(first.id);
      // Outside the window it is a new delivery.
      expect(await store.findByDedupeKey('r\nk', T0 + 1)).toBeUndefined();
      expect(await store.enqueue(again(), T0 + 1)).toEqual({ kind: 'created' });
      // Other keys and no key are never duplicates.
      expect(await store.enqueue(newDelivery({ dedupeKey: 'r2\nk' }), 0)).toEqual({ kind: 'created' });
      expect(await store.enqueue(newDelivery(), 0)).toEqual({ kind: 'created' });
    });

    it('never answers a repeat with a failed or dead delivery: the repeat is stored anew', async () => {
      const response = { status: 401, headers: { 'content-type': 'application/json' }, body: '{"message":"Bad credentials"}' };
      const failed = newDelivery({ dedupeKey: 'r\nfail', receivedAt: T0 });
      await store.enqueue(failed, 0);
      await store.settle(failed.id, { kind: 'failed', at: T0 + 1, response, error: 'GitHub answered HTTP 401' });
      expect(await store.findByDedupeKey('r\nfail', 0)).toBeUndefined();
      const retry = newDelivery({ dedupeKey: 'r\nfail', receivedAt: T0 + 2 });
      expect(await store.enqueue(retry, 0)).toEqual({ kind: 'created' });
      // The new pending one is what later repeats match.
      expect(await store.enqueue(newDelivery({ dedupeKey: 'r\nfail', receivedAt: T0 + 3 }), 0)).toMatchObject({
        kind: 'duplicate',
        existing: { id: retry.id },
      });

      const dead = newDelivery({ dedupeKey: 'r\ndead', receivedAt: T0 });
      await store.enqueue(dead, 0);
      await store.settle(dead.id, { kind: 'dead', at: T0 + 1, error: 'too old' });
      expect(await store.enqueue(newDelivery({ dedupeKey: 'r\ndead', receivedAt: T0 + 2 }), 0)).toEqual({ kind: 'created' });

      const done = newDelivery({ dedupeKey: 'r\ndone', receivedAt: T0 });
      await store.enqueue(done, 0);
      await store.settle(done.id, { kind: 'delivered', at: T0 + 1, response: { status: 204, headers: {}, body: '' } });
      expect(await store.enqueue(newDelivery({ dedupeKey: 'r\ndone', receivedAt: T0 + 2 }), 0)).toMatchObject({ kind: 'duplicate', existing: { id: done.id } });
    });

    it('claims due deliveries in arrival order with a lease, once', async () => {
      const a = newDelivery({ nextAttemptAt: T0 });
      const b = newDelivery({ nextAttemptAt: T0 + 5000 });
      const c = newDelivery({ nextAttemptAt: T0 - 5 });
      for (const d of [a, b, c]) await store.enqueue(d, 0);
      const claimed = await store.claimDue({ now: T0, leaseMs: 1000, limit: 10 });
      expect(claimed.map((d) => d.id)).toEqual([a.id, c.id]);
      expect(claimed[0]?.leaseUntil).toBe(T0 + 1000);
      expect(await store.claimDue({ now: T0 + 10, leaseMs: 1000, limit: 10 })).toEqual([]);
      // An expired lease (a crashed worker) makes it claimable again.
      const again = await store.claimDue({ now: T0 + 1000, leaseMs: 1000, limit: 10 });
      expect(again.map((d) => d.id)).toEqual([a.id, c.id]);
      // A released delivery is claimable at once.
      await store.release([a.id]);
      expect((await store.claimDue({ now: T0 + 1001, leaseMs: 1000, limit: 10 })).map((d) => d.id)).toEqual([a.id]);
    });

    it('respects limit, per-key limit and skipped keys when claiming', async () => {
      const ds = [
        newDelivery({ paceKey: 'a' }),
        newDelivery({ paceKey: 'a' }),
        newDelivery({ paceKey: 'b' }),
        newDelivery({ paceKey: 'a' }),
        newDelivery({ paceKey: 'c' }),
      ];
      for (const d of ds) await store.enqueue(d, 0);
      const one = await store.claimDue({ now: T0, leaseMs: 10, limit: 10, perKey: 1, skipKeys: ['c'] });
      expect(one.map((d) => d.id)).toEqual([ds[0]!.id, ds[2]!.id]);
      const two = await store.claimDue({ now: T0, leaseMs: 10, limit: 1 });
      expect(two.map((d) => d.id)).toEqual([ds[1]!.id]);
    });

    it('does not claim a delivery enqueued with a lease until the lease ends', async () => {
      const d = newDelivery({ leaseUntil: T0 + 2000 });
      await store.enqueue(d, 0);
      expect(await store.claimDue({ now: T0, leaseMs: 10, limit: 10 })).toEqual([]);
      expect(await store.nextDueAt()).toBe(T0 + 2000);
      expect((await store.claimDue({ now: T0 + 2000, leaseMs: 10, limit: 10 })).length).toBe(1);
    });

    it('settles: retry keeps the credential, ending erases it and keeps the first answer', async () => {
      const d = newDelivery();
      await store.enqueue(d, 0);
      await store.claimDue({ now: T0, leaseMs: 1000, limit: 1 });
      await store.settle(d.id, { kind: 'retry', at: T0 + 1, nextAttemptAt: T0 + 3000, error: 'GitHub answered HTTP 502', status: 502 });
      expect(await store.get(d.id)).toMatchObject({
        status: 'pending',
        attempts: 1,
        nextAttemptAt: T0 + 3000,
        leaseUntil: null,
        lastError: 'GitHub answered HTTP 502',
        lastStatus: 502,
        credential: 'v1.sealed',
      });
      expect(await store.nextDueAt()).toBe(T0 + 3000);
      const response = { status: 204, headers: { 'x-github-request-id': 'ab' }, body: '' };
      await store.settle(d.id, { kind: 'delivered', at: T0 + 3001, response });
      const done = await store.get(d.id);
      expect(done).toMatchObject({ status: 'delivered', attempts: 2, credential: null, response, settledAt: T0 + 3001, lastStatus: 204 });
      // Settling an ended delivery changes nothing.
      await store.settle(d.id, { kind: 'dead', at: T0 + 9999, error: 'late' });
      expect(await store.get(d.id)).toEqual(done);
      expect(await store.nextDueAt()).toBeUndefined();
    });

    it('settles failed and dead', async () => {
      const f = newDelivery();
      const x = newDelivery();
      await store.enqueue(f, 0);
      await store.enqueue(x, 0);
      const response = { status: 404, headers: {}, body: '{"message":"Not Found"}' };
      await store.settle(f.id, { kind: 'failed', at: T0 + 5, response, error: 'GitHub answered HTTP 404' });
      await store.settle(x.id, { kind: 'dead', at: T0 + 6, error: 'gave up', status: 503 });
      expect(await store.get(f.id)).toMatchObject({ status: 'failed', credential: null, response, settledAt: T0 + 5 });
      expect(await store.get(x.id)).toMatchObject({ status: 'dead', credential: null, response: null, lastStatus: 503 });
      expect(await store.stats(T0 + 10_000)).toEqual({ pending: 0, oldest_pending_age_s: 0, dead: 1, writable: true });
    });

    it('computes the next due time, skipping keys', async () => {
      await store.enqueue(newDelivery({ paceKey: 'a', nextAttemptAt: T0 + 100 }), 0);
      await store.enqueue(newDelivery({ paceKey: 'b', nextAttemptAt: T0 + 50 }), 0);
      expect(await store.nextDueAt()).toBe(T0 + 50);
      expect(await store.nextDueAt(['b'])).toBe(T0 + 100);
      expect(await store.nextDueAt(['a', 'b'])).toBeUndefined();
    });

    it('lists newest first with status and repo filters and cursor pages', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const d = newDelivery({ owner: i % 2 ? 'octo' : 'other', repo: 'Hello' });
        ids.push(d.id);
        await store.enqueue(d, 0);
      }
      await store.settle(ids[6]!, { kind: 'delivered', at: T0, response: { status: 204, headers: {}, body: '' } });
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await store.list({ limit: 3, ...(cursor !== undefined ? { cursor } : {}) });
        expect(page.deliveries.length).toBeLessThanOrEqual(3);
        seen.push(...page.deliveries.map((d) => d.id));
        if (page.next === null) break;
        cursor = page.next;
      }
      expect(seen).toEqual([...ids].reverse());
      expect((await store.list({ repo: 'OCTO/hello' })).deliveries.map((d) => d.id)).toEqual([ids[5], ids[3], ids[1]]);
      expect((await store.list({ status: 'delivered' })).deliveries.map((d) => d.id)).toEqual([ids[6]]);
      expect((await store.list({ status: 'pending', repo: 'other/hello' })).deliveries.map((d) => d.id)).toEqual([ids[4], ids[2], ids[0]]);
    });

    it('purges ended deliveries older than the cutoff, never pending ones', async () => {
      const old = newDelivery();
      const recent = newDelivery();
      const pending = newDelivery({ receivedAt: 0 });
      for (const d of [old, recent, pending]) await store.enqueue(d, 0);
      const response = { status: 204, headers: {}, body: '' };
      await store.settle(old.id, { kind: 'delivered', at: T0, response });
      await store.settle(recent.id, { kind: 'delivered', at: T0 + 100, response });
      expect(await store.purge(T0 + 50)).toBe(1);
      expect(await store.get(old.id)).toBeUndefined();
      expect(await store.get(recent.id)).toBeDefined();
      expect(await store.get(pending.id)).toBeDefined();
    });

    it("keeps every attempt when it keeps history: status, GitHub's message and request id, purged with the delivery", async () => {
      if (!store.attemptsOf) return;
      const d = newDelivery();
      await store.enqueue(d, 0);
      const busy = { status: 502, headers: { 'x-github-request-id': 'A1:B2' }, body: '{"message":"Server Error"}' };
      await store.settle(d.id, {
        kind: 'retry',
        at: T0 + 10,
        nextAttemptAt: T0 + 20,
        error: 'GitHub answered HTTP 502',
        status: 502,
        note: { requestId: 'A1:B2', message: 'Server Error', ms: 31, step: 'dispatch' },
      });
      await store.settle(d.id, {
        kind: 'retry',
        at: T0 + 30,
        nextAttemptAt: T0 + 40,
        error: 'no answer within 10000 ms',
        note: { message: 'no answer within 10000 ms', ms: 10000 },
      });
      const ok = { status: 204, headers: { 'x-github-request-id': 'C3:D4' }, body: '' };
      await store.settle(d.id, { kind: 'delivered', at: T0 + 50, response: ok });
      // An ended delivery takes no more attempts.
      await store.settle(d.id, { kind: 'dead', at: T0 + 60, error: 'late' });
      expect(await store.attemptsOf(d.id)).toEqual([
        { n: 1, at: T0 + 10, outcome: 'retry', status: busy.status, requestId: 'A1:B2', message: 'Server Error', ms: 31, step: 'dispatch' },
        { n: 2, at: T0 + 30, outcome: 'retry', status: null, requestId: null, message: 'no answer within 10000 ms', ms: 10000, step: 'dispatch' },
        { n: 3, at: T0 + 50, outcome: 'delivered', status: 204, requestId: 'C3:D4', message: null, ms: null, step: 'dispatch' },
      ]);
      const dead = newDelivery();
      await store.enqueue(dead, 0);
      await store.settle(dead.id, {
        kind: 'dead',
        at: T0 + 70,
        error: 'gave up after 24h',
        status: 503,
        note: { message: 'Service Unavailable', requestId: 'E5' },
      });
      expect((await store.attemptsOf(dead.id))[0]).toMatchObject({
        outcome: 'dead',
        status: 503,
        requestId: 'E5',
        message: 'gave up after 24h (Service Unavailable)',
      });
      expect(await store.attemptsOf('no-such-delivery')).toEqual([]);
      expect(await store.purge(T0 + 1000)).toBe(2);
      expect(await store.attemptsOf(d.id)).toEqual([]);
    });

    it('reports queue stats', async () => {
      await store.enqueue(newDelivery({ receivedAt: T0 - 90_000 }), 0);
      await store.enqueue(newDelivery({ receivedAt: T0 - 10_000 }), 0);
      expect(await store.stats(T0)).toEqual({ pending: 2, oldest_pending_age_s: 90, dead: 0, writable: true });
    });
  });
}
