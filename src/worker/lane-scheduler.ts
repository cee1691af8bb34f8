/**
 * The dispatcher of one credential's lane (a Durable Object): the Node dispatcher's job for one
 * pace key, with the Durable Object's alarm instead of a timer, so a lane that was evicted comes
 * back to its work. A round claims the credential's due deliveries from D1 in arrival order (as
 * many as it has pacing slots for), starts each through the core's attempt, and plans the alarm:
 * when pacing holds work back (the time a slot frees), and at the lease end of attempts in flight
 * (should the object be reset mid-attempt, the next round takes them again).
 *
 * Arrival order: while older due work may wait, `orderedPacer` gives the deliverer no slot, so a
 * new webhook queues behind it instead of overtaking it.
 */
import type { AttemptOutcome } from '../core/delivery/attempt.js';
import type { Scheduler } from '../core/delivery/durable-deliverer.js';
import type { Pacer, PaceSlot } from '../core/delivery/pacer.js';
import type { Delivery } from '../core/delivery/store.js';
import type { Clock, Logger } from '../core/ports.js';
import type { D1DeliveryStore } from './d1-store.js';

/** What the lane's dispatcher needs. */
export interface LaneSchedulerOptions {
  /** The lane's pace key, once known (the first request tells it; the alarm reads it back). */
  key: () => string | undefined;
  store: D1DeliveryStore;
  pacer: Pacer;
  clock: Clock;
  logger: Logger;
  /** One attempt of a claimed delivery (settles it). */
  send: (d: Delivery) => Promise<AttemptOutcome>;
  /** Lease per claim: longer than one attempt can take. */
  leaseMs: number;
  /** Attempts in flight for this credential (the pacer's limit). */
  maxInFlight: number;
  /** Timeout of an attempt the deliverer hands over (async mode). */
  attemptTimeoutMs: number;
  /** Wakes the lane at `at` (the Durable Object alarm). */
  setAlarm: (at: number) => Promise<void>;
}

/** The lane's dispatcher: the deliverer's Scheduler, plus what the lane object drives. */
export interface LaneScheduler extends Scheduler {
  /** Claims and starts what is due and may start now; resolves when the round (not its attempts) ended. */
  round(): Promise<void>;
  /** The pacer the deliverer uses: no slot while older due work may be waiting. */
  readonly orderedPacer: Pacer;
  /** Resolves when every attempt in flight has ended. */
  settled(): Promise<void>;
  /** Attempts in flight started by the lane (claimed or handed over). */
  readonly inFlight: number;
}

/** Creates the dispatcher of one lane. */
export function createLaneScheduler(o: LaneSchedulerOptions): LaneScheduler {
  const inFlight = new Set<Promise<void>>();
  /** Slots held through the ordered pacer or by the lane's own attempts. */
  let held = 0;
  /** Due work of this credential may be waiting in D1 (a round claimed all it could, or queued). */
  let backlog = false;
  let running: Promise<void> | undefined;
  let again = false;
  /** The alarm time last asked for (avoids rewriting the same alarm). */
  let alarmAt: number | undefined;

  const hold = (slot: PaceSlot): PaceSlot => {
    held++;
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        held--;
        slot.release();
      },
    };
  };

  const orderedPacer: Pacer = {
    tryAcquire(key) {
      if (backlog) return undefined;
      const slot = o.pacer.tryAcquire(key);
      return slot && hold(slot);
    },
    pause: (key, until) => o.pacer.pause(key, until),
    blockedKeys: () => o.pacer.blockedKeys(),
    nextTimedFree: () => o.pacer.nextTimedFree(),
    onRelease: (listener) => o.pacer.onRelease(listener),
  };

  const alarm = async (at: number | undefined) => {
    if (at === undefined || (alarmAt !== undefined && alarmAt <= at && alarmAt > o.clock.now())) return;
    alarmAt = at;
    await o.setAlarm(at);
  };

  const track = (id: string | undefined, attempt: () => Promise<AttemptOutcome>, slot?: PaceSlot) => {
    const p = attempt()
      .then(
        (outcome) => observe(outcome),
        (err: unknown) =>
          o.logger.error({ id, err: err instanceof Error ? err.message : String(err) }, 'dispatch attempt failed to record; retried when its lease ends'),
      )
      .finally(() => {
        inFlight.delete(p);
        slot?.release();
      });
    inFlight.add(p);
  };
  /** What an ended attempt means here: a retry is carried by the queue (the store's settle sends it); a stored blob's dispatch is due now. */
  function observe(outcome: AttemptOutcome): void {
    if (outcome.status === 'pending' && outcome.step === 'blob') {
      backlog = true;
      void round();
    }
  }
  // Any slot freed (the lane's attempts, the deliverer's own): work held back for it can start.
  o.pacer.onRelease(() => {
    if (backlog) void round();
  });

  async function runRound(): Promise<void> {
    const key = o.key();
    if (key === undefined) return;
    // Again while woken meanwhile (new work, a retry's message): a wake is never lost.
    do {
      await claimRound(key);
      await planAlarm();
    } while (again);
  }

  /** Claims and starts as much due work as the pacer lets start now. */
  async function claimRound(key: string): Promise<void> {
    do {
      again = false;
      const blocked = o.pacer.blockedKeys().includes(key);
      const room = blocked ? 0 : o.maxInFlight - held;
      if (room <= 0) {
        // Work may be due that cannot start now: a released slot or the alarm brings the next round.
        backlog = true;
        break;
      }
      const rows = await o.store.claimKey(key, { now: o.clock.now(), leaseMs: o.leaseMs, limit: room });
      const unsent: string[] = [];
      for (const d of rows) {
        const slot = o.pacer.tryAcquire(key);
        if (slot) track(d.id, () => o.send(d), hold(slot));
        else unsent.push(d.id);
      }
      if (unsent.length > 0) {
        backlog = true;
        await o.store.release(unsent);
      } else if (rows.length < room) backlog = false;
      else {
        // Took all it asked for: more may be due.
        backlog = true;
        again = true;
      }
    } while (again);
  }

  /** When to come back: a slot that frees by time while work waits, and the lease end of attempts in flight. */
  async function planAlarm(): Promise<void> {
    const now = o.clock.now();
    const candidates = [backlog ? o.pacer.nextTimedFree() : undefined, inFlight.size > 0 ? now + o.leaseMs : undefined].filter(
      (t): t is number => t !== undefined,
    );
    await alarm(candidates.length > 0 ? Math.max(now, Math.min(...candidates)) : undefined);
  }

  function round(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = runRound()
      .catch(async (err: unknown) => {
        o.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'lane could not read the delivery log; trying again in 5 s');
        await alarm(o.clock.now() + 5000).catch(() => undefined);
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    round,
    orderedPacer,
    wake() {
      backlog = true;
      void round();
    },
    observe,
    hasRoom: () => !backlog && held < o.maxInFlight,
    adopt(attempt) {
      track(undefined, attempt);
      return true;
    },
    attemptTimeoutMs: o.attemptTimeoutMs,
    async settled() {
      while (inFlight.size > 0 || running) await Promise.allSettled([...inFlight, running]);
    },
    get inFlight() {
      return inFlight.size;
    },
  };
}
