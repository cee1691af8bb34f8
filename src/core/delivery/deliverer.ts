/**
 * The Deliverer port: how the relay hands a built dispatch to whatever delivers it. The direct
 * deliverer makes one attempt and reports it; the durable one (Node + SQLite, Workers + Queues)
 * persists first and may answer `queued`.
 */
import type { DispatchResult } from '../github/classify.js';
import type { HttpResponse } from '../ports.js';

/** One webhook turned into a dispatch, ready to send. */
export interface DeliveryJob {
  /** Delivery id (also `client_payload.id`). */
  id: string;
  owner: string;
  repo: string;
  eventType: string;
  /** Serialized `{event_type, client_payload}` exactly as it will be POSTed. */
  bodyJson: string;
  /** `Authorization` header value for GitHub. A secret: never log or store it in clear. */
  authorization: string;
  /** Provider delivery id used to suppress repeats (x-github-delivery, webhook-id, …). */
  dedupeKey?: string;
  /** Epoch ms when the relay accepted the request. */
  receivedAt: number;
  /** Set on replays: the delivery this one repeats. */
  replayOf?: string;
}

/** What the relay learns from submitting a job. */
export type SubmitOutcome =
  /** One attempt was made now; its result decides the answer. */
  | { kind: 'attempted'; result: DispatchResult }
  /** Stored; it will be delivered in the background. */
  | { kind: 'queued'; id: string }
  /** A repeat of an earlier delivery (same dedupe key within the window); nothing dispatched. */
  | { kind: 'duplicate'; id: string; pending: boolean; response?: HttpResponse };

/** Queue numbers for `/healthz`. */
export interface QueueHealth {
  pending: number;
  oldest_pending_age_s: number;
  dead: number;
}

export interface Deliverer {
  submit(job: DeliveryJob): Promise<SubmitOutcome>;
  /**
   * Whether new work can be accepted and is moving, with queue numbers when there is a queue and
   * what is wrong when it is not ok.
   */
  health(): Promise<{ ok: boolean; queue?: QueueHealth; problem?: string }>;
}
