/**
 * RelayMetrics on Node: the relay's own numbers are counted from the start by the small in-memory
 * exposition the Worker uses too (core/metrics-text.ts, checked against prom-client's output in
 * test/core/dashboard-units.test.ts); prom-client adds its process metrics (CPU, memory,
 * event-loop lag, file descriptors, GC) and is loaded at the first scrape, so a relay that is
 * never scraped does not carry it (a few MB of resident memory).
 * https://github.com/siimon/prom-client
 */
import type { Registry } from 'prom-client';
import type { QueueHealth } from '../core/delivery/deliverer.js';
import type { RelayMetrics } from '../core/metrics.js';
import { createTextMetrics } from '../core/metrics-text.js';

/** Creates the metrics (one set per relay, so two relays in a process keep theirs apart). */
export function createNodeMetrics(): RelayMetrics {
  const relay = createTextMetrics();
  let registry: Promise<Registry> | undefined;
  return {
    contentType: relay.contentType,
    request: relay.request,
    github: relay.github,
    delivery: relay.delivery,
    verificationFailure: relay.verificationFailure,
    async render(queue: QueueHealth | undefined) {
      const own = await relay.render(queue);
      // CPU time is the process's since it started; GC and event-loop lag are observed from the first scrape on.
      registry ??= processRegistry();
      return `${await (await registry).metrics()}${own}`;
    },
  };
}

/** prom-client's default metrics in a registry of their own (one per relay). */
async function processRegistry(): Promise<Registry> {
  const { Registry, collectDefaultMetrics } = await import('prom-client');
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
