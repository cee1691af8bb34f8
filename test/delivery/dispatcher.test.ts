import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/core/delivery/memory-store.js';
import { createPacer } from '../../src/core/delivery/pacer.js';
import { silentLogger, systemClock } from '../../src/core/ports.js';
import type { Delivery } from '../../src/core/delivery/store.js';
import { createDispatcher } from '../../src/node/dispatcher.js';
import { waitFor } from '../support/fake-github.js';
import { newDelivery } from './store-contract.js';
import type { AttemptOutcome } from '../../src/core/delivery/attempt.js';

const DELIVERED: AttemptOutcome = { result: undefined, status: 'delivered' };

describe('dispatcher', () => {
  it('caps attempts in flight, wakes on completion, and sleeps until the next due time', async () => {
    const store = createMemoryStore();
    const now = Date.now();
    for (let i = 0; i < 40; i++) await store.enqueue(newDelivery({ paceKey: `k${i % 5}`, receivedAt: now, nextAttemptAt: now }), 0);
    const later = newDelivery({ paceKey: 'late', receivedAt: now, nextAttemptAt: now + 300 });
    await store.enqueue(later, 0);
    const pacer = createPacer({ ratePerWindow: 0, clock: systemClock });
    const gates: (() => void)[] = [];
    let maxSeen = 0;
    const sentAt = new Map<string, number>();
    const dispatcher = createDispatcher({
      store,
      pacer,
      clock: systemClock,
      logger: silentLogger,
      leaseMs: 10_000,
      maxConcurrent: 8,
      send: async (d: Delivery) => {
        maxSeen = Math.max(maxSeen, dispatcher.inFlight + 1);
        await new Promise<void>((resolve) => gates.push(resolve));
        sentAt.set(d.id, Date.now());
        await store.settle(d.id, { kind: 'delivered', at: Date.now(), response: { status: 204, headers: {}, body: '' } });
        return DELIVERED;
      },
    });
    dispatcher.start();
    const open = setInterval(() => gates.splice(0).forEach((g) => g()), 5);
    try {
      await waitFor(() => sentAt.size === 41, 5000);
    } finally {
      clearInterval(open);
    }
    expect(maxSeen).toBeLessThanOrEqual(8);
    expect(sentAt.get(later.id)! - now).toBeGreaterThanOrEqual(300);
    await dispatcher.stop();
  });

  it('stop() lets attempts in flight finish and leaves the rest pending', async () => {
    const store = createMemoryStore();
    for (let i = 0; i < 10; i++) await store.enqueue(newDelivery({ paceKey: 'k', nextAttemptAt: 0 }), 0);
    const pacer = createPacer({ ratePerWindow: 100, maxInFlight: 2, clock: systemClock });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = 0;
    const dispatcher = createDispatcher({
      store,
      pacer,
      clock: systemClock,
      logger: silentLogger,
      leaseMs: 10_000,
      send: async (d) => {
        started++;
        await gate;
        await store.settle(d.id, { kind: 'delivered', at: Date.now(), response: { status: 204, headers: {}, body: '' } });
        return DELIVERED;
      },
    });
    dispatcher.start();
    await waitFor(() => started === 2, 2000);
    const stopping = dispatcher.stop();
    release();
    await stopping;
    expect(started).toBe(2);
    expect((await store.stats(Date.now())).pending).toBe(8);
  });

  describe('health: says when deliveries stop moving', () => {
    /** A clock the test moves by hand; the dispatcher's timers still run on real time. */
    const manualClock = () => {
      let t = Date.now();
      return { now: () => t, advance: (ms: number) => (t += ms) };
    };
    const base = { pacer: createPacer({ ratePerWindow: 0, clock: systemClock }), logger: silentLogger, leaseMs: 1000, idlePollMs: 1000, stallMs: 2000 };

    it('is ok while rounds run and attempts end', async () => {
      const store = createMemoryStore();
      const clock = manualClock();
      await store.enqueue(newDelivery({ nextAttemptAt: 0 }), 0);
      const dispatcher = createDispatcher({
        ...base,
        store,
        clock,
        send: async (d) => {
          await store.settle(d.id, { kind: 'delivered', at: clock.now(), response: { status: 204, headers: {}, body: '' } });
          return DELIVERED;
        },
      });
      dispatcher.start();
      await waitFor(async () => (await store.stats(clock.now())).pending === 0, 2000);
      expect(dispatcher.health(await store.nextDueAt([]))).toEqual({ ok: true });
      await dispatcher.stop();
    });

    it('is not ok when a round hangs on the outbox', async () => {
      const store = createMemoryStore();
      const clock = manualClock();
      let claims = 0;
      // Fault injection on the port: the outbox stops answering.
      const stuck = { ...store, claimDue: () => (claims++, new Promise<Delivery[]>(() => undefined)) };
      const dispatcher = createDispatcher({ ...base, store: stuck, clock, send: async () => DELIVERED });
      dispatcher.start();
      await waitFor(() => claims === 1, 2000);
      expect(dispatcher.health(undefined).ok).toBe(true);
      clock.advance(2500);
      const h = dispatcher.health(undefined);
      expect(h.ok).toBe(false);
      expect(h.reason).toMatch(/waited on the outbox/);
      await dispatcher.stop();
    });

    it('is not ok when an attempt outlives its lease', async () => {
      const store = createMemoryStore();
      const clock = manualClock();
      await store.enqueue(newDelivery({ nextAttemptAt: 0 }), 0);
      let sent = 0;
      const dispatcher = createDispatcher({ ...base, store, clock, stopGraceMs: 10, send: () => (sent++, new Promise<AttemptOutcome>(() => undefined)) });
      dispatcher.start();
      await waitFor(() => sent === 1, 2000);
      clock.advance(3500);
      const h = dispatcher.health(undefined);
      expect(h.ok).toBe(false);
      expect(h.reason).toMatch(/attempt has run/);
      await dispatcher.stop();
    });

    it('is not ok when work is overdue and no attempt ends', async () => {
      const store = createMemoryStore();
      const clock = manualClock();
      let claims = 0;
      // Fault injection: claims come back empty although work is due.
      const blind = { ...store, claimDue: async () => (claims++, [] as Delivery[]) };
      const dispatcher = createDispatcher({ ...base, store: blind, clock, send: async () => DELIVERED });
      dispatcher.start();
      await waitFor(() => claims >= 1, 2000);
      const dueAt = clock.now();
      expect(dispatcher.health(dueAt).ok).toBe(true);
      clock.advance(2500);
      const h = dispatcher.health(dueAt);
      expect(h.ok).toBe(false);
      expect(h.reason).toMatch(/overdue/);
      await dispatcher.stop();
    });
  });
});
