/**
 * Starts the built relay for tests, on either runtime, behind a real loopback URL:
 * - Node: `node bin/webhook2github.js serve` as a child process (reads `dist/node/cli.js`);
 * - workerd: the built `dist/worker/index.js` inside Miniflare 4 (the real workerd runtime).
 * Both point at a fake GitHub URL; the suite then talks plain HTTP to `url`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Miniflare } from 'miniflare';
import { startQueueRelay } from '../worker/support/queue-relay.js';
import { startLaneRelay } from '../worker/support/lane-relay.js';

/** Repository root (this file lives in test/support). */
const ROOT = resolve(import.meta.dirname, '..', '..');

/** Settings the conformance suite varies, expressed once and mapped to each runtime's names. */
export interface RelaySettings {
  /** Where the relay sends dispatches (the fake GitHub's URL). */
  githubApiUrl: string;
  /** Largest request body in bytes (Node `--max-body` / `W2G_MAX_BODY`; the same binding on Workers). */
  maxBodyBytes?: number;
  /** GitHub timeout in ms (Node `--github-timeout` / `W2G_GITHUB_TIMEOUT_MS`; the same binding on Workers). */
  githubTimeoutMs?: number;
  /**
   * More settings by their `W2G_*` names, the same on every runtime: Node environment variables,
   * Worker bindings (e.g. W2G_SEALING_KEYS, W2G_RAW_TOKENS, W2G_GITHUB_APP_PRIVATE_KEY).
   */
  w2g?: Record<string, string>;
}

/** A running relay. */
export interface RelayHandle {
  readonly runtime: 'node' | 'workerd';
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Log lines the relay printed (Node: stdout and stderr; workerd: console output). */
  readonly lines: string[];
  /** Stops gracefully; resolves with the exit code (Node) or 0 (workerd). */
  stop(): Promise<number | null>;
}

/** Node relay: extra controls over the child process. */
export interface NodeRelayHandle extends RelayHandle {
  readonly runtime: 'node';
  /** Process id of the relay (to read its memory from /proc). */
  readonly pid: number;
  /** SIGKILL; resolves when the process is gone. */
  kill(): Promise<number | null>;
}

export interface NodeRelayOptions extends RelaySettings {
  /** Extra CLI arguments after `serve …`. */
  args?: readonly string[];
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** How long to wait for the `listening on` line (default 15 s). */
  startTimeoutMs?: number;
}

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * Spawns `webhook2github serve --port 0 --host 127.0.0.1 --github-api-url <url>` and resolves once
 * it printed `listening on http://127.0.0.1:<port>` (anywhere in a line; log lines are JSON).
 * Settings go through the documented environment variables so an unknown flag cannot stop the start.
 * The SQLite outbox goes to a fresh temporary directory, removed on stop.
 */
