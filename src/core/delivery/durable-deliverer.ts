/**
 * The durable Deliverer. Read `submit` top to bottom:
 * 1. plan: which of three strategies this webhook gets, taking the token's pacing slot when the
 *    strategy attempts at once (before the write, so the lease written with it keeps the
 *    dispatcher off the row);
 * 2. persist: the delivery is on disk before anything else happens (or the answer is a 503);
 * 3. run the strategy:
 *    - `queue`: no attempt now (no slot, or async mode without room) → 202, the dispatcher sends it;
 *    - `background`: async mode → the attempt is handed to the dispatcher's in-flight set → 202;
 *    - `try-now`: sync mode → one attempt within the sync deadline; its result is the answer,
 *      or 202 when GitHub could not take it now.
 * The slot is held in one try/finally: released there unless handed to the background attempt.
 * Attempts return their outcome; the dispatcher alone decides what that means for its schedule.
 */
import type { RelayConfig } from '../config.js';
import { RelayError } from '../errors.js';
import { attemptDelivery, type AttemptDeps, type AttemptOutcome, type AttemptTarget } from './attempt.js';
import { targetOfJob, type Deliverer, type DeliveryJob, type SubmitOutcome } from './deliverer.js';
import { scopedDedupeKey } from './dedupe-key.js';
import type { PaceSlot } from './pacer.js';
import type { ArrivalOrder } from './arrival-order.js';

/** Settings of the durable deliverer. */
export interface DurableSettings extends Pick<RelayConfig, 'githubTimeoutMs'> {
  mode: 'sync' | 'async';
  syncDeadlineMs: number;
  dedupeWindowMs: number;
}

/** The background dispatcher, as the deliverer sees it. */
export interface Scheduler {
  /** A delivery was stored without an attempt: send it. */
  wake(): void;
  /** An attempt made here ended; the scheduler decides what it means for its plan. */
  observe(outcome: AttemptOutcome): void;
  /** Whether another attempt may start now (the dispatcher's concurrency limit). */
  hasRoom(): boolean;
  /** Runs the attempt tracked as in flight (stop waits for it); false when stopping (not run). */
  adopt(attempt: () => Promise<AttemptOutcome>): boolean;
  /** Timeout of a background attempt; its lease covers it plus SYNC_LEASE_GRACE_MS. */
  readonly attemptTimeoutMs: number;
}

/** Dependencies of the durable deliverer. */
export interface DurableDelivererDeps extends AttemptDeps {
  config: DurableSettings;
  scheduler: Scheduler;
  /** Whether the background work is making progress (the dispatcher's own view). */
  progress?: () => Promise<{ ok: boolean; reason?: string }>;
  /**
   * Keeps a token's webhooks in arrival order when some of them wait for the dispatcher (which
   * calls `done` as it starts each one). Without it, order rests on how fast the dispatcher claims.
   */
  order?: ArrivalOrder | undefined;
}

/** Extra lease beyond the sync deadline, so the dispatcher never races the sync attempt. */
export const SYNC_LEASE_GRACE_MS = 5000;

/** How one webhook is delivered once stored. */
export type Strategy = 'queue' | 'background' | 'try-now';

/** The plan for one webhook: its strategy, and the slot an immediate attempt holds. */
type Plan = { strategy: 'queue'; slot?: undefined } | { strategy: 'background' | 'try-now'; slot: PaceSlot };

