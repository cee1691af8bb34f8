/**
 * A cap on the request-body bytes held in memory at once, across all requests. A body is read
 * only once its bytes are reserved; a request that finds the budget spent waits (its bytes stay in
 * the socket, unread) until others release theirs, and gets 503 with `Retry-After` when the wait
 * runs out. One request's body can never take the process down with it: with a 25 MB body limit,
 * ten senders at once queue instead of holding 250 MB.
 */
import { RelayError } from '../errors.js';

/** Bytes held by one request; `release` is idempotent. */
export interface Reservation {
  /** Takes more bytes for the same request (a body of unknown length, chunk by chunk). */
  grow(bytes: number): Promise<void>;
  release(): void;
}

/** The shared budget. */
export interface ByteBudget {
  /** Reserves `bytes` (0 for a body of unknown length, grown as it streams in). */
  reserve(bytes: number): Promise<Reservation>;
  /** Reserves `bytes` when they fit now and nobody waits; else undefined, without waiting. */
  tryReserve(bytes: number): Reservation | undefined;
  /** Bytes reserved now (for health and tests). */
  readonly used: number;
}

interface Waiter {
  bytes: number;
  grant: () => void;
}

/** How long a sender is told to wait before trying again when the budget stays spent. */
export const BUSY_RETRY_AFTER_S = 5;

function busy(waitMs: number): RelayError {
  return new RelayError(
    503,
    'busy',
    `The relay is reading other large webhooks and had no memory free for this one within ${waitMs} ms; nothing was accepted. Retry after ${BUSY_RETRY_AFTER_S} s.`,
    undefined,
    { 'retry-after': String(BUSY_RETRY_AFTER_S) },
  );
}

/**
 * Creates a budget of `capBytes`. A single reservation larger than the cap is granted when nothing
 * else is held, so the largest allowed body always gets through eventually. Waiters are served in
 * arrival order (a big body is not starved by a stream of small ones).
 */
export function createByteBudget(capBytes: number, maxWaitMs: number): ByteBudget {
  let used = 0;
  const waiters: Waiter[] = [];

  const fits = (bytes: number) => used === 0 || used + bytes <= capBytes;
  const drain = () => {
    while (waiters.length > 0 && fits(waiters[0]!.bytes)) {
      const w = waiters.shift()!;
      used += w.bytes;
      w.grant();
    }
  };
  const take = (bytes: number): Promise<void> => {
    if (bytes <= 0) return Promise.resolve();
    if (waiters.length === 0 && fits(bytes)) {
      used += bytes;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const w: Waiter = {
        bytes,
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const i = waiters.indexOf(w);
        if (i >= 0) waiters.splice(i, 1);
        // The head may have been the one blocking smaller waiters behind it.
        drain();
        reject(busy(maxWaitMs));
      }, maxWaitMs);
      waiters.push(w);
    });
  };

  /** A reservation already holding `initial` bytes. */
  const reservation = (initial: number): Reservation => {
    let held = initial;
    let released = false;
    return {
      async grow(more: number) {
        await take(more);
        if (released) {
          // Released while waiting: give the bytes straight back.
          used -= more;
          drain();
          return;
        }
        held += more;
      },
      release() {
        if (released) return;
        released = true;
        used -= held;
        held = 0;
        drain();
      },
    };
  };

  return {
    async reserve(bytes) {
      const r = reservation(0);
      await r.grow(bytes);
      return r;
    },
    tryReserve(bytes) {
      if (waiters.length > 0 || !fits(bytes)) return undefined;
      used += Math.max(0, bytes);
      return reservation(Math.max(0, bytes));
    },
    get used() {
      return used;
    },
  };
}
