/**
 * The background dispatcher: claims due deliveries (with a lease) and sends them through the
 * core's attempt, paced per token. It sleeps until the next due time or a wake-up (new work, a
 * released pacing slot), never polling in a tight loop. `stop()` ends cleanly: no new claims,
 * in-flight attempts finish or time out, pending work stays in the database for the next start.
 * After a crash, leases expire and another start resumes the work.
 */
import type { Clock, Logger } from '../core/ports.js';
import type { AttemptOutcome } from '../core/delivery/attempt.js';
import type { Pacer, PaceSlot } from '../core/delivery/pacer.js';
import type { Delivery, DeliveryStore } from '../core/delivery/store.js';

/** Dependencies and tuning of the dispatcher. */
export interface DispatcherOptions {
  store: DeliveryStore;
  pacer: Pacer;
  clock: Clock;
  logger: Logger;
  /** Sends one claimed delivery and settles it; the dispatcher releases the slot afterwards and wakes when the outcome left it pending. */
  send: (d: Delivery) => Promise<AttemptOutcome>;
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
  /** New work was stored without an attempt: look now. */
  wake(): void;
  /** An attempt made outside the dispatcher ended: the dispatcher decides whether that means work to plan. */
  observe(outcome: AttemptOutcome): void;
  /** Whether another attempt may start now (`maxConcurrent`). */
  hasRoom(): boolean;
  /** Runs an attempt that already holds its lease and slot, tracked as in flight; false when stopping. */
  adopt(attempt: () => Promise<AttemptOutcome>): boolean;
  stop(): Promise<void>;
  /** Attempts in flight (for tests and logs). */
  readonly inFlight: number;
  /**
   * Stalled when a round has been stuck on the outbox, no round ran for longer than the longest
   * sleep, an attempt outlived its lease, or work was due (`dueAt`) and no attempt ended since.
   */
  health(dueAt: number | undefined): DispatcherHealth;
}

/**
 * Where the dispatcher is in its life, as one value:
 * - `new`: not started;
 * - `sleeping`: between rounds, until `timer` fires or something wakes it;
 * - `scheduled`: a round starts on the next turn of the event loop;
 * - `running`: a round is under way since `since`; `again` asks for another one right after;
 * - `stopped`: no more rounds (attempts in flight may still end).
 */
type Phase =
  | { name: 'new' }
  | { name: 'sleeping'; timer: ReturnType<typeof setTimeout> }
  | { name: 'scheduled'; immediate: ReturnType<typeof setImmediate> }
  | { name: 'running'; since: number; again: boolean }
  | { name: 'stopped' };

