/**
 * The outbox schema (idempotent: safe on every start) and the mapping of its rows to Delivery.
 */
import type { HttpResponse } from '../core/ports.js';
import type { Delivery, DeliveryStatus } from '../core/delivery/store.js';

/** Tables and indexes; `IF NOT EXISTS` everywhere so opening an existing outbox changes nothing. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  owner TEXT NOT NULL,
  repo TEXT NOT NULL,
  repo_key TEXT NOT NULL,
  event_type TEXT NOT NULL,
  body_json TEXT NOT NULL,
  pace_key TEXT NOT NULL,
  credential TEXT,
  dedupe_key TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  received_at INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  lease_until INTEGER,
  last_error TEXT,
  last_status INTEGER,
  response TEXT,
  replay_of TEXT,
  settled_at INTEGER
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries(next_attempt_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS deliveries_dedupe ON deliveries(dedupe_key, received_at) WHERE dedupe_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries(status, seq);
CREATE INDEX IF NOT EXISTS deliveries_repo ON deliveries(repo_key, seq);
CREATE INDEX IF NOT EXISTS deliveries_settled ON deliveries(settled_at) WHERE settled_at IS NOT NULL;
`;

/** One row of `deliveries` as better-sqlite3 returns it. */
export interface DbRow {
  seq: number;
  id: string;
  owner: string;
  repo: string;
  event_type: string;
  body_json: string;
  pace_key: string;
  credential: string | null;
  dedupe_key: string | null;
  status: DeliveryStatus;
  attempts: number;
  received_at: number;
  next_attempt_at: number;
  lease_until: number | null;
  last_error: string | null;
  last_status: number | null;
  response: string | null;
  replay_of: string | null;
  settled_at: number | null;
}

/** A row as the port's Delivery. */
export const toDelivery = (r: DbRow): Delivery => ({
  id: r.id,
  owner: r.owner,
  repo: r.repo,
  eventType: r.event_type,
  bodyJson: r.body_json,
  paceKey: r.pace_key,
  credential: r.credential,
  dedupeKey: r.dedupe_key,
  status: r.status,
  attempts: r.attempts,
  receivedAt: r.received_at,
  nextAttemptAt: r.next_attempt_at,
  leaseUntil: r.lease_until,
  lastError: r.last_error,
  lastStatus: r.last_status,
  response: r.response === null ? null : (JSON.parse(r.response) as HttpResponse),
  replayOf: r.replay_of,
  settledAt: r.settled_at,
});
