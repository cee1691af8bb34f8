/**
 * The DeliveryStore port: the durable outbox behind the durable deliverer. One small interface,
 * one driver per backend (memory, SQLite), one contract suite (test/delivery/store-contract.ts)
 * that every driver passes.
 */
import type { BodyRef } from '../contract.js';
import type { RunLink } from '../github/client.js';
import type { HttpResponse } from '../ports.js';
import type { Target } from '../relay/target.js';
import type { QueueHealth } from './deliverer.js';
import type { AttemptRecord, CallNote } from './history.js';

/** The body's git blob (`body_ref`), and whether it is stored in the repository yet. */
export interface DeliveryBlob extends BodyRef {
  uploaded: boolean;
}

/** Where a delivery stands. Only `pending` is ever attempted again. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dead';

/** All statuses, for validation of filters. */
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed', 'dead'];

/** A stored delivery: the request to send, where it stands, and what GitHub said. */
export interface Delivery {
  id: string;
  owner: string;
  repo: string;
  eventType: string;
  /** The serialized `{event_type, client_payload}` exactly as POSTed. */
  bodyJson: string;
  /** Pacing key: a keyed hash of the credential, never the credential. */
  paceKey: string;
  /** The sealed (AES-256-GCM) `Authorization` value; null once the delivery has ended. */
  credential: string | null;
  /** Repo-namespaced provider delivery id, when the request carried one. */
  dedupeKey: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** Epoch ms the relay accepted the request. */
  receivedAt: number;
  /** Epoch ms of the next attempt (meaningful while pending). */
  nextAttemptAt: number;
  /** Epoch ms until which a worker holds the delivery; null when free. */
  leaseUntil: number | null;
  lastError: string | null;
  lastStatus: number | null;
  /** The first final answer from GitHub (delivered or failed); repeats answer like it. */
  response: HttpResponse | null;
  replayOf: string | null;
  /** Epoch ms the delivery ended (delivered, failed, dead); null while pending. */
  settledAt: number | null;
  /** Where it goes. */
  target: Target;
  /** The body's blob when the envelope carries a `body_ref`; null otherwise. */
  blob: DeliveryBlob | null;
  /** The run a delivered workflow_dispatch started, when GitHub said; null otherwise. */
  run: RunLink | null;
}

/** What `enqueue` needs; the rest starts at its initial value. */
export interface NewDelivery {
  id: string;
  owner: string;
  repo: string;
  eventType: string;
  bodyJson: string;
  paceKey: string;
  credential: string;
  dedupeKey?: string | undefined;
  receivedAt: number;
  replayOf?: string | undefined;
  nextAttemptAt: number;
  /** Held from the start (the sync attempt), so no background worker picks it up meanwhile. */
  leaseUntil?: number | undefined;
  /** Where it goes (default: repository_dispatch of `eventType`). */
  target?: Target | undefined;
  /**
   * The body's blob: its `body_ref`, and the bytes to store before the dispatch (kept by the store
   * until the blob is stored); no bytes means the blob is in the repository already.
   */
  blob?: { ref: BodyRef; bytes?: Uint8Array | undefined } | undefined;
}

/** Result of enqueue: stored, or a repeat of a stored delivery within the dedupe window. */
export type EnqueueResult = { kind: 'created' } | { kind: 'duplicate'; existing: Delivery };

/**
 * How an attempt ended, as recorded by `settle`. Every settle counts one attempt. `uploaded`: the
 * body's blob is stored; the delivery stays pending, due at once, its bytes no longer kept, and
 * leased until `leaseUntil` when the caller goes on to the dispatch itself (else free).
 */
export type Settlement = (
  | { kind: 'uploaded'; at: number; status: number; leaseUntil: number | null }
  | { kind: 'delivered'; at: number; response: HttpResponse; run?: RunLink | undefined }
  | { kind: 'retry'; at: number; nextAttemptAt: number; error: string; status?: number | undefined }
  | { kind: 'failed'; at: number; response: HttpResponse; error: string }
  | { kind: 'dead'; at: number; error: string; status?: number | undefined }
) & {
  /** What the call returned beyond the outcome (request id, GitHub's message, duration), for the attempt history. */
  note?: CallNote | undefined;
};

