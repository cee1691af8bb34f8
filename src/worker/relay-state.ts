/**
 * What the Worker builds from its bindings, once per binding set (bindings do not change within
 * an isolate): the app for `fetch`, and the consumer's dependencies for `queue`.
 */
import type { Context, Hono } from 'hono';
import { createApp, type AppConfig } from '../core/app.js';
import { createCredentialBox, type CredentialBox } from '../core/delivery/credential-box.js';
import { createQueueDeliverer, type QueueConsumerDeps } from '../core/delivery/queue.js';
import { createRetryPolicy } from '../core/delivery/retry-policy.js';
import { createGitHubClient, type GitHubClient } from '../core/github/client.js';
import { systemClock } from '../core/ports.js';
import { githubAppOf } from '../core/security-config.js';
import { configFromEnv, queueSettingsFromEnv, type QueueSettings } from './config.js';
import type { Env, QueueProducer } from './env.js';
import { fetchHttpClient } from './http-client.js';
import { consoleLogger } from './logger.js';
import { buildLaneMode, missingLaneBindings, type LaneMode } from './lane-mode.js';
import { durableSettingsFromEnv } from './durable-settings.js';
import { dedupeKeyOf } from '../core/delivery/dedupe-key.js';
import { edgePortsOf } from './limits.js';

type EdgePorts = ReturnType<typeof edgePortsOf>;
import { observeGitHub, type RelayMetrics } from '../core/metrics.js';
import { createTextMetrics } from '../core/metrics-text.js';

/** Everything built from one binding set; `error` when a binding is wrong or missing. `lane` with a delivery log and lanes bound. */
export type RelayState = { env: Env; app: Hono; consumer: () => QueueConsumerDeps; lane?: LaneMode } | { env: Env; error: Error };

/** Lane mode when DELIVERIES and LANES are bound (with DISPATCH_QUEUE); throws naming what is missing. */
function laneModeOf(env: Env, relay: AppConfig, box: () => Promise<CredentialBox>): LaneMode | undefined {
  const missing = missingLaneBindings(env);
  if (missing.length > 0) {
    throw new Error(
      `Missing binding ${missing.join(', ')}: the delivery log needs DELIVERIES (D1), LANES (Durable Object class CredentialLane) and DISPATCH_QUEUE (queue) together. Declare them in wrangler.toml (see its comments), or remove all three.`,
    );
  }
  if (!env.DELIVERIES || !env.LANES) return undefined;
  return buildLaneMode(
    { ...env, DELIVERIES: env.DELIVERIES, LANES: env.LANES },
    { settings: durableSettingsFromEnv(env), adminToken: relay.adminToken, box: box(), clock: systemClock, logger: consoleLogger },
  );
}

const policyOf = (q: QueueSettings) => createRetryPolicy({ baseMs: q.retryBaseMs, capMs: q.retryCapMs, maxAgeMs: q.maxAgeMs });

/** The rate-limit key of `POST /_/seal`: the client's address as Cloudflare gives it. */
const clientKey = (c: Context) => c.req.header('cf-connecting-ip') ?? 'all';

function appFor(
  relay: AppConfig,
  github: GitHubClient,
  queue: QueueProducer | undefined,
  q: () => QueueSettings,
  box: () => Promise<CredentialBox>,
  metrics: RelayMetrics,
  edge: EdgePorts,
): Hono {
  if (queue === undefined) return createApp(relay, { http: fetchHttpClient, logger: consoleLogger, github, clientKey, metrics, ...edge });
  const settings = q();
  const deliverer = createQueueDeliverer({
    // JSON, not V8 serialisation: the message stays readable by any consumer (and a dead-letter queue's reader).
    send: (message, delaySeconds) => queue.send(message, { contentType: 'json', delaySeconds }),
    box: box(),
    policy: policyOf(settings),
    github,
    clock: systemClock,
    logger: consoleLogger,
    syncDeadlineMs: settings.syncDeadlineMs,
    // A body's git blob is stored before answering (it cannot wait in a message): the GitHub timeout.
    blobTimeoutMs: relay.githubTimeoutMs,
  });
  return createApp(relay, { http: fetchHttpClient, logger: consoleLogger, deliverer, github, clientKey, metrics, ...edge });
}

/** Builds the state of a binding set; never throws (a config error is kept and reported per request). */
export function buildRelayState(env: Env): RelayState {
  try {
    const relay = configFromEnv(env);
    let settings: QueueSettings | undefined;
    const q = () => (settings ??= queueSettingsFromEnv(env));
    let boxPromise: Promise<CredentialBox> | undefined;
    const box = () => (boxPromise ??= createCredentialBox(q().secret));
    // /metrics on Workers: the same names as Node's, counted per isolate (metrics-text.ts).
    const metrics = createTextMetrics();
    const github = observeGitHub(
      createGitHubClient({ http: fetchHttpClient, clock: systemClock, apiUrl: relay.githubApiUrl, userAgent: relay.userAgent, app: githubAppOf(relay) }),
      metrics,
      systemClock,
    );
    const lane = laneModeOf(env, relay, box);
    // The client address and rate limits (Cloudflare's Rate Limiting bindings when bound).
    const edge = edgePortsOf(env, relay);
    const app = lane
      ? // The dashboard reads the delivery log (D1); its live pages poll it (attempts happen in the lanes).
        createApp(relay, {
          http: fetchHttpClient,
          logger: consoleLogger,
          deliverer: lane.deliverer,
          github,
          clientKey,
          dedupeKey: dedupeKeyOf,
          admin: lane.admin,
          store: lane.store,
          metrics,
          ...edge,
        })
      : appFor(relay, github, env.DISPATCH_QUEUE, q, box, metrics, edge);
    let consumer: QueueConsumerDeps | undefined;
    return {
      env,
      app,
      ...(lane ? { lane } : {}),
      // Built on first use: a Worker that only produces (or only serves) needs no consumer settings.
      consumer: () =>
        (consumer ??= {
          box: box(),
          policy: policyOf(q()),
          github,
          clock: systemClock,
          logger: consoleLogger,
          githubTimeoutMs: relay.githubTimeoutMs,
        }),
    };
  } catch (err) {
    return { env, error: err instanceof Error ? err : new Error(String(err)) };
  }
}
