/**
 * Per-token pacing: at most N dispatch starts per sliding window and a few in flight, so a burst
 * queues here instead of tripping GitHub's secondary rate limit (about 80 content-creating
 * requests a minute per token). https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits
 */
import type { Clock } from '../ports.js';

/** Settings of the pacer. */
export interface PacerOptions {
  /** Starts per window per key; 0 turns rate and in-flight limits off. */
  ratePerWindow: number;
  /** Window length in ms (default one minute; tests shorten it). */
  windowMs?: number;
  /** Dispatches in flight per key (default 4), so one stuck request does not block the token. */
  maxInFlight?: number;
  clock: Clock;
}

/** A held pacing slot; release it when the attempt has ended. */
export interface PaceSlot {
  release(): void;
}

/** Decides whether a dispatch for a pace key may start now. */
export interface Pacer {
  /** Takes a slot when the key may start a dispatch now. */
  tryAcquire(key: string): PaceSlot | undefined;
  /** Holds every start of the key until `until` (GitHub said the token is rate limited). */
  pause(key: string, until: number): void;
  /** Keys that cannot start a dispatch now. */
  blockedKeys(): string[];
  /**
   * Earliest time one of the blocked keys frees by time alone (rate window or pause), or
   * undefined when only a release can free them.
   */
  nextTimedFree(): number | undefined;
  /** Called whenever a slot is released. */
  onRelease(listener: () => void): void;
}

interface KeyState {
  starts: number[];
  inFlight: number;
  pausedUntil: number;
}

/** Creates a pacer. */
export function createPacer(opts: PacerOptions): Pacer {
  const windowMs = opts.windowMs ?? 60_000;
  const rate = opts.ratePerWindow;
  const maxInFlight = rate === 0 ? Infinity : (opts.maxInFlight ?? 4);
  const keys = new Map<string, KeyState>();
  const listeners: (() => void)[] = [];

  const state = (key: string, now: number): KeyState | undefined => {
    const s = keys.get(key);
    if (!s) return undefined;
    while (s.starts.length > 0 && s.starts[0]! <= now - windowMs) s.starts.shift();
    if (s.starts.length === 0 && s.inFlight === 0 && s.pausedUntil <= now) {
      keys.delete(key);
      return undefined;
    }
    return s;
  };
  const free = (s: KeyState | undefined, now: number) => !s || (s.pausedUntil <= now && s.inFlight < maxInFlight && (rate === 0 || s.starts.length < rate));
  /** When the key frees by time alone; undefined when it waits for a release. */
  const timedFree = (s: KeyState, now: number): number | undefined => {
    if (s.inFlight >= maxInFlight) return undefined;
    let at = Math.max(now, s.pausedUntil);
    if (rate > 0 && s.starts.length >= rate) at = Math.max(at, s.starts[s.starts.length - rate]! + windowMs);
    return at;
  };

  return {
    tryAcquire(key) {
      const now = opts.clock.now();
      let s = state(key, now);
      if (!free(s, now)) return undefined;
      if (!s) keys.set(key, (s = { starts: [], inFlight: 0, pausedUntil: 0 }));
      const held = s;
      if (rate > 0) held.starts.push(now);
      held.inFlight++;
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          held.inFlight--;
          for (const l of listeners) l();
        },
      };
    },
    pause(key, until) {
      const now = opts.clock.now();
      let s = state(key, now);
      if (!s) keys.set(key, (s = { starts: [], inFlight: 0, pausedUntil: 0 }));
      s.pausedUntil = Math.max(s.pausedUntil, until);
    },
    blockedKeys() {
      const now = opts.clock.now();
      return [...keys.keys()].filter((k) => !free(state(k, now), now));
    },
    nextTimedFree() {
      const now = opts.clock.now();
      let min: number | undefined;
      for (const k of [...keys.keys()]) {
        const s = state(k, now);
        if (!s || free(s, now)) continue;
        const at = timedFree(s, now);
        if (at !== undefined && (min === undefined || at < min)) min = at;
      }
      return min;
    },
    onRelease(listener) {
      listeners.push(listener);
    },
  };
}
