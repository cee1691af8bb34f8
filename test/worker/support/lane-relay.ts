/**
 * The built Worker (`dist/worker/index.js`) at full strength inside workerd (Miniflare 4): a D1
 * delivery log (DELIVERIES, with migrations/ applied), the credential lanes (LANES, Durable
 * Objects of CredentialLane), the queue (DISPATCH_QUEUE, consumed by the relay itself), a
 * dead-letter queue read by a spy Worker, and the Rate Limiting binding, as wrangler.toml
 * declares them. The Cron Trigger is fired over HTTP (`/cdn-cgi/handler/scheduled`).
 */
import { dirname, join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import { applyMigrations } from './d1.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SCRIPT = join(ROOT, 'dist', 'worker', 'index.js');
/** Names as in wrangler.toml. */
export const QUEUE = 'webhook2github-dispatch';
export const DEAD_QUEUE = 'webhook2github-dead';
/** The W2G_SECRET the tests bind. */
export const LANE_SECRET = 'test-secret-for-the-lanes-0123456789';

const SPY = `
const seen = [];
export default {
  async fetch() { return Response.json(seen); },
  async queue(batch) { for (const m of batch.messages) { seen.push(m.body); m.ack(); } },
};`;

export interface LaneRelayOptions {
  githubApiUrl: string;
  /** Extra string bindings (W2G_SECRET is LANE_SECRET). */
  bindings?: Record<string, string>;
  /** Queue consumer batching (default 10 messages or 1 s, as wrangler.toml). */
  maxBatchSize?: number;
  /** Leave the D1 database without its tables (the migrations not applied). */
  withoutMigrations?: boolean;
  /** Limit of the seal Rate Limiting binding per minute (default 10, as wrangler.toml). */
  sealLimit?: number;
  /** Leave the Durable Object binding out (a half-configured deployment). */
  withoutLanes?: boolean;
}

/** A running lane-mode relay. */
export interface LaneRelay {
  url: string;
  /** The relay's console output, one entry per line. */
  lines: string[];
  /** Parsed JSON log lines of the relay that carry `id`. */
  logsOf(id: string): Record<string, unknown>[];
  /** Runs one SQL query on the relay's D1 database (to read what the log holds). */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Fires the Cron Trigger once. */
  cron(): Promise<void>;
  /** Messages the dead-letter queue received. */
  deadLetters(): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

interface D1Proxy {
  prepare(sql: string): { bind(...v: unknown[]): { all(): Promise<{ results: unknown[] }> } };
}

/** Starts the relay with D1, lanes and queues. */
export async function startLaneRelay(opts: LaneRelayOptions): Promise<LaneRelay> {
  const lines: string[] = [];
  const mf = new Miniflare({
    host: '127.0.0.1',
    port: 0,
    unsafeTriggerHandlers: true,
    handleStructuredLogs: ({ message }: { message: string }) => {
      lines.push(message);
    },
    workers: [
      {
        name: 'relay',
        scriptPath: SCRIPT,
        modules: true,
        modulesRoot: dirname(SCRIPT),
        bindings: { GITHUB_API_URL: opts.githubApiUrl, W2G_SECRET: LANE_SECRET, ...opts.bindings },
        compatibilityDate: '2025-09-01',
        compatibilityFlags: ['nodejs_compat'],
        d1Databases: { DELIVERIES: 'webhook2github' },
        ...(opts.withoutLanes ? {} : { durableObjects: { LANES: 'CredentialLane' } }),
        queueProducers: { DISPATCH_QUEUE: QUEUE, DEAD_LETTER_QUEUE: DEAD_QUEUE },
        queueConsumers: { [QUEUE]: { maxBatchSize: opts.maxBatchSize ?? 10, maxBatchTimeout: 1, maxRetries: 100, deadLetterQueue: DEAD_QUEUE } },
        ratelimits: { SEAL_RATE_LIMIT: { namespace_id: '1001', simple: { limit: opts.sealLimit ?? 10, period: 60 } } },
      },
      {
        name: 'dead-letters',
        modules: true,
        script: SPY,
        compatibilityDate: '2025-09-01',
        queueConsumers: { [DEAD_QUEUE]: { maxBatchSize: 10, maxBatchTimeout: 1 } },
      },
    ],
  });
  const ready = await mf.ready;
  const db = (await mf.getD1Database('DELIVERIES', 'relay')) as unknown as D1Proxy;
  if (!opts.withoutMigrations) await applyMigrations(db);
  const url = ready.origin;
  return {
    url,
    lines,
    logsOf(id) {
      return lines.flatMap((l) => {
        try {
          const o = JSON.parse(l) as Record<string, unknown>;
          return o['id'] === id ? [o] : [];
        } catch {
          return [];
        }
      });
    },
    async query<T>(sql: string, ...params: unknown[]) {
      return (
        await db
          .prepare(sql)
          .bind(...params)
          .all()
      ).results as T[];
    },
    async cron() {
      const res = await fetch(`${url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent('* * * * *')}`);
      if (!res.ok) throw new Error(`scheduled handler answered ${res.status}: ${await res.text()}`);
    },
    async deadLetters() {
      const spy = (await mf.getWorker('dead-letters')) as unknown as { fetch(url: string): Promise<Response> };
      return (await (await spy.fetch('http://spy/')).json()) as Record<string, unknown>[];
    },
    stop: () => mf.dispose(),
  };
}