export async function startNodeRelay(opts: NodeRelayOptions): Promise<NodeRelayHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'w2g-conformance-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    W2G_DB: join(dir, 'relay.db'),
    ...settingsOf(opts),
    ...opts.env,
  };
  const args = [
    join(ROOT, 'bin', 'webhook2github.js'),
    'serve',
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--github-api-url',
    opts.githubApiUrl,
    ...(opts.args ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit(code ?? (signal ? null : 0)));
  });
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  void exited.then(cleanup);

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`relay did not print "listening on" within ${opts.startTimeoutMs ?? 15_000} ms:\n${lines.join('\n')}`));
    }, opts.startTimeoutMs ?? 15_000);
    const onLine = (line: string): void => {
      lines.push(line);
      const match = LISTENING.exec(line);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited with code ${code} before listening:\n${lines.join('\n')}`));
    });
  });

  return {
    runtime: 'node',
    url,
    lines,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
  };
}

export interface WorkerdRelayOptions extends RelaySettings {
  /** The Worker module (default the built `dist/worker/index.js`). */
  scriptPath?: string;
  /** Extra bindings (strings, as `[vars]` in wrangler.toml). */
  bindings?: Record<string, string>;
  /** Cloudflare Rate Limiting bindings, as `[[ratelimits]]` in wrangler.toml (Miniflare runs them). */
  ratelimits?: Record<string, { namespace_id: string; simple: { limit: number; period: 10 | 60 } }>;
  /** Where the Worker's outbound fetches go instead of the network (Miniflare's outboundService). */
  outboundService?: (request: Request) => Response | Promise<Response>;
}

/**
 * Runs the built Worker in workerd through Miniflare 4 and resolves with its loopback URL.
 * Reaching the fake on 127.0.0.1 needs nothing special: Miniflare's `internet` network allows
 * private addresses (miniflare#412), so the Worker's `fetch` to the host's loopback works as is.
 * Bindings are strings, as wrangler `[vars]` deliver them.
 */
export async function startWorkerdRelay(opts: WorkerdRelayOptions): Promise<RelayHandle> {
  const bindings: Record<string, string> = {
    GITHUB_API_URL: opts.githubApiUrl,
    ...settingsOf(opts),
    ...opts.bindings,
  };
  const lines: string[] = [];
  const scriptPath = opts.scriptPath ?? join(ROOT, 'dist', 'worker', 'index.js');
  const mf = new Miniflare({
    scriptPath,
    modules: true,
    // Module names are paths relative to this root; workerd refuses names that climb out with `..`.
    modulesRoot: dirname(scriptPath),
    bindings,
    ...(opts.ratelimits ? { ratelimits: opts.ratelimits } : {}),
    ...(opts.outboundService ? { outboundService: opts.outboundService as never } : {}),
    compatibilityDate: '2025-09-01',
    compatibilityFlags: ['nodejs_compat'],
    host: '127.0.0.1',
    port: 0,
    // Collect the Worker's console output (one entry per line) instead of printing it.
    handleStructuredLogs: ({ message }: { message: string }) => {
      lines.push(message);
    },
  });
  const ready = await mf.ready;
  return {
    runtime: 'workerd',
    url: ready.origin,
    lines,
    stop: async () => {
      await mf.dispose();
      return 0;
    },
  };
}

/** A runtime the conformance suite runs against. */
export interface Runtime {
  name: 'node' | 'workerd' | 'workerd-queue' | 'workerd-lanes';
  /**
   * Whether the relay keeps what GitHub could not take now (Node's SQLite outbox): then a
   * retryable failure is answered 202 queued and delivered later, instead of passed through.
   */
  durable: boolean;
  start(settings: RelaySettings): Promise<RelayHandle>;
}

/** Every runtime the relay ships on; the conformance suite runs once per entry. */
export const RUNTIMES: readonly Runtime[] = [
  // Pacing is off here (it has its own tests in test/delivery): the suite checks the HTTP surface.
  { name: 'node', durable: true, start: (s) => startNodeRelay({ ...s, env: { W2G_DISPATCH_RATE: '0' } }) },
  { name: 'workerd', durable: false, start: (s) => startWorkerdRelay(s) },
  // The Worker with a Cloudflare Queue bound (DISPATCH_QUEUE): durable, retries every 50 ms or so.
  { name: 'workerd-queue', durable: true, start: (s) => startWorkerdQueueRelay(s) },
  // The Worker at full strength: D1 delivery log, credential lanes (Durable Objects), queue; pacing off as on Node.
  { name: 'workerd-lanes', durable: true, start: (s) => startWorkerdLaneRelay(s) },
];

/** The built Worker in workerd with DELIVERIES (D1), LANES (Durable Objects) and DISPATCH_QUEUE bound. */
export async function startWorkerdLaneRelay(opts: RelaySettings): Promise<RelayHandle> {
  const relay = await startLaneRelay({
    githubApiUrl: opts.githubApiUrl,
    bindings: {
      W2G_RETRY_BASE_MS: '50',
      W2G_RETRY_CAP_MS: '1000',
      W2G_DISPATCH_RATE: '0',
      // One credential's burst funnels through one Durable Object, whose subrequests workerd runs
      // about 16 at a time: with pacing off, 200 at once take longer than the default 2 s.
      W2G_SYNC_DEADLINE_MS: '10000',
      ...settingsOf(opts),
    },
  });
  return workerdHandle(relay);
}

/** The built Worker in workerd with DISPATCH_QUEUE bound and consumed by itself (durable delivery on Workers). */
export async function startWorkerdQueueRelay(opts: RelaySettings): Promise<RelayHandle> {
  const relay = await startQueueRelay({
    githubApiUrl: opts.githubApiUrl,
    bindings: {
      W2G_RETRY_BASE_MS: '50',
      W2G_RETRY_CAP_MS: '1000',
      ...settingsOf(opts),
    },
  });
  return workerdHandle(relay);
}

/** The W2G_* settings every relay takes from the options, the same names on Node (environment) and Workers (bindings). */
function settingsOf(opts: RelaySettings): Record<string, string> {
  return {
    ...(opts.maxBodyBytes !== undefined ? { W2G_MAX_BODY: String(opts.maxBodyBytes) } : {}),
    ...(opts.githubTimeoutMs !== undefined ? { W2G_GITHUB_TIMEOUT_MS: String(opts.githubTimeoutMs) } : {}),
    ...opts.w2g,
  };
}

/** A started workerd relay as the conformance suite's handle. */
function workerdHandle(relay: { url: string; lines: string[]; stop(): Promise<unknown> }): RelayHandle {
  return {
    runtime: 'workerd',
    url: relay.url,
    lines: relay.lines,
    stop: async () => {
      await relay.stop();
      return 0;
    },
  };
}
