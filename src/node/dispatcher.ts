/**
 * The background dispatcher: claims due deliveries (with a lease) and sends them through the
 * core's attempt, paced per token. It sleeps until the next due time or a wake-up (new work, a
 * released pacing slot), never polling in a tight loop. `stop()` ends cleanly: no new claims,
 * in-flight attempts finish or time out, pending work stays in the database for the next start.
 * After a crash, leases expire and another start resumes the work.
 */
import type { Clock, Logger } from '../core/ports.js';
import type { Pacer, PaceSlot } from '../core/delivery/pacer.js';
import type { Delivery, DeliveryStore } from '../core/delivery/store.js';

/** Dependencies and tuning of the dispatcher. */
export interface DispatcherOptions {
  store: DeliveryStore;
  pacer: Pacer;
  clock: Clock;
  logger: Logger;
  /** Sends one claimed delivery (settles it; calls `wake` when it re-scheduled it); the dispatcher releases the slot afterwards. */
  send: (d: Delivery) => Promise<void>;
  /** Lease per claim: longer than one attempt can take. */
  leaseMs: number;
  /** Deliveries claimed per round (default 32). */
  batch?: number;
  /** Attempts in flight across all tokens (default 32): claimed work never waits in memory past its lease. */
  maxConcurrent?: number;
  /** Deliveries per token per round: the pacer's in-flight limit (default 4). */
  perKey?: number;
  /** Longest sleep, so work written by another process (the CLI) is seen (default 5 s). */
  idlePollMs?: number;
  /** How long `stop()` waits for attempts in flight (default 10 s). */
  stopGraceMs?: number;
  /** No progress for this long while work is due means stalled (default lease + idle poll + 5 s). */
  stallMs?: number;
}

/** Whether the dispatcher is making progress; `reason` says what is stuck when it is not. */
export interface DispatcherHealth {
  ok: boolean;
  reason?: string;
}

/** A running dispatcher. */
export interface Dispatcher {
  start(): void;
  /** New or re-scheduled work exists: look now. */
  wake(): void;
  /** Whether another attempt may start now (`maxConcurrent`). */
  hasRoom(): boolean;
  /** Runs an attempt that already holds its lease and slot, tracked as in flight; false when stopping. */
  adopt(attempt: () => Promise<void>): boolean;
  stop(): Promise<void>;
  /** Attempts in flight (for tests and logs). */
  readonly inFlight: number;
  /**
   * Stalled when a round has been stuck on the outbox, no round ran for longer than the longest
   * sleep, an attempt outlived its lease, or work was due (`dueAt`) and no attempt ended since.
   */
  health(dueAt: number | undefined): DispatcherHealth;
}

