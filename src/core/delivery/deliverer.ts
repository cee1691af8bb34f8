/**
 * The Deliverer port: how the relay hands a built dispatch to whatever delivers it. The direct
 * deliverer makes one attempt and reports it; the durable one (Node + SQLite, Workers + Queues)
 * persists first and may answer `queued`.
 */
import type { BodyRef } from '../contract.js';
import type { DispatchResult } from '../github/classify.js';
import type { HttpResponse } from '../ports.js';
import type { Target } from '../relay/target.js';

/**
 * A body that travels as a git blob: its `body_ref`, and its bytes while the blob is still to be
 * stored (absent when it already is, e.g. the replay of a delivered delivery).
 */
export interface JobBlob {
  ref: BodyRef;
  bytes?: Uint8Array | undefined;
  /**
   * The memory the bytes hold is the request's, let go when `submit` returns. A deliverer whose
   * attempt goes on using the bytes after it answered claims it, and calls what this returns
   * when the attempt ends.
   */
  claim?: (() => () => void) | undefined;
}

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
  /** Where it goes; absent means repository_dispatch with `eventType`. */
  target?: Target | undefined;
  /** The body's blob, when the envelope carries a `body_ref`. */
  blob?: JobBlob | undefined;
}

/** The target of a job (a job without one is a repository_dispatch of its `eventType`). */
export function targetOfJob(job: Pick<DeliveryJob, 'target' | 'eventType'>): Target {
  return job.target ?? { kind: 'repository_dispatch', eventType: job.eventType };
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
