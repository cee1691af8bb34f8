/**
 * The Worker relay at full strength: with a delivery log (DELIVERIES, D1), credential lanes
 * (LANES, Durable Objects of CredentialLane) and a queue (DISPATCH_QUEUE) bound, every webhook
 * is handed to its credential's lane, which writes it to D1 before the relay answers. The Worker
 * itself serves the admin API and `/healthz` from D1, wakes lanes for the queue's messages, and
 * on its Cron Trigger purges ended deliveries past retention and wakes lanes whose due work
 * nobody took (a lost message, a reset object).
 */
import type { Hono } from 'hono';
import { createAdminApi } from '../core/admin.js';
import type { CredentialBox } from '../core/delivery/credential-box.js';
import type { Deliverer, DeliveryJob, SubmitOutcome } from '../core/delivery/deliverer.js';
import { RelayError } from '../core/errors.js';
import type { Clock, Logger } from '../core/ports.js';
import type { D1Database, DurableObjectNamespace } from './cloudflare.js';
import { createD1Store, d1SchemaProblem, type D1DeliveryStore } from './d1-store.js';
import type { DurableSettings } from './durable-settings.js';
import type { Env } from './env.js';
import { encodeJob, type LaneAnswer, type LaneMessage } from './lane-protocol.js';

/** A due delivery not taken for this long is woken by the sweep (the queue normally brings it within seconds). */
export const SWEEP_GRACE_MS = 60_000;
/** Most lanes one sweep wakes. */
const SWEEP_LANES = 200;

/** What the Worker runs in lane mode. */
export interface LaneMode {
  deliverer: Deliverer;
  store: D1DeliveryStore;
  admin: Hono;
  /** Hands a queue message to its lane; `due` when the delivery waits longer than a queue delay can. */
  wake(message: LaneMessage): Promise<{ due?: number }>;
  /** The Cron Trigger's work: the retention purge and waking lanes with overdue work. */
  sweep(now: number): Promise<{ purged: number; woken: number }>;
}

/** Which of the three bindings lane mode needs are missing (empty when none or all are bound). */
export function missingLaneBindings(env: Env): string[] {
  const bound = { DELIVERIES: env.DELIVERIES, LANES: env.LANES, DISPATCH_QUEUE: env.DISPATCH_QUEUE };
  if (env.DELIVERIES === undefined && env.LANES === undefined) return [];
  return Object.entries(bound)
    .filter(([, v]) => v === undefined)
    .map(([name]) => name);
}

const stubOf = (lanes: DurableObjectNamespace, key: string) => lanes.get(lanes.idFromName(key));

/** The Deliverer of the Worker in lane mode: each job goes to its credential's lane. */
export function createLaneDeliverer(o: {
  lanes: DurableObjectNamespace;
  box: Promise<CredentialBox>;
  db: D1Database;
  store: D1DeliveryStore;
  clock: Clock;
  logger: Logger;
}): Deliverer {
  return {
    async submit(job: DeliveryJob): Promise<SubmitOutcome> {
      // The lane is the credential's pace key (a keyed hash). A GitHub App credential is a marker
      // naming the repository, so App URLs get one lane per repository. One lane per installation
      // would need the installation id here, before the write (an API call the App caches), and
      // the lane's rows keyed by it too (the pace key the deliverer stores): the seam is this line
      // and the deliverer's paceKey.
      const key = await (await o.box).paceKey(job.authorization);
      let answer: LaneAnswer;
      try {
        const res = await stubOf(o.lanes, key).fetch('https://lane/submit', { method: 'POST', body: encodeJob(job, key) });
        answer = (await res.json()) as LaneAnswer;
      } catch (err) {
        o.logger.error(
          { id: job.id, repo: `${job.owner}/${job.repo}`, err: err instanceof Error ? err.message : String(err) },
          'the credential lane did not answer',
        );
        throw new RelayError(503, 'store_unavailable', 'The relay cannot store webhooks right now, so this one was not accepted. Retry later.');
      }
      if ('error' in answer) throw new RelayError(answer.error.status, answer.error.code, answer.error.message);
      return answer;
    },
    async health() {
      try {
        const problem = await d1SchemaProblem(o.db);
        if (problem) return { ok: false, problem };
        const s = await o.store.stats(o.clock.now());
        const queue = { pending: s.pending, oldest_pending_age_s: s.oldest_pending_age_s, dead: s.dead };
        if (!s.writable) return { ok: false, queue, problem: 'the delivery log (D1) cannot be written' };
        return { ok: true, queue };
      } catch (err) {
        return { ok: false, problem: `the delivery log (D1) cannot be read: ${err instanceof Error ? err.message : String(err)}` };
      }
    },
  };
}

/** Builds lane mode from the bindings (all three present). */
export function buildLaneMode(
  env: Env & Required<Pick<Env, 'DELIVERIES' | 'LANES'>>,
  o: { settings: DurableSettings; adminToken: string | undefined; box: Promise<CredentialBox>; clock: Clock; logger: Logger },
): LaneMode {
  const store = createD1Store(env.DELIVERIES);
  const lanes = env.LANES;
  const deliverer = createLaneDeliverer({ lanes, box: o.box, db: env.DELIVERIES, store, clock: o.clock, logger: o.logger });
  const admin = createAdminApi({ store, adminToken: o.adminToken, submitReplay: (job) => deliverer.submit(job), clock: o.clock, logger: o.logger });
  const wakeLane = async (key: string, id?: string): Promise<{ due?: number }> => {
    const res = await stubOf(lanes, key).fetch('https://lane/wake', { method: 'POST', body: JSON.stringify({ key, ...(id !== undefined ? { id } : {}) }) });
    const answer = (await res.json()) as { due?: number; error?: { message: string } };
    if (!res.ok) throw new Error(answer.error?.message ?? `the lane answered HTTP ${res.status}`);
    return answer.due !== undefined ? { due: answer.due } : {};
  };
  return {
    deliverer,
    store,
    admin,
    wake: (m) => wakeLane(m.key, m.id),
    async sweep(now) {
      const purged = await store.purge(now - o.settings.retentionDays * 86_400_000);
      const keys = await store.overdueKeys(now - SWEEP_GRACE_MS, now, SWEEP_LANES);
      const woken = await Promise.allSettled(keys.map((k) => wakeLane(k)));
      const failed = woken.filter((r) => r.status === 'rejected').length;
      if (purged > 0 || keys.length > 0) o.logger.info({ purged, woken: keys.length - failed, failed }, 'sweep');
      return { purged, woken: keys.length - failed };
    },
  };
}
