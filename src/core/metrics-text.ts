/**
 * RelayMetrics without a library, on every runtime: the names of metrics.ts, counters and
 * histograms kept in memory (per isolate on Workers), rendered in Prometheus' text format 0.0.4
 * exactly as prom-client renders them (test/core/dashboard-units.test.ts compares the two).
 */
import type { QueueHealth } from './delivery/deliverer.js';
import { LATENCY_BUCKETS, METRIC_DEFS, type RelayMetrics } from './metrics.js';

type Def = (typeof METRIC_DEFS)[keyof typeof METRIC_DEFS];

/** A label value escaped for the text format. */
const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labelText = (names: readonly string[], values: readonly string[]) =>
  names.length === 0 ? '' : `{${names.map((n, i) => `${n}="${esc(values[i] ?? '')}"`).join(',')}}`;

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

/** Creates the in-memory metrics. */
export function createTextMetrics(): RelayMetrics {
  const counters = new Map<Def, Map<string, { values: string[]; n: number }>>();
  const histograms = new Map<Def, Map<string, { values: string[]; h: Histogram }>>();

  // Series are found by one string key (label values joined by NUL); the values array is made once per series.
  const inc = (def: Def, key: string, values: () => string[]) => {
    let series = counters.get(def);
    if (!series) counters.set(def, (series = new Map()));
    const s = series.get(key);
    if (s) s.n += 1;
    else series.set(key, { values: values(), n: 1 });
  };
  const observe = (def: Def, key: string, values: () => string[], seconds: number) => {
    let series = histograms.get(def);
    if (!series) histograms.set(def, (series = new Map()));
    let s = series.get(key);
    if (!s) series.set(key, (s = { values: values(), h: { counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 } }));
    // Cumulative buckets: every bucket whose bound the value is under counts it.
    for (let i = LATENCY_BUCKETS.length - 1; i >= 0 && seconds <= LATENCY_BUCKETS[i]!; i--) s.h.counts[i]! += 1;
    s.h.sum += seconds;
    s.h.count += 1;
  };
  const none = (): string[] => [];

  return {
    contentType: 'text/plain; version=0.0.4; charset=utf-8',
    request(route, status, seconds) {
      inc(METRIC_DEFS.requests, `${route}\u0000${status}`, () => [route, String(status)]);
      observe(METRIC_DEFS.requestSeconds, route, () => [route], seconds);
    },
    github(call, status, seconds) {
      inc(METRIC_DEFS.github, `${call}\u0000${status}`, () => [call, status]);
      observe(METRIC_DEFS.githubSeconds, call, () => [call], seconds);
    },
    delivery(event) {
      if (event.kind === 'received') return inc(METRIC_DEFS.received, '', none);
      inc(METRIC_DEFS.attempts, event.outcome, () => [event.outcome]);
      if (event.outcome === 'retry') inc(METRIC_DEFS.retries, '', none);
      if (event.outcome === 'dead') inc(METRIC_DEFS.dead, '', none);
    },
    verificationFailure(provider) {
      inc(METRIC_DEFS.verification, provider, () => [provider]);
    },
    async render(queue: QueueHealth | undefined) {
      const out: string[] = [];
      for (const def of Object.values(METRIC_DEFS)) {
        if (def.type === 'gauge') {
          if (!queue) continue;
          const value = def === METRIC_DEFS.pending ? queue.pending : def === METRIC_DEFS.oldestPending ? queue.oldest_pending_age_s : queue.dead;
          out.push(`# HELP ${def.name} ${def.help}`, `# TYPE ${def.name} gauge`, `${def.name} ${value}`);
          continue;
        }
        out.push(`# HELP ${def.name} ${def.help}`, `# TYPE ${def.name} ${def.type}`);
        if (def.type === 'counter') {
          const series = counters.get(def);
          // A counter without labels is 0 before its first event, as prom-client shows it.
          if (!series && def.labels.length === 0) out.push(`${def.name} 0`);
          for (const s of series?.values() ?? []) out.push(`${def.name}${labelText(def.labels, s.values)} ${s.n}`);
        } else {
          for (const s of histograms.get(def)?.values() ?? []) {
            // `le` first, as prom-client writes it.
            LATENCY_BUCKETS.forEach((le, i) => out.push(`${def.name}_bucket${labelText(['le', ...def.labels], [String(le), ...s.values])} ${s.h.counts[i]}`));
            out.push(`${def.name}_bucket${labelText(['le', ...def.labels], ['+Inf', ...s.values])} ${s.h.count}`);
            out.push(`${def.name}_sum${labelText(def.labels, s.values)} ${s.h.sum}`, `${def.name}_count${labelText(def.labels, s.values)} ${s.h.count}`);
          }
        }
      }
      return `${out.join('\n')}\n`;
    },
  };
}
