/**
 * Runs the built Worker (`dist/worker/index.js`) in workerd through Miniflare 4 with a Cloudflare
 * queue bound as DISPATCH_QUEUE. The consumer is either the relay itself (its `queue` handler) or a
 * spy Worker that records each message body as sent and acknowledges it (to inspect what was queued).
 */
import { execFileSync } from 'node:child_process';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SCRIPT = join(ROOT, 'dist', 'worker', 'index.js');
/** The queue name of wrangler.toml's example. */
export const QUEUE = 'webhook2github-dispatch';
/** The W2G_SECRET the tests bind. */
export const SECRET = 'test-secret-for-the-queue-0123456789';

/** Builds the Worker bundle once per test file, so the tests always run the current source. */
export function buildWorker(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet', '--only', 'worker'], { cwd: ROOT, stdio: 'inherit' });
}

const SPY = `
const seen = [];
export default {
  async fetch() { return Response.json(seen); },
  async queue(batch) { for (const m of batch.messages) { seen.push(m.body); m.ack(); } },
};`;

export interface QueueRelayOptions {
  githubApiUrl: string;
  /** Extra string bindings (W2G_SECRET is SECRET unless `withoutSecret`). */
  bindings?: Record<string, string>;
  /** Leave W2G_SECRET unbound. */
  withoutSecret?: boolean;
  /** Consume with the spy instead of the relay's own `queue` handler. */
  spy?: boolean;
  /** Consume with a second copy of the Worker with exactly these bindings (e.g. without W2G_SECRET). */
  separateConsumer?: Record<string, string>;
}

export interface QueueRelay {
  url: string;
  /** The relay's console output, one entry per line. */
  lines: string[];
  /** Bodies the spy consumer received (only with `spy`). */
  spied(): Promise<Record<string, unknown>[]>;
  /** Parsed JSON log lines of the relay that carry `id`. */
  logsOf(id: string): Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Starts the relay with a queue; the consumer retries fast (batch of 1, high retry count). */
export async function startQueueRelay(opts: QueueRelayOptions): Promise<QueueRelay> {
  const lines: string[] = [];
  const bindings: Record<string, string> = {
    GITHUB_API_URL: opts.githubApiUrl,
    ...(opts.withoutSecret ? {} : { W2G_SECRET: SECRET }),
    ...opts.bindings,
  };
  const consumer = { [QUEUE]: { maxBatchSize: 1, maxBatchTimeout: 1, maxRetries: 100 } };
  const mf = new Miniflare({
    host: '127.0.0.1',
    port: 0,
    handleStructuredLogs: ({ message }: { message: string }) => {
      lines.push(message);
    },
    workers: [
      {
        name: 'relay',
        scriptPath: SCRIPT,
        modules: true,
        modulesRoot: dirname(SCRIPT),
        bindings,
        compatibilityDate: '2025-09-01',
        compatibilityFlags: ['nodejs_compat'],
        queueProducers: { DISPATCH_QUEUE: QUEUE },
        ...(opts.spy || opts.separateConsumer ? {} : { queueConsumers: consumer }),
      },
      ...(opts.spy ? [{ name: 'spy', modules: true, script: SPY, compatibilityDate: '2025-09-01', queueConsumers: consumer }] : []),
      ...(opts.separateConsumer
        ? [
            {
              name: 'consumer',
              scriptPath: SCRIPT,
              modules: true,
              modulesRoot: dirname(SCRIPT),
              bindings: opts.separateConsumer,
              compatibilityDate: '2025-09-01',
              compatibilityFlags: ['nodejs_compat'],
              queueConsumers: consumer,
            },
          ]
        : []),
    ],
  });
  const ready = await mf.ready;
  return {
    url: ready.origin,
    lines,
    async spied() {
      // Miniflare types the Fetcher with workerd's Request; only `fetch(url)` is used here.
      const spy = (await mf.getWorker('spy')) as unknown as { fetch(url: string): Promise<Response> };
      const res = await spy.fetch('http://spy/');
      return (await res.json()) as Record<string, unknown>[];
    },
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
    stop: () => mf.dispose(),
  };
}

/**
 * A loopback port that refuses connections until `up(target)`, then forwards every connection to
 * `target` (host:port): GitHub unreachable, then back.
 */
export async function flakyPort(): Promise<{ url: string; up(targetUrl: string): Promise<void>; close(): Promise<void> }> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((r) => probe.close(() => r()));
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  return {
    url: `http://127.0.0.1:${port}`,
    async up(targetUrl) {
      const t = new URL(targetUrl);
      server = createServer((client) => {
        const upstream = connect(Number(t.port), t.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const end = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
      });
      await new Promise<void>((r) => server!.listen(port, '127.0.0.1', r));
    },
    async close() {
      for (const s of sockets) s.destroy();
      if (server) await new Promise<void>((r) => server!.close(() => r()));
    },
  };
}