/** Creates the dispatcher (not started). */
export function createDispatcher(o: DispatcherOptions): Dispatcher {
  const batch = o.batch ?? 32;
  const idlePollMs = o.idlePollMs ?? 5000;
  const maxConcurrent = o.maxConcurrent ?? 32;
  const stallMs = o.stallMs ?? o.leaseMs + idlePollMs + 5000;
  /** Attempts in flight and when each started. */
  const inFlight = new Map<Promise<void>, number>();
  /** When the current round started, or undefined between rounds. */
  let roundStartedAt: number | undefined;
  /** When the last round ended; when the last attempt ended (progress). */
  let lastRoundAt = o.clock.now();
  let lastProgressAt = o.clock.now();
  let started = false;
  let stopped = false;
  let pumping = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let immediate: ReturnType<typeof setImmediate> | undefined;
  /** The last round left work behind for want of a pacing slot or room: a released slot may free it. */
  let waitingForSlot = false;
  /** The last round stopped at `maxConcurrent` with work possibly left: claim again once half the room is free (one claim per batch, not per finished attempt). */
  let waitingForRoom = false;

  const wake = () => {
    if (!started || stopped) return;
    if (pumping) {
      again = true;
      return;
    }
    immediate ??= setImmediate(() => {
      immediate = undefined;
      void pump();
    });
  };
  // Most releases end a sync attempt while nothing waits here: a claim then would only find nothing.
  o.pacer.onRelease(() => {
    if (waitingForSlot) wake();
  });

  const track = (id: string | undefined, attempt: () => Promise<void>, slot?: PaceSlot) => {
    const p = attempt()
      .catch((err: unknown) => {
        o.logger.error({ id, err: err instanceof Error ? err.message : String(err) }, 'dispatch attempt failed to record; retried when its lease ends');
      })
      .finally(() => {
        inFlight.delete(p);
        lastProgressAt = o.clock.now();
        slot?.release();
        // Room opened for work left behind (a re-scheduled retry wakes us through `send`).
        if (waitingForSlot || (waitingForRoom && inFlight.size <= maxConcurrent / 2)) wake();
      });
    inFlight.set(p, o.clock.now());
  };
  const run = (d: Delivery, slot: PaceSlot) => track(d.id, () => o.send(d), slot);

  const sleepUntil = (at: number | undefined) => {
    if (timer) clearTimeout(timer);
    const now = o.clock.now();
    const delay = at === undefined ? idlePollMs : Math.min(idlePollMs, Math.max(0, at - now));
    timer = setTimeout(() => {
      timer = undefined;
      wake();
    }, delay);
    timer.unref?.();
  };

  async function pump(): Promise<void> {
    if (stopped) return;
    pumping = true;
    roundStartedAt = o.clock.now();
    waitingForSlot = false;
    waitingForRoom = false;
    try {
      do {
        again = false;
        // Full: a finishing attempt wakes us.
        const room = Math.min(batch, maxConcurrent - inFlight.size);
        if (room <= 0) {
          waitingForRoom = true;
          return;
        }
        const skipKeys = o.pacer.blockedKeys();
        if (skipKeys.length > 0) waitingForSlot = true;
        const rows = await o.store.claimDue({
          now: o.clock.now(),
          leaseMs: o.leaseMs,
          limit: room,
          perKey: o.perKey ?? 4,
          skipKeys,
        });
        const unsent: string[] = [];
        for (const d of rows) {
          const slot = stopped ? undefined : o.pacer.tryAcquire(d.paceKey);
          if (slot) run(d, slot);
          else unsent.push(d.id);
        }
        if (unsent.length > 0) {
          waitingForSlot = true;
          await o.store.release(unsent);
        }
        if (rows.length === room && unsent.length < rows.length) {
          again = true;
          if (room < batch) waitingForRoom = true;
        }
      } while (again && !stopped);
      if (stopped) return;
      const blocked = o.pacer.blockedKeys();
      if (blocked.length > 0) waitingForSlot = true;
      const due = await o.store.nextDueAt(blocked);
      const paced = o.pacer.nextTimedFree();
      sleepUntil(due === undefined ? paced : paced === undefined ? due : Math.min(due, paced));
    } catch (err) {
      o.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'dispatcher could not read the outbox; trying again in 1 s');
      if (!stopped) sleepUntil(o.clock.now() + 1000);
    } finally {
      pumping = false;
      roundStartedAt = undefined;
      lastRoundAt = o.clock.now();
      if (again && !stopped) wake();
    }
  }

  return {
    start() {
      if (started) return;
      started = true;
      wake();
    },
    wake,
    // Not while claimed work waits for room: new work would overtake it.
    hasRoom: () => !stopped && !waitingForRoom && inFlight.size < maxConcurrent,
    adopt(attempt) {
      if (stopped) return false;
      track(undefined, attempt);
      return true;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
      const grace = new Promise<void>((resolve) => setTimeout(resolve, o.stopGraceMs ?? 10_000).unref());
      await Promise.race([Promise.allSettled([...inFlight.keys()]), grace]);
    },
    get inFlight() {
      return inFlight.size;
    },
    health(dueAt) {
      if (!started || stopped) return { ok: true };
      const now = o.clock.now();
      for (const since of inFlight.values()) {
        if (now - since > o.leaseMs + stallMs) return { ok: false, reason: `a dispatch attempt has run for ${Math.round((now - since) / 1000)} s` };
      }
      if (roundStartedAt !== undefined && now - roundStartedAt > stallMs) {
        return { ok: false, reason: `a dispatcher round has waited on the outbox for ${Math.round((now - roundStartedAt) / 1000)} s` };
      }
      if (roundStartedAt === undefined && now - lastRoundAt > idlePollMs + stallMs) {
        return { ok: false, reason: `the dispatcher has not run for ${Math.round((now - lastRoundAt) / 1000)} s` };
      }
      if (dueAt !== undefined && now - dueAt > stallMs && now - lastProgressAt > stallMs) {
        return { ok: false, reason: `deliveries are ${Math.round((now - dueAt) / 1000)} s overdue and no attempt ended for ${Math.round((now - lastProgressAt) / 1000)} s` };
      }
      return { ok: true };
    },
  };
}
