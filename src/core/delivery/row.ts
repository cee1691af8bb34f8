/**
 * The outbox's `deliveries` row and its mapping to the port's Delivery: one schema (the Node
 * SQLite driver and the D1 driver share it), so one mapping for both.
 */
import type { HttpResponse } from '../ports.js';
import type { Delivery, DeliveryStatus } from './store.js';

/** One row of the `deliveries` table, as SQLite (better-sqlite3 on Node) and D1 both return it. */
export interface DeliveryRow {
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
  /** Set for a workflow_dispatch delivery (with its ref, null: the default branch). */
  workflow: string | null;
  ref: string | null;
  run_id: number | null;
  run_url: string | null;
  run_html_url: string | null;
  /** Set when the body travels as a git blob. */
  blob_sha: string | null;
  blob_size: number | null;
  blob_sha256: string | null;
  blob_uploaded: number | null;
}

/** A row as the port's Delivery. */
export const toDelivery = (r: DeliveryRow): Delivery => ({
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
  target:
    r.workflow === null
      ? { kind: 'repository_dispatch', eventType: r.event_type }
      : { kind: 'workflow_dispatch', workflow: r.workflow, ...(r.ref !== null ? { ref: r.ref } : {}) },
  blob: r.blob_sha === null ? null : { sha: r.blob_sha, size: r.blob_size ?? 0, sha256: r.blob_sha256 ?? '', uploaded: r.blob_uploaded === 1 },
  run: r.run_id === null ? null : { id: r.run_id, url: r.run_url ?? '', htmlUrl: r.run_html_url ?? '' },
});
