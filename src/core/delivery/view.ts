/**
 * The public shape of a stored delivery (admin API, CLI): never the credential or pace key.
 */
import type { Delivery } from './store.js';

/** A delivery as shown to operators. */
export interface DeliveryView {
  id: string;
  repo: string;
  event_type: string;
  status: Delivery['status'];
  attempts: number;
  received_at: string;
  /** When the next attempt is due (pending only). */
  next_attempt_at: string | null;
  settled_at: string | null;
  last_status: number | null;
  last_error: string | null;
  dedupe_key: string | null;
  replay_of: string | null;
  /** GitHub's first final answer (status and body). */
  response: { status: number; body: string } | null;
  /** The dispatch body `{event_type, client_payload}` (detail view only). */
  request?: unknown;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Converts a stored delivery for output; `withRequest` adds the stored dispatch body. */
export function deliveryView(d: Delivery, withRequest = false): DeliveryView {
  const view: DeliveryView = {
    id: d.id,
    repo: `${d.owner}/${d.repo}`,
    event_type: d.eventType,
    status: d.status,
    attempts: d.attempts,
    received_at: new Date(d.receivedAt).toISOString(),
    next_attempt_at: d.status === 'pending' ? iso(d.nextAttemptAt) : null,
    settled_at: iso(d.settledAt),
    last_status: d.lastStatus,
    last_error: d.lastError,
    dedupe_key: d.dedupeKey,
    replay_of: d.replayOf,
    response: d.response ? { status: d.response.status, body: d.response.body } : null,
  };
  if (withRequest) view.request = JSON.parse(d.bodyJson) as unknown;
  return view;
}
