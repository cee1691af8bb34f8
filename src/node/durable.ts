/**
 * Durable delivery on Node: the SQLite outbox, the credential key, the durable deliverer and the
 * background dispatcher, built from NodeConfig. The server calls `createNodeDelivery` once.
 */
import { dirname, resolve } from 'node:path';
import { existsSync, rmSync, statSync } from 'node:fs';
import { attemptDelivery, type AttemptDeps } from '../core/delivery/attempt.js';
import { dedupeKeyOf } from '../core/delivery/dedupe-key.js';
import type { Deliverer } from '../core/delivery/deliverer.js';
import { createDurableDeliverer } from '../core/delivery/durable-deliverer.js';
import { createArrivalOrder } from '../core/delivery/arrival-order.js';
import { createPacer } from '../core/delivery/pacer.js';
import { createRetryPolicy } from '../core/delivery/retry-policy.js';
import type { DeliveryStore } from '../core/delivery/store.js';
import { createByteBudget, type ByteBudget } from '../core/relay/byte-budget.js';
import { createGitHubClient, type GitHubClient } from '../core/github/client.js';
import { githubAppOf } from '../core/security-config.js';
import { systemClock, type Clock, type HttpClient, type Logger } from '../core/ports.js';
import type { NodeConfig } from './config.js';
import { createNodeCredentialBox } from './credential-box.js';
import { createDispatcher } from './dispatcher.js';
import { observeStore, type DeliveryEvents } from '../core/delivery/events.js';
import { observeGitHub, type RelayMetrics } from '../core/metrics.js';
import { keyFilePath, loadOrCreateKeyFile } from './key-file.js';
import { openSqliteStoreInThread } from './sqlite-thread-store.js';

/** Whether the path is an existing folder. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** An error's message in one line (errno code first when it has one). */
function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as NodeJS.ErrnoException).code;
  const message = err.message.split('\n')[0] ?? '';
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/** Test-only knobs (all optional). */
export interface NodeDeliveryTuning {
  /** Pacing window (default one minute). */
  paceWindowMs?: number;
  /** Dispatches in flight per token (default 4). */
  maxInFlight?: number;
  /** Retry backoff base and cap (defaults 1 s, 10 min). */
  retryBaseMs?: number;
  retryCapMs?: number;
  /** An already open store instead of the SQLite file at `config.db`. */
  store?: DeliveryStore;
}

/** Durable delivery, ready to wire into the app. */
export interface NodeDelivery {
  deliverer: Deliverer;
  /** The relay's one GitHub client (with the GitHub App when configured); the app uses it too. */
  github: GitHubClient;
  /** The memory cap shared by request bodies (the app's) and blob uploads (the outbox's). */
  budget: ByteBudget;
  store: DeliveryStore;
  /** For `AppPorts.dedupeKey`: the provider delivery id of a request (the deliverer scopes it by repo). */
  dedupeKey: typeof dedupeKeyOf;
  /** Starts the background dispatcher and the retention purge. */
  start(): void;
  /** Stops dispatching (pending work stays in the database) and closes the database. */
  stop(): Promise<void>;
}