/** Creates the durable deliverer. */
export function createDurableDeliverer(deps: DurableDelivererDeps): Deliverer {
  const { store, box, pacer, clock, config, scheduler } = deps;

  /** Picks the strategy; an immediate attempt needs the token's pacing slot now, else it queues. */
  const plan = (paceKey: string): Plan => {
    if (config.mode === 'async' && !scheduler.hasRoom()) return { strategy: 'queue' };
    // Earlier webhooks of this token wait in the outbox: this one waits behind them.
    if (deps.order?.behind(paceKey)) return { strategy: 'queue' };
    const slot = pacer.tryAcquire(paceKey);
    if (!slot) return { strategy: 'queue' };
    return { strategy: config.mode === 'async' ? 'background' : 'try-now', slot };
  };

  /** How long the write's lease keeps the dispatcher away from a row attempted here. */
  const leaseFor = (strategy: Strategy, job: DeliveryJob) =>
    strategy === 'queue'
      ? undefined
      : // A blob upload tried now runs with the full GitHub timeout (tryNowWithBlob).
        (strategy === 'background' || job.blob?.bytes !== undefined ? scheduler.attemptTimeoutMs : config.syncDeadlineMs) + SYNC_LEASE_GRACE_MS;

  /** Step 2: the write. A repeat of a live delivery comes back as its outcome instead. */
  async function persist(
    job: DeliveryJob,
    sealed: { credential: string; paceKey: string },
    strategy: Strategy,
    start: number,
  ): Promise<SubmitOutcome | undefined> {
    const lease = leaseFor(strategy, job);
    let enqueued: Awaited<ReturnType<typeof store.enqueue>>;
    try {
      enqueued = await store.enqueue(
        {
          id: job.id,
          owner: job.owner,
          repo: job.repo,
          eventType: job.eventType,
          bodyJson: job.bodyJson,
          paceKey: sealed.paceKey,
          credential: sealed.credential,
          dedupeKey: job.dedupeKey === undefined ? undefined : scopedDedupeKey(job.owner, job.repo, sealed.paceKey, job.dedupeKey),
          receivedAt: job.receivedAt,
          replayOf: job.replayOf,
          nextAttemptAt: start,
          leaseUntil: lease === undefined ? undefined : start + lease,
          target: targetOfJob(job),
          // The stored part only (the job's blob also carries its memory claim, which is not data).
          blob: job.blob && { ref: job.blob.ref, bytes: job.blob.bytes },
        },
        start - config.dedupeWindowMs,
      );
    } catch (err) {
      deps.logger.error({ id: job.id, err: err instanceof Error ? err.message : String(err) }, 'cannot store delivery');
      throw new RelayError(503, 'store_unavailable', 'The relay cannot store webhooks right now, so this one was not accepted. Retry later.');
    }
    if (enqueued.kind === 'created') return undefined;
    const first = enqueued.existing;
    const pending = first.status === 'pending';
    return { kind: 'duplicate', id: first.id, pending, ...(!pending && first.response ? { response: first.response } : {}) };
  }

  /** `queue`: the dispatcher sends it. */
  function queue(job: DeliveryJob): SubmitOutcome {
    scheduler.wake();
    return { kind: 'queued', id: job.id };
  }

  /** `background`: the attempt runs in the dispatcher's in-flight set; true when it took the slot with it. */
  async function background(job: DeliveryJob, target: AttemptTarget, slot: PaceSlot): Promise<boolean> {
    const adopted = scheduler.adopt(async () => {
      try {
        // The request's memory is let go when it is answered: a blob is read back under the budget.
        return await attemptDelivery({ ...target, blobBytes: undefined }, scheduler.attemptTimeoutMs, deps);
      } finally {
        slot.release();
      }
    });
    // Stopping: leave it to the next start, without waiting out the lease.
    if (!adopted) await store.release([job.id]).catch(() => undefined);
    return adopted;
  }

  /** `try-now`: one attempt within whichever is shorter, the sender's patience or the GitHub timeout. */
  async function tryNow(job: DeliveryJob, target: AttemptTarget, start: number): Promise<SubmitOutcome> {
    const timeoutMs = Math.max(1, Math.min(config.syncDeadlineMs, config.githubTimeoutMs) - (clock.now() - start));
    let outcome: AttemptOutcome;
    try {
      outcome = await attemptDelivery(target, timeoutMs, deps);
    } catch (err) {
      // The write succeeded, so the delivery is safe; the dispatcher picks it up when the lease ends.
      deps.logger.error({ id: job.id, err: err instanceof Error ? err.message : String(err) }, 'sync attempt could not be recorded');
      return { kind: 'queued', id: job.id };
    }
    scheduler.observe(outcome);
    if (outcome.status === 'pending' || outcome.result === undefined) return { kind: 'queued', id: job.id };
    return { kind: 'attempted', result: outcome.result };
  }

  /**
   * `try-now` for a body that travels as a git blob: two calls, the blob (many megabytes) then the
   * dispatch, each with the full GitHub timeout, run as one tracked attempt. The sender gets the
   * dispatch's answer when both end within the sync deadline, else 202 while the upload goes on
   * (cutting it at the deadline would only make the dispatcher upload it all again); the attempt
   * then keeps the request's memory reservation until it ends. The dispatch takes a pacing slot of
   * its own; when there is none, the dispatcher sends it.
   */
  async function tryNowWithBlob(job: DeliveryJob, target: AttemptTarget, start: number, slot: PaceSlot): Promise<SubmitOutcome> {
    const holdLeaseMs = config.githubTimeoutMs + SYNC_LEASE_GRACE_MS;
    const attempt = async (): Promise<AttemptOutcome> => {
      let outcome: AttemptOutcome;
      try {
        outcome = await attemptDelivery(target, config.githubTimeoutMs, deps, { holdLeaseMs });
      } finally {
        slot.release();
      }
      if (outcome.step !== 'blob' || outcome.status !== 'pending' || outcome.result?.kind !== 'delivered') return outcome;
      const next = pacer.tryAcquire(target.paceKey);
      if (!next) {
        await store.release([job.id]);
        return outcome;
      }
      try {
        return await attemptDelivery(
          { ...target, attempts: target.attempts + 1, blob: target.blob && { ...target.blob, uploaded: true }, blobBytes: undefined },
          config.githubTimeoutMs,
          deps,
        );
      } finally {
        next.release();
      }
    };
    const running = attempt();
    // Tracked by the dispatcher (stop waits for it; it hears the outcome and plans from it).
    if (!scheduler.adopt(() => running)) await running.catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), Math.max(0, config.syncDeadlineMs - (clock.now() - start)));
    });
    const first = await Promise.race([
      running.then(
        (o) => o,
        () => undefined,
      ),
      deadline,
    ]).finally(() => clearTimeout(timer));
    if (first === undefined) {
      const release = job.blob?.claim?.();
      if (release) void running.finally(release).catch(() => undefined);
      return { kind: 'queued', id: job.id };
    }
    if (first.status === 'pending' || first.result === undefined) return { kind: 'queued', id: job.id };
    return { kind: 'attempted', result: first.result };
  }

  return {
    async submit(job: DeliveryJob): Promise<SubmitOutcome> {
      const start = clock.now();
      const [credential, paceKey] = await Promise.all([box.seal(job.authorization, job.id), box.paceKey(job.authorization)]);
      // The plaintext (and the body) are still in hand: the attempt right after the write need not
      // open the sealed copy or read the bytes back.
      const target: AttemptTarget = {
        ...job,
        paceKey,
        credential,
        attempts: 0,
        target: targetOfJob(job),
        blob: job.blob ? { ...job.blob.ref, uploaded: job.blob.bytes === undefined } : null,
        blobBytes: job.blob?.bytes,
      };
      const { strategy, slot } = plan(paceKey);
      // Held before the write, so a webhook of the same token arriving meanwhile already waits behind it.
      if (strategy === 'queue') deps.order?.hold(paceKey, job.id);
      let handedOver = false;
      try {
        let duplicate: SubmitOutcome | undefined;
        try {
          duplicate = await persist(job, { credential, paceKey }, strategy, start);
        } catch (err) {
          deps.order?.done(job.id);
          throw err;
        }
        if (duplicate) {
          deps.order?.done(job.id);
          return duplicate;
        }
        switch (strategy) {
          case 'queue':
            return queue(job);
          case 'background':
            handedOver = await background(job, target, slot);
            return { kind: 'queued', id: job.id };
          case 'try-now':
            if (target.blob && !target.blob.uploaded) {
              handedOver = true;
              return await tryNowWithBlob(job, target, start, slot);
            }
            return await tryNow(job, target, start);
        }
      } finally {
        if (!handedOver) slot?.release();
      }
    },

    async health() {
      try {
        const [s, p] = await Promise.all([store.stats(clock.now()), deps.progress?.() ?? { ok: true, reason: undefined }]);
        const queue = { pending: s.pending, oldest_pending_age_s: s.oldest_pending_age_s, dead: s.dead };
        if (!s.writable) return { ok: false, queue, problem: 'the outbox cannot be written' };
        if (!p.ok) return { ok: false, queue, problem: `deliveries are not moving: ${p.reason ?? 'the dispatcher is stalled'}` };
        return { ok: true, queue };
      } catch {
        return { ok: false, problem: 'the outbox cannot be read' };
      }
    },
  };
}
