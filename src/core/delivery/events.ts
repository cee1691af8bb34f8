/**
 * Delivery events inside one process (or one Worker isolate): a delivery was stored, or an attempt
 * of it was recorded. The dashboard's live list and the metrics listen; `observeStore` wraps any
 * DeliveryStore so that every driver reports them without knowing of listeners.
 */
import type { DeliveryStore, Settlement } from './store.js';

/** What happened to a delivery. */
export type DeliveryEvent =
  | { kind: 'received'; id: string; at: number }
  | { kind: 'settled'; id: string; at: number; outcome: Settlement['kind']; status: number | null };

/** Listeners of delivery events. */
export interface DeliveryEvents {
  emit(event: DeliveryEvent): void;
  /** Calls `listener` for every later event, and `onClose` when the relay stops; returns the function that stops it. */
  subscribe(listener: (event: DeliveryEvent) => void, onClose?: () => void): () => void;
  /** The relay is stopping: every `onClose` is called once (live streams end, so the server can close). */
  close(): void;
  /** How many listeners there are now. */
  readonly size: number;
}

/** A new, empty set of listeners. A listener that throws is skipped; the others still hear the event. */
export function createDeliveryEvents(): DeliveryEvents {
  const listeners = new Set<(event: DeliveryEvent) => void>();
  const closers = new Map<(event: DeliveryEvent) => void, () => void>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // A broken listener (a closed stream) must not stop a delivery.
        }
      }
    },
    subscribe(listener, onClose) {
      listeners.add(listener);
      if (onClose) closers.set(listener, onClose);
      return () => {
        listeners.delete(listener);
        closers.delete(listener);
      };
    },
    close() {
      const all = [...closers.values()];
      listeners.clear();
      closers.clear();
      for (const onClose of all) onClose();
    },
    get size() {
      return listeners.size;
    },
  };
}

const statusOf = (s: Settlement): number | null =>
  s.kind === 'delivered' || s.kind === 'failed' ? s.response.status : s.kind === 'uploaded' ? s.status : (s.status ?? null);

/**
 * The same store, reporting to `events` once each write is done: `received` after an enqueue that
 * stored a new delivery (a repeat stores nothing), `settled` after each settle.
 */
export function observeStore(store: DeliveryStore, events: DeliveryEvents): DeliveryStore {
  return {
    ...store,
    async enqueue(...args: Parameters<DeliveryStore['enqueue']>) {
      const result = await store.enqueue(...args);
      if (result.kind === 'created') events.emit({ kind: 'received', id: args[0].id, at: args[0].receivedAt });
      return result;
    },
    async settle(id: string, s: Settlement) {
      await store.settle(id, s);
      events.emit({ kind: 'settled', id, at: s.at, outcome: s.kind, status: statusOf(s) });
    },
  };
}
