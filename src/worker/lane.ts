/**
 * CredentialLane: the Durable Object that owns one credential's deliveries (one object per
 * credential, named by its keyed hash, never the credential). It runs the Node relay's durable
 * deliverer (core/delivery/durable-deliverer.ts) with D1 as the store, so pacing, the in-flight
 * cap, arrival order and duplicate suppression for a credential all happen in one place:
 * - `submit`: write the delivery to D1 (a repeat answers like the first), then try GitHub or
 *   queue it behind older work, by the same plan as on Node;
 * - retries travel on the queue: every retry the store records sends a lane message with
 *   `delaySeconds` until its next attempt; the consumer wakes the lane, which claims it in order;
 * - the alarm brings the lane back when pacing held work back, or an attempt may have been cut off.
 * https://developers.cloudflare.com/durable-objects/
 */
import { attemptDelivery, type AttemptDeps } from '../core/delivery/attempt.js';
import { createCredentialBox } from '../core/delivery/credential-box.js';
import type { Deliverer } from '../core/delivery/deliverer.js';
import { createDurableDeliverer } from '../core/delivery/durable-deliverer.js';
import { createPacer } from '../core/delivery/pacer.js';
import { queueDelaySeconds } from '../core/delivery/queue.js';
import { createRetryPolicy } from '../core/delivery/retry-policy.js';
import { RelayError } from '../core/errors.js';
import { createGitHubClient } from '../core/github/client.js';
import { systemClock, type Clock, type Logger } from '../core/ports.js';
import { createByteBudget } from '../core/relay/byte-budget.js';
import { githubAppOf } from '../core/security-config.js';
import type { DurableObjectState } from './cloudflare.js';
import { configFromEnv } from './config.js';
import type { Settlement } from '../core/delivery/store.js';
import { createD1Store, d1SchemaProblem, type D1DeliveryStore } from './d1-store.js';
import { durableSettingsFromEnv } from './durable-settings.js';
import type { Env, QueueProducer } from './env.js';
import { fetchHttpClient } from './http-client.js';
import { createLaneScheduler, type LaneScheduler } from './lane-scheduler.js';
import { LANE_MESSAGE_VERSION, decodeJob, type LaneError, type LaneMessage } from './lane-protocol.js';
import { consoleLogger } from './logger.js';

/** What a lane runs, built once per object from its bindings. */
interface LaneRuntime {
  deliverer: Deliverer;
  scheduler: LaneScheduler;
  store: D1DeliveryStore;
}

/** Extra lease beyond the GitHub timeout before another round may take a claimed delivery again. */
const LEASE_GRACE_MS = 5000;
/** In-flight cap of a lane when pacing is off (as the Node dispatcher's batch). */
const UNPACED_IN_FLIGHT = 32;

/** What the store hooks need: where retries and given-up deliveries are announced. */
interface StoreHooks {
  key: () => string | undefined;
  queue: QueueProducer;
  deadLetters: QueueProducer | undefined;
  clock: Clock;
  logger: Logger;
  /** When the queue does not take a retry, the lane's own alarm carries it. */
  fallback: (at: number) => Promise<void>;
  /** Keeps a background write (and what follows it) in the lane's care. */
  track: (work: Promise<void>) => void;
}

/**
 * The D1 store as a lane uses it. A settle is recorded in the background: the answer to the
 * sender does not wait for it (as on Node, where a settle lost to a crash only means one more
 * attempt: the delivery's lease runs out and it is sent again). What it recorded is announced
 * once written: a retry goes on the queue to come back when due (the retry transport), a
 * delivery given up goes to the dead-letter queue when one is bound. A stored blob is recorded
 * before the dispatch that follows it.
 */
function recording(store: D1DeliveryStore, h: StoreHooks): D1DeliveryStore {
  const announce = async (id: string, s: Settlement) => {
    const key = h.key();
    if (key === undefined) return;
    if (s.kind === 'retry') {
      const message: LaneMessage = { v: LANE_MESSAGE_VERSION, id, key };
      try {
        await h.queue.send(message, { contentType: 'json', delaySeconds: queueDelaySeconds(s.nextAttemptAt, h.clock.now()) });
      } catch (err) {
        h.logger.warn({ id, err: err instanceof Error ? err.message : String(err) }, 'the queue did not take a retry; the lane keeps it');
        await h.fallback(s.nextAttemptAt);
      }
    } else if (s.kind === 'dead' && h.deadLetters) {
      await h.deadLetters
        .send({ v: LANE_MESSAGE_VERSION, id, key, dead: true, error: s.error, at: new Date(s.at).toISOString() }, { contentType: 'json' })
        .catch((err: unknown) =>
          h.logger.warn({ id, err: err instanceof Error ? err.message : String(err) }, 'the dead-letter queue did not take a given-up delivery'),
        );
    }
  };
  return {
    ...store,
    async settle(id, s) {
      if (s.kind === 'uploaded') return store.settle(id, s);
      const written = store.settle(id, s).then(
        () => announce(id, s),
        (err: unknown) =>
          h.logger.error(
            { id, err: err instanceof Error ? err.message : String(err) },
            'the outcome of an attempt was not recorded; the delivery is tried again when its lease ends',
          ),
      );
      h.track(written);
    },
  };
}