/** Options of `claimDue`. */
export interface ClaimOptions {
  now: number;
  /** The lease taken on each claimed delivery, in ms. */
  leaseMs: number;
  /** Most deliveries to claim. */
  limit: number;
  /** Most deliveries per pace key in this claim (arrival order within a key). */
  perKey?: number | undefined;
  /** Pace keys not to claim now (their token is saturated). */
  skipKeys?: readonly string[] | undefined;
}

/** Filter and page of `list`; newest first. */
export interface ListQuery {
  status?: DeliveryStatus | undefined;
  /** `owner/repo`, case-insensitive. */
  repo?: string | undefined;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** One page of `list`. */
export interface ListPage {
  deliveries: Delivery[];
  /** Cursor of the next page; null on the last page. */
  next: string | null;
}

/** Queue numbers plus whether the store can take writes. */
export interface StoreStats extends QueueHealth {
  /** False after a write failed (until a later write succeeds). */
  writable: boolean;
}

/** The durable outbox. Drivers: memory-store (core), sqlite-store (Node). */
export interface DeliveryStore {
  /**
   * Stores a new pending delivery, durably, before resolving. When `dedupeKey` is set and a
   * pending or delivered delivery with the same key was received at or after `dedupeSince`,
   * stores nothing and returns that one (atomically: two concurrent repeats cannot both be
   * created). A failed or dead delivery never stands for a repeat: the repeat is stored anew.
   */
  enqueue(d: NewDelivery, dedupeSince: number): Promise<EnqueueResult>;
  /** The newest pending or delivered delivery with this dedupe key received at or after `since`. */
  findByDedupeKey(dedupeKey: string, since: number): Promise<Delivery | undefined>;
  /** Leases due pending deliveries (next attempt reached, no live lease), oldest arrival first. */
  claimDue(opts: ClaimOptions): Promise<Delivery[]>;
  /** Drops the lease without an attempt (e.g. the token had no pacing slot). */
  release(ids: readonly string[]): Promise<void>;
  /** Records an attempt's outcome; ending states erase the credential. Ignored unless pending. */
  settle(id: string, s: Settlement): Promise<void>;
  /**
   * The body bytes of a delivery whose blob is not stored in the repository yet; undefined once it
   * is (or when the delivery has no blob). Kept after a delivery failed, for a replay.
   */
  readBlob(id: string): Promise<Uint8Array | undefined>;
  /** Epoch ms of the earliest next attempt among pending deliveries not in `skipKeys`, if any. */
  nextDueAt(skipKeys?: readonly string[]): Promise<number | undefined>;
  get(id: string): Promise<Delivery | undefined>;
  /**
   * Optional capability: every attempt of a delivery, oldest first (one record per `settle`, see
   * history.ts). Drivers without it show only the last status and error.
   */
  attemptsOf?(id: string): Promise<AttemptRecord[]>;
  list(q: ListQuery): Promise<ListPage>;
  /** Deletes ended deliveries settled before `before`; returns how many. */
  purge(before: number): Promise<number>;
  stats(now: number): Promise<StoreStats>;
  close(): Promise<void>;
}

/** Default and largest page size of `list`. */
export const LIST_DEFAULT_LIMIT = 50;
export const LIST_MAX_LIMIT = 500;

/** Clamps a requested page size. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit) || limit < 1) return LIST_DEFAULT_LIMIT;
  return Math.min(Math.floor(limit), LIST_MAX_LIMIT);
}

/** The settled fields a Settlement implies (shared by drivers). */
export function settledFields(s: Settlement): {
  status: DeliveryStatus;
  nextAttemptAt: number | null;
  lastError: string | null;
  lastStatus: number | null;
  response: HttpResponse | null;
  ended: boolean;
} {
  switch (s.kind) {
    case 'uploaded':
      return { status: 'pending', nextAttemptAt: s.at, lastError: null, lastStatus: s.status, response: null, ended: false };
    case 'delivered':
      return { status: 'delivered', nextAttemptAt: null, lastError: null, lastStatus: s.response.status, response: s.response, ended: true };
    case 'failed':
      return { status: 'failed', nextAttemptAt: null, lastError: s.error, lastStatus: s.response.status, response: s.response, ended: true };
    case 'dead':
      return { status: 'dead', nextAttemptAt: null, lastError: s.error, lastStatus: s.status ?? null, response: null, ended: true };
    case 'retry':
      return { status: 'pending', nextAttemptAt: s.nextAttemptAt, lastError: s.error, lastStatus: s.status ?? null, response: null, ended: false };
  }
}
