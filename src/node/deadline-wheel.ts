/**
 * Deadlines for many short calls on one timer per tick, instead of a timer (and an AbortSignal)
 * per call: a call registers what to do when its time is up and cancels that when it ends. A
 * deadline fires at its time or up to one tick later, never earlier.
 */

/** A registered deadline; `cancel()` once the call ended. */
export interface Deadline {
  cancel(): void;
}

/** The wheel: `after(ms, onExpire)` registers a deadline. */
export interface DeadlineWheel {
  after(ms: number, onExpire: () => void): Deadline;
}

/** Creates a wheel whose deadlines share one (unref'd) timer per `tickMs`. */
export function createDeadlineWheel(tickMs = 25, now: () => number = Date.now): DeadlineWheel {
  /** Deadlines by the tick they fire in. */
  const buckets = new Map<number, Set<() => void>>();
  const fire = (tick: number) => {
    const due = buckets.get(tick);
    buckets.delete(tick);
    if (due) for (const onExpire of due) onExpire();
  };
  return {
    after(ms, onExpire) {
      const at = now();
      const tick = Math.ceil((at + ms) / tickMs);
      let due = buckets.get(tick);
      if (!due) {
        due = new Set();
        buckets.set(tick, due);
        // Never early: the timer runs until the end of the tick the deadline falls in.
        setTimeout(fire, tick * tickMs - at, tick).unref();
      }
      const bucket = due;
      bucket.add(onExpire);
      return { cancel: () => void bucket.delete(onExpire) };
    },
  };
}
