import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/core/delivery/memory-store.js';
import { createPacer } from '../../src/core/delivery/pacer.js';
import { silentLogger, systemClock } from '../../src/core/ports.js';
import type { Delivery } from '../../src/core/delivery/store.js';
import { createDispatcher } from '../../src/node/dispatcher.js';
import { waitFor } from '../support/fake-github.js';
import { newDelivery } from './store-contract.js';

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
});
