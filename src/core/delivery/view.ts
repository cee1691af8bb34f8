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
  /** `repository_dispatch` or `workflow_dispatch`. */
  target: Delivery['target']['kind'];
  /** workflow_dispatch: the workflow file (or id) and the ref asked for (null: the default branch). */
  workflow: string | null;
  ref: string | null;
  /** workflow_dispatch: the run GitHub started (when it said; null before delivery or from a server without run details). */
  run_id: number | null;
  run_url: string | null;
  html_url: string | null;
  /** The body's git blob when it travelled as one: `{sha, size, sha256, uploaded}`. */
  body_ref: { sha: string; size: number; sha256: string; uploaded: boolean } | null;
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
    target: d.target.kind,
    workflow: d.target.kind === 'workflow_dispatch' ? d.target.workflow : null,
    ref: d.target.kind === 'workflow_dispatch' ? (d.target.ref ?? null) : null,
    run_id: d.run?.id ?? null,
    run_url: d.run?.url ?? null,
    html_url: d.run?.htmlUrl ?? null,
    body_ref: d.blob ? { sha: d.blob.sha, size: d.blob.size, sha256: d.blob.sha256, uploaded: d.blob.uploaded } : null,
  };
  if (withRequest) view.request = JSON.parse(d.bodyJson) as unknown;
  return view;
}
