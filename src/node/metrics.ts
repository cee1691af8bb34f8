/**
 * RelayMetrics on Node with prom-client: the names of core/metrics.ts in a registry of the
 * relay's own (plus prom-client's process metrics: CPU, memory, event-loop lag, file descriptors).
 * https://github.com/siimon/prom-client
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { QueueHealth } from '../core/delivery/deliverer.js';
import { LATENCY_BUCKETS, METRIC_DEFS, type RelayMetrics } from '../core/metrics.js';

/** Creates the metrics with a fresh registry (one per relay, so two relays in a process keep theirs apart). */
export function createPromMetrics(opts: { processMetrics?: boolean } = {}): RelayMetrics {
  const registry = new Registry();
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const d = METRIC_DEFS;
  const counter = <L extends string>(def: { name: string; help: string; labels: readonly L[] }) =>
    new Counter<L>({ name: def.name, help: def.help, labelNames: def.labels, registers: [registry] });
  const histogram = <L extends string>(def: { name: string; help: string; labels: readonly L[] }) =>
    new Histogram<L>({ name: def.name, help: def.help, labelNames: def.labels, buckets: [...LATENCY_BUCKETS], registers: [registry] });
  const gauge = (def: { name: string; help: string }) => new Gauge({ name: def.name, help: def.help, registers: [registry] });

  const requests = counter(d.requests);
  const requestSeconds = histogram(d.requestSeconds);
  const github = counter(d.github);
  const githubSeconds = histogram(d.githubSeconds);
  const received = counter(d.received);
  const attempts = counter(d.attempts);
  const retries = counter(d.retries);
  const dead = counter(d.dead);
  const verification = counter(d.verification);
  const pending = gauge(d.pending);
  const oldestPending = gauge(d.oldestPending);
  const deadNow = gauge(d.deadNow);

  // Labelled children are looked up once per label set: prom-client hashes the labels on every call otherwise.
  const requestChildren = new Map<string, { inc(): void }>();
  const secondsChildren = new Map<string, { observe(v: number): void }>();
  const githubChildren = new Map<string, { inc(): void }>();
  const githubSecondsChildren = new Map<string, { observe(v: number): void }>();
  const attemptChildren = new Map<string, { inc(): void }>();
  return {
    contentType: registry.contentType,
    request(route, status, seconds) {
      const key = `${route} ${status}`;
      let child = requestChildren.get(key);
      if (!child) requestChildren.set(key, (child = requests.labels({ route, status: String(status) })));
      child.inc();
      let timer = secondsChildren.get(route);
      if (!timer) secondsChildren.set(route, (timer = requestSeconds.labels({ route })));
      timer.observe(seconds);
    },
    github(call, status, seconds) {
      const key = `${call} ${status}`;
      let child = githubChildren.get(key);
      if (!child) githubChildren.set(key, (child = github.labels({ call, status })));
      child.inc();
      let timer = githubSecondsChildren.get(call);
      if (!timer) githubSecondsChildren.set(call, (timer = githubSeconds.labels({ call })));
      timer.observe(seconds);
    },
    delivery(event) {
      if (event.kind === 'received') return received.inc();
      let child = attemptChildren.get(event.outcome);
      if (!child) attemptChildren.set(event.outcome, (child = attempts.labels({ outcome: event.outcome })));
      child.inc();
      if (event.outcome === 'retry') retries.inc();
      if (event.outcome === 'dead') dead.inc();
    },
    verificationFailure(provider) {
      verification.inc({ provider });
    },
    async render(queue: QueueHealth | undefined) {
      if (queue) {
        pending.set(queue.pending);
        oldestPending.set(queue.oldest_pending_age_s);
        deadNow.set(queue.dead);
      }
      return registry.metrics();
    },
  };
}
