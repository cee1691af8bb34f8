/**
 * The relay's numbers for Prometheus (`GET /metrics`): one port with one set of names, filled the
 * same way on every runtime and rendered by the small exposition in metrics-text.ts (Node adds
 * prom-client's process metrics: src/node/metrics.ts). Names and labels are listed once here.
 * Format: https://prometheus.io/docs/instrumenting/exposition_formats/
 */
import type { QueueHealth } from './delivery/deliverer.js';
import type { DeliveryEvent } from './delivery/events.js';
import type { DispatchResult } from './github/classify.js';
import type { GitHubClient } from './github/client.js';
import type { Clock } from './ports.js';

/** Which part of the relay answered a request. */
export type RouteKind = 'relay' | 'admin' | 'dashboard' | 'metrics' | 'other';

/** Which call to GitHub. */
export type GitHubCall = 'dispatch' | 'blob';

/** The metrics a runtime records and renders. */
export interface RelayMetrics {
  /** A request was answered. */
  request(route: RouteKind, status: number, seconds: number): void;
  /** A call to GitHub ended: its HTTP status, or `timeout` / `network` when no answer came. */
  github(call: GitHubCall, status: string, seconds: number): void;
  /** A delivery was stored or an attempt recorded (retries, dead letters, outcomes). */
  delivery(event: DeliveryEvent): void;
  /** A request's provider signature did not verify at the edge. */
  verificationFailure(provider: string): void;
  /** The exposition, with the queue numbers read now (undefined: the runtime has no queue). */
  render(queue: QueueHealth | undefined): Promise<string>;
  readonly contentType: string;
}

/** Latency buckets, seconds (GitHub usually answers in 0.2–1 s; the default deadline is 10 s). */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] as const;

/** Every metric: name, type, help and label names. The README's metrics table lists the same. */
export const METRIC_DEFS = {
  requests: { name: 'w2g_http_requests_total', type: 'counter', help: 'Requests answered, by route and HTTP status.', labels: ['route', 'status'] },
  requestSeconds: { name: 'w2g_http_request_duration_seconds', type: 'histogram', help: 'Time to answer a request, by route.', labels: ['route'] },
  github: {
    name: 'w2g_github_requests_total',
    type: 'counter',
    help: 'Calls to GitHub by call (dispatch, blob) and GitHub status (timeout, network: no answer).',
    labels: ['call', 'status'],
  },
  githubSeconds: { name: 'w2g_github_request_duration_seconds', type: 'histogram', help: 'Time GitHub took to answer, by call.', labels: ['call'] },
  received: {
    name: 'w2g_deliveries_received_total',
    type: 'counter',
    help: 'Deliveries stored (repeats suppressed by their provider id are not counted).',
    labels: [],
  },
  attempts: {
    name: 'w2g_delivery_attempts_total',
    type: 'counter',
    help: 'Attempts recorded, by what they left: delivered, failed, retry, dead, uploaded.',
    labels: ['outcome'],
  },
  retries: { name: 'w2g_delivery_retries_total', type: 'counter', help: 'Attempts that will be retried.', labels: [] },
  dead: { name: 'w2g_dead_letters_total', type: 'counter', help: 'Deliveries given up (dead) since start.', labels: [] },
  verification: {
    name: 'w2g_verification_failures_total',
    type: 'counter',
    help: 'Requests whose provider signature did not verify at the edge, by provider.',
    labels: ['provider'],
  },
  pending: { name: 'w2g_queue_pending', type: 'gauge', help: 'Deliveries waiting to be sent.', labels: [] },
  oldestPending: { name: 'w2g_queue_oldest_pending_age_seconds', type: 'gauge', help: 'Age of the oldest pending delivery.', labels: [] },
  deadNow: { name: 'w2g_queue_dead', type: 'gauge', help: 'Dead deliveries kept in the outbox (until purged or replayed).', labels: [] },
} as const;

/** The label `status` of a GitHub call's result. */
export function githubStatusLabel(result: DispatchResult): string {
  if (result.response) return String(result.response.status);
  return result.kind === 'retry' && (result.reason === 'timeout' || result.reason === 'network' || result.reason === 'busy') ? result.reason : 'none';
}

/** The same client, timing each dispatch and blob upload into `metrics`. */
export function observeGitHub(client: GitHubClient, metrics: RelayMetrics, clock: Clock): GitHubClient {
  const timed =
    <A extends unknown[]>(call: GitHubCall, fn: (...args: A) => Promise<DispatchResult>) =>
    async (...args: A): Promise<DispatchResult> => {
      const started = clock.now();
      const result = await fn(...args);
      if (!(result.kind === 'retry' && result.reason === 'busy')) metrics.github(call, githubStatusLabel(result), (clock.now() - started) / 1000);
      return result;
    };
  return { ...client, dispatch: timed('dispatch', client.dispatch.bind(client)), createBlob: timed('blob', client.createBlob.bind(client)) };
}

/** The route kind of a request path. */
export function routeKindOf(path: string): RouteKind {
  if (path === '/metrics') return 'metrics';
  if (path.startsWith('/_/api/') || path === '/_/api' || path === '/_/seal') return 'admin';
  if (path === '/_' || path.startsWith('/_/')) return 'dashboard';
  if (path === '/' || path === '/healthz') return 'other';
  return 'relay';
}