/** Builds a lane's runtime from the bindings; throws naming a wrong or missing binding. */
async function buildLane(env: Env, state: DurableObjectState, key: () => string | undefined): Promise<LaneRuntime> {
  const relay = configFromEnv(env);
  const s = durableSettingsFromEnv(env);
  if (!env.DELIVERIES || !env.DISPATCH_QUEUE) throw new Error('A credential lane needs the DELIVERIES (D1) and DISPATCH_QUEUE (queue producer) bindings.');
  const problem = await d1SchemaProblem(env.DELIVERIES);
  if (problem) throw new Error(problem);
  const clock = systemClock;
  const logger = consoleLogger;
  const store = recording(createD1Store(env.DELIVERIES), {
    key,
    queue: env.DISPATCH_QUEUE,
    deadLetters: env.DEAD_LETTER_QUEUE,
    clock,
    logger,
    fallback: (at) => state.storage.setAlarm(at),
    // The object outlives the request that started the write; waitUntil says so where it matters.
    track: (work) => state.waitUntil?.(work),
  });
  const box = await createCredentialBox(s.secret);
  const pacer = createPacer({ ratePerWindow: s.dispatchRate, windowMs: s.paceWindowMs, maxInFlight: s.maxInFlight, clock });
  const github = createGitHubClient({ http: fetchHttpClient, clock, apiUrl: relay.githubApiUrl, userAgent: relay.userAgent, app: githubAppOf(relay) });
  // Built right below: the scheduler's attempts and the deliverer share them.
  let deps: AttemptDeps;
  const scheduler = createLaneScheduler({
    key,
    store,
    pacer,
    clock,
    logger,
    send: (d) => attemptDelivery(d, relay.githubTimeoutMs, deps),
    leaseMs: relay.githubTimeoutMs + LEASE_GRACE_MS,
    maxInFlight: s.dispatchRate === 0 ? UNPACED_IN_FLIGHT : s.maxInFlight,
    attemptTimeoutMs: relay.githubTimeoutMs,
    setAlarm: (at) => state.storage.setAlarm(at),
  });
  deps = {
    store,
    box,
    pacer: scheduler.orderedPacer,
    policy: createRetryPolicy({ baseMs: s.retryBaseMs, capMs: s.retryCapMs, maxAgeMs: s.maxAgeMs }),
    github,
    clock,
    logger,
    budget: createByteBudget(relay.maxBufferedBytes, relay.bufferWaitMs),
  };
  const deliverer = createDurableDeliverer({
    ...deps,
    config: { githubTimeoutMs: relay.githubTimeoutMs, mode: s.mode, syncDeadlineMs: s.syncDeadlineMs, dedupeWindowMs: s.dedupeWindowMs },
    scheduler,
  });
  return { deliverer, scheduler, store };
}

const json = (body: unknown, status = 200) => Response.json(body, { status });
const laneError = (e: LaneError) => json({ error: e }, e.status);

/** The Durable Object class (wrangler.toml `class_name = "CredentialLane"`). */
export class CredentialLane {
  readonly #state: DurableObjectState;
  readonly #env: Env;
  #runtime: Promise<LaneRuntime> | undefined;
  #key: string | undefined;

  constructor(state: DurableObjectState, env: Env) {
    this.#state = state;
    this.#env = env;
  }

  #lane(): Promise<LaneRuntime> {
    this.#runtime ??= buildLane(this.#env, this.#state, () => this.#key);
    // A failed build is tried again on the next request (the binding may have been fixed).
    this.#runtime.catch(() => (this.#runtime = undefined));
    return this.#runtime;
  }

  /** Learns (once) and checks the credential key this object serves. */
  async #bind(key: string): Promise<void> {
    if (this.#key === key) return;
    const stored = await this.#state.storage.get<string>('key');
    if (stored === undefined) await this.#state.storage.put('key', key);
    else if (stored !== key) throw new Error('this lane serves another credential');
    this.#key = key;
  }

  async fetch(request: Request): Promise<Response> {
    let lane: LaneRuntime;
    try {
      lane = await this.#lane();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      consoleLogger.error({ err: message }, 'the credential lane is misconfigured');
      return laneError({ status: 503, code: 'misconfigured', message });
    }
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/submit') {
      const { key, job } = decodeJob(await request.arrayBuffer());
      await this.#bind(key);
      try {
        return json(await lane.deliverer.submit(job));
      } catch (err) {
        if (err instanceof RelayError) return laneError({ status: err.status, code: err.code, message: err.message });
        consoleLogger.error({ id: job.id, err: err instanceof Error ? err.message : String(err) }, 'unexpected error in a credential lane');
        return laneError({
          status: 503,
          code: 'store_unavailable',
          message: 'The relay cannot store webhooks right now, so this one was not accepted. Retry later.',
        });
      }
    }
    if (request.method === 'POST' && path === '/wake') {
      const { key, id } = (await request.json()) as { key: string; id?: string };
      await this.#bind(key);
      await lane.scheduler.round();
      if (id !== undefined) {
        const d = await lane.store.get(id);
        // Not due yet (a wait longer than a queue delay can be): say when, so the message comes back then.
        if (d?.status === 'pending' && d.nextAttemptAt > systemClock.now() + 1000) return json({ due: d.nextAttemptAt });
      }
      return json({});
    }
    return laneError({ status: 404, code: 'not_found', message: 'Unknown lane request.' });
  }

  async alarm(): Promise<void> {
    this.#key ??= await this.#state.storage.get<string>('key');
    if (this.#key === undefined) return;
    const lane = await this.#lane();
    await lane.scheduler.round();
  }
}
