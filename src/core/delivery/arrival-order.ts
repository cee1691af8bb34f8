/**
 * Per-token arrival order between the request path and the dispatcher. A webhook that had to
 * wait in the outbox (no pacing slot, no room) must not be overtaken by a later webhook of the same
 * token that finds a free slot a moment later: the later one waits in the outbox behind it. This
 * keeps the order in the data flow rather than in timing (how fast the dispatcher claims).
 *
 * Only the waits this process created are known here; rows left from an earlier run are sent by
 * the dispatcher in arrival order among themselves.
 */

/** Which pace keys have webhooks waiting for the dispatcher's first attempt. */
export interface ArrivalOrder {
  /** Whether a new webhook of this key must wait behind earlier ones. */
  behind(paceKey: string): boolean;
  /** This webhook waits in the outbox for the dispatcher. */
  hold(paceKey: string, id: string): void;
  /** Its first attempt started, or it was never stored (refused, a repeat): it no longer holds the key. */
  done(id: string): void;
}

/** Creates the keeper (Maps keyed by ids and keys: nothing user-named reaches a prototype). */
export function createArrivalOrder(): ArrivalOrder {
  const byKey = new Map<string, Set<string>>();
  const keyOf = new Map<string, string>();
  return {
    behind: (paceKey) => (byKey.get(paceKey)?.size ?? 0) > 0,
    hold(paceKey, id) {
      let ids = byKey.get(paceKey);
      if (!ids) byKey.set(paceKey, (ids = new Set()));
      ids.add(id);
      keyOf.set(id, paceKey);
    },
    done(id) {
      const key = keyOf.get(id);
      if (key === undefined) return;
      keyOf.delete(id);
      const ids = byKey.get(key);
      ids?.delete(id);
      if (ids?.size === 0) byKey.delete(key);
    },
  };
}