/** Builds durable delivery from the Node settings; throws with a clear message when the database cannot be opened. */
export async function createNodeDelivery(
  config: NodeConfig,
  ports: { http: HttpClient; logger: Logger; clock?: Clock; events?: DeliveryEvents | undefined; metrics?: RelayMetrics | undefined },
  tuning: NodeDeliveryTuning = {},
): Promise<NodeDelivery> {
  const clock = ports.clock ?? systemClock;
  const logger = ports.logger;
  // The key before the database: a start that fails leaves no new files behind.
  const keyFile = keyFilePath(resolve(config.db));
  const keyExisted = existsSync(keyFile);
  let keyMaterial: string | Uint8Array;
  if (config.secret !== undefined) keyMaterial = config.secret;
  else {
    if (!isFolder(dirname(keyFile)))
      throw new Error(`Cannot open the outbox database ${resolve(config.db)}: its folder does not exist. Create it, or point --db / W2G_DB elsewhere.`);
    try {
      keyMaterial = loadOrCreateKeyFile(keyFile);
    } catch (err) {
      throw new Error(`Cannot read or create the key file ${keyFile} (${errorText(err)}). Make its folder writable, or set W2G_SECRET (--secret).`);
    }
  }
  let store = tuning.store;
  if (!store) {
    const file = resolve(config.db);
    try {
      if (!isFolder(dirname(file))) throw new Error('its folder does not exist');
      // A writer thread owns the database: commits (and their disk syncs) run beside the event loop.
      store = await openSqliteStoreInThread(file);
    } catch (err) {
      if (config.secret === undefined && !keyExisted) rmSync(keyFile, { force: true });
      throw new Error(`Cannot open the outbox database ${file} for writing (${errorText(err)}). Fix the path or its permissions (--db / W2G_DB).`);
    }
  }
  // Every stored delivery and recorded attempt is told to the dashboard's live pages and the metrics.
  if (ports.events) store = observeStore(store, ports.events);
  // node:crypto, synchronous; same keys and format as the core's Web Crypto box.
  const box = createNodeCredentialBox(keyMaterial);
  const pacer = createPacer({
    ratePerWindow: config.dispatchRate,
    clock,
    ...(tuning.paceWindowMs !== undefined ? { windowMs: tuning.paceWindowMs } : {}),
    ...(tuning.maxInFlight !== undefined ? { maxInFlight: tuning.maxInFlight } : {}),
  });
  const policy = createRetryPolicy({
    maxAgeMs: config.maxAgeMs,
    ...(tuning.retryBaseMs !== undefined ? { baseMs: tuning.retryBaseMs } : {}),
    ...(tuning.retryCapMs !== undefined ? { capMs: tuning.retryCapMs } : {}),
  });
  // One client per relay: its GitHub App (when configured) keeps one token cache for every attempt.
  const client = createGitHubClient({ http: ports.http, clock, apiUrl: config.githubApiUrl, userAgent: config.userAgent, app: githubAppOf(config) });
  const github = ports.metrics ? observeGitHub(client, ports.metrics, clock) : client;
  // One memory cap for request bodies and the blob uploads the outbox makes (W2G_MAX_BUFFERED).
  const budget = createByteBudget(config.maxBufferedBytes, config.bufferWaitMs);
  const deps: AttemptDeps = { store, box, pacer, policy, github, clock, logger, budget };
  // A token's webhooks that wait for the dispatcher hold back its later ones (arrival order).
  const order = createArrivalOrder();
  const dispatcher = createDispatcher({
    store,
    pacer,
    clock,
    logger,
    leaseMs: config.githubTimeoutMs + 5000,
    // Pacing off (rate 0) means no in-flight limit per token either: claim whole batches.
    perKey: config.dispatchRate === 0 ? Number.MAX_SAFE_INTEGER : (tuning.maxInFlight ?? 4),
    stopGraceMs: config.githubTimeoutMs + 1000,
    send: (d) => {
      order.done(d.id);
      return attemptDelivery(d, config.githubTimeoutMs, deps);
    },
  });
  const deliverer = createDurableDeliverer({
    ...deps,
    config,
    scheduler: {
      wake: () => dispatcher.wake(),
      observe: (outcome) => dispatcher.observe(outcome),
      hasRoom: () => dispatcher.hasRoom(),
      adopt: (attempt) => dispatcher.adopt(attempt),
      attemptTimeoutMs: config.githubTimeoutMs,
    },
    order,
    progress: async () => dispatcher.health(await store.nextDueAt(pacer.blockedKeys())),
  });

  const retentionMs = config.retentionDays * 86_400_000;
  const purge = () => {
    store
      .purge(clock.now() - retentionMs)
      .then((n) => n > 0 && logger.info({ purged: n }, 'purged deliveries past retention'))
      .catch((err: unknown) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'purge failed'));
  };
  let purgeTimer: ReturnType<typeof setInterval> | undefined;
  let stopping: Promise<void> | undefined;

  return {
    deliverer,
    github,
    budget,
    store,
    dedupeKey: dedupeKeyOf,
    start() {
      dispatcher.start();
      purge();
      purgeTimer = setInterval(purge, 3_600_000);
      purgeTimer.unref();
    },
    stop() {
      return (stopping ??= (async () => {
        if (purgeTimer) clearInterval(purgeTimer);
        await dispatcher.stop();
        await store.close();
      })());
    },
  };
}