/** Creates the dispatcher (not started). */
export function createDispatcher(o: DispatcherOptions): Dispatcher {
  const batch = o.batch ?? 32;
  const idlePollMs = o.idlePollMs ?? 5000;
  const maxConcurrent = o.maxConcurrent ?? 32;
  const stallMs = o.stallMs ?? o.leaseMs + idlePollMs + 5000;
  /** Attempts in flight and when each started. */
  const inFlight = new Map<Promise<void>, number>();
  let phase: Phase = { name: 'new' };
  /** When the last round ended; when the last attempt ended (progress). */
  let lastRoundAt = o.clock.now();
  let lastProgressAt = o.clock.now();
  /**
   * What the last round left work behind for: a pacing slot (a released slot may free it), or
   * room under `maxConcurrent` (claim again once half the room is free: one claim per batch, not
   * per finished attempt).
   */
  const leftBehind = { slot: false, room: false };
  const stopped = () => phase.name === 'stopped';

  const schedule = () => {
    phase = { name: 'scheduled', immediate: setImmediate(() => void round()) };
  };
  const wake = () => {
    switch (phase.name) {
      case 'sleeping':
        clearTimeout(phase.timer);
        schedule();
        return;
      case 'running':
        phase.again = true;
        return;
      default:
        // new, stopped: nothing to do; scheduled: a round is coming anyway.
        return;
    }
  };
  const sleepUntil = (at: number | undefined) => {
    const delay = at === undefined ? idlePollMs : Math.min(idlePollMs, Math.max(0, at - o.clock.now()));
    const timer = setTimeout(wake, delay);
    timer.unref?.();
    phase = { name: 'sleeping', timer };
  };
  // Most releases end a sync attempt while nothing waits here: a claim then would only find nothing.
  o.pacer.onRelease(() => {
    if (leftBehind.slot) wake();
  });

  /** Decides what an ended attempt means for planning: a re-scheduled delivery changes the next due time. */
  const observe = (outcome: AttemptOutcome) => {
    if (outcome.status === 'pending') wake();
  };

  const track = (id: string | undefined, attempt: () => Promise<AttemptOutcome>, slot?: PaceSlot) => {
    const p = attempt()
      .then(observe, (err: unknown) => {
        o.logger.error({ id, err: err instanceof Error ? err.message : String(err) }, 'dispatch attempt failed to record; retried when its lease ends');
      })
      .finally(() => {
        inFlight.delete(p);
        lastProgressAt = o.clock.now();
        slot?.release();
        // Room opened for work left behind.
        if (leftBehind.slot || (leftBehind.room && inFlight.size <= maxConcurrent / 2)) wake();
      });
    inFlight.set(p, o.clock.now());
  };

  /** Claims due work batch by batch while there is room, then sleeps until the next due time. */
  async function round(): Promise<void> {
    if (stopped()) return;
    const current: Extract<Phase, { name: 'running' }> = { name: 'running', since: o.clock.now(), again: false };
    phase = current;
    leftBehind.slot = false;
    leftBehind.room = false;
    let next: number | undefined;
    try {
      do {
        current.again = false;
        const room = Math.min(batch, maxConcurrent - inFlight.size);
        if (room <= 0) {
          // Full: a finishing attempt wakes us.
          leftBehind.room = true;
          break;
        }
        const skipKeys = o.pacer.blockedKeys();
        if (skipKeys.length > 0) leftBehind.slot = true;
        const rows = await o.store.claimDue({ now: o.clock.now(), leaseMs: o.leaseMs, limit: room, perKey: o.perKey ?? 4, skipKeys });
        const unsent: string[] = [];
        for (const d of rows) {
          const slot = stopped() ? undefined : o.pacer.tryAcquire(d.paceKey);
          if (slot) track(d.id, () => o.send(d), slot);
          else unsent.push(d.id);
        }
        if (unsent.length > 0) {
          leftBehind.slot = true;
          await o.store.release(unsent);
        }
        if (rows.length === room && unsent.length < rows.length) {
          current.again = true;
          if (room < batch) leftBehind.room = true;
        }
      } while (current.again && !stopped());
      if (!stopped() && !leftBehind.room) {
        const blocked = o.pacer.blockedKeys();
        if (blocked.length > 0) leftBehind.slot = true;
        const due = await o.store.nextDueAt(blocked);
        const paced = o.pacer.nextTimedFree();
        next = due === undefined ? paced : paced === undefined ? due : Math.min(due, paced);
      }
    } catch (err) {
      o.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'dispatcher could not read the outbox; trying again in 1 s');
      next = o.clock.now() + 1000;
    } finally {
      lastRoundAt = o.clock.now();
      if (!stopped()) {
        // Woken while running (new work, a finished attempt): go again at once.
        if (current.again && !leftBehind.room) schedule();
        else sleepUntil(next);
      }
    }
  }

  return {
    start() {
      if (phase.name === 'new') schedule();
    },
    wake,
    observe,
    // Not while claimed work waits for room: new work would overtake it.
    hasRoom: () => !stopped() && !leftBehind.room && inFlight.size < maxConcurrent,
    adopt(attempt) {
      if (stopped()) return false;
      track(undefined, attempt);
      return true;
    },
    async stop() {
      if (phase.name === 'sleeping') clearTimeout(phase.timer);
      if (phase.name === 'scheduled') clearImmediate(phase.immediate);
      phase = { name: 'stopped' };
      const grace = new Promise<void>((resolve) => setTimeout(resolve, o.stopGraceMs ?? 10_000).unref());
      await Promise.race([Promise.allSettled([...inFlight.keys()]), grace]);
    },
    get inFlight() {
      return inFlight.size;
    },
    health(dueAt) {
      if (phase.name === 'new' || phase.name === 'stopped') return { ok: true };
      const now = o.clock.now();
      for (const since of inFlight.values()) {
        if (now - since > o.leaseMs + stallMs) return { ok: false, reason: `a dispatch attempt has run for ${Math.round((now - since) / 1000)} s` };
      }
      if (phase.name === 'running' && now - phase.since > stallMs) {
        return { ok: false, reason: `a dispatcher round has waited on the outbox for ${Math.round((now - phase.since) / 1000)} s` };
      }
      if (phase.name !== 'running' && now - lastRoundAt > idlePollMs + stallMs) {
        return { ok: false, reason: `the dispatcher has not run for ${Math.round((now - lastRoundAt) / 1000)} s` };
      }
      if (dueAt !== undefined && now - dueAt > stallMs && now - lastProgressAt > stallMs) {
        return {
          ok: false,
          reason: `deliveries are ${Math.round((now - dueAt) / 1000)} s overdue and no attempt ended for ${Math.round((now - lastProgressAt) / 1000)} s`,
        };
      }
      return { ok: true };
    },
  };
}
