/**
 * The durable Deliverer: persist first, then (sync mode) one attempt within a short deadline.
 * Once it answers anything but an error, the delivery is on disk and will reach GitHub at least
 * once: retryable failures are left to the background dispatcher.
 */
import type { RelayConfig } from '../config.js';
import { RelayError } from '../errors.js';
import { attemptDelivery, type AttemptDeps } from './attempt.js';
import type { Deliverer, DeliveryJob, SubmitOutcome } from './deliverer.js';
import { scopedDedupeKey } from './dedupe-key.js';

/** Settings of the durable deliverer. */
export interface DurableSettings extends Pick<RelayConfig, 'githubTimeoutMs'> {
  mode: 'sync' | 'async';
  syncDeadlineMs: number;
  dedupeWindowMs: number;
}

/** Where async mode runs the first attempt: the background dispatcher's in-flight set. */
export interface BackgroundAttempts {
  /** Timeout of a background attempt; its lease covers it plus SYNC_LEASE_GRACE_MS. */
  timeoutMs: number;
  /** Whether another attempt may start now (the dispatcher's concurrency limit). */
  hasRoom(): boolean;
  /** Runs the attempt tracked as in flight (stop waits for it); false when stopping (not run). */
  run(attempt: () => Promise<void>): boolean;
}

/** Dependencies of the durable deliverer. */
export interface DurableDelivererDeps extends Omit<AttemptDeps, 'config'> {
  config: DurableSettings;
  /** Tells the background dispatcher there is new or re-scheduled work. */
  wake: () => void;
  /**
   * Async mode hands the first attempt over right after the write, with the plaintext still in
   * hand, instead of leaving it to be claimed and decrypted again. Absent: the dispatcher claims it.
   */
  background?: BackgroundAttempts;
  /** Whether the background work is making progress (the dispatcher's own view). */
  progress?: () => Promise<{ ok: boolean; reason?: string }>;
}

/** Extra lease beyond the sync deadline, so the dispatcher never races the sync attempt. */
export const SYNC_LEASE_GRACE_MS = 5000;

/** Creates the durable deliverer. */
export function createDurableDeliverer(deps: DurableDelivererDeps): Deliverer {
  const { store, box, pacer, clock, config } = deps;
  return {
    async submit(job: DeliveryJob): Promise<SubmitOutcome> {
      const start = clock.now();
      const [credential, paceKey] = await Promise.all([box.seal(job.authorization, job.id), box.paceKey(job.authorization)]);
      // Take the token's pacing slot before the write (the lease keeps the dispatcher off it);
      // none free → queue at once. Async mode only when the background has room.
      const background = config.mode === 'async' && deps.background?.hasRoom() ? deps.background : undefined;
      const slot = config.mode === 'sync' || background ? pacer.tryAcquire(paceKey) : undefined;
      const leaseMs = background ? background.timeoutMs : config.syncDeadlineMs;
      let enqueued;
      try {
        enqueued = await store.enqueue(
          {
            id: job.id,
            owner: job.owner,
            repo: job.repo,
            eventType: job.eventType,
            bodyJson: job.bodyJson,
            paceKey,
            credential,
            dedupeKey: job.dedupeKey === undefined ? undefined : scopedDedupeKey(job.owner, job.repo, paceKey, job.dedupeKey),
            receivedAt: job.receivedAt,
            replayOf: job.replayOf,
            nextAttemptAt: start,
            leaseUntil: slot ? start + leaseMs + SYNC_LEASE_GRACE_MS : undefined,
          },
          start - config.dedupeWindowMs,
        );
      } catch (err) {
        slot?.release();
        deps.logger.error({ id: job.id, err: err instanceof Error ? err.message : String(err) }, 'cannot store delivery');
        throw new RelayError(503, 'store_unavailable', 'The relay cannot store webhooks right now, so this one was not accepted. Retry later.');
      }
      if (enqueued.kind === 'duplicate') {
        slot?.release();
        const first = enqueued.existing;
        const pending = first.status === 'pending';
        return { kind: 'duplicate', id: first.id, pending, ...(!pending && first.response ? { response: first.response } : {}) };
      }
      if (!slot) {
        deps.wake();
        return { kind: 'queued', id: job.id };
      }
      if (background) {
        const target = { ...job, paceKey, credential, attempts: 0 };
        const started = background.run(async () => {
          try {
            const o = await attemptDelivery(target, background.timeoutMs, deps);
            if (o.status === 'pending') deps.wake();
          } finally {
            slot.release();
          }
        });
        if (!started) {
          // Stopping: leave it to the next start, without waiting out the lease.
          slot.release();
          await store.release([job.id]).catch(() => undefined);
        }
        return { kind: 'queued', id: job.id };
      }
      let outcome;
      try {
        // Whichever is shorter: the sender's patience (sync deadline) or the GitHub timeout.
        const timeoutMs = Math.max(1, Math.min(config.syncDeadlineMs, config.githubTimeoutMs) - (clock.now() - start));
        // The plaintext is still in hand: no need to open what was just sealed.
        outcome = await attemptDelivery({ ...job, paceKey, credential, attempts: 0 }, timeoutMs, deps);
      } catch (err) {
        // The write succeeded, so the delivery is safe; the dispatcher picks it up when the lease ends.
        deps.logger.error({ id: job.id, err: err instanceof Error ? err.message : String(err) }, 'sync attempt could not be recorded');
        return { kind: 'queued', id: job.id };
      } finally {
        slot.release();
      }
      if (outcome.status === 'pending') {
        deps.wake();
        return { kind: 'queued', id: job.id };
      }
      if (outcome.result === undefined) return { kind: 'queued', id: job.id };
      return { kind: 'attempted', result: outcome.result };
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
