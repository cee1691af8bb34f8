/**
 * Durable delivery on Workers, the whole path in one place: the relay makes one attempt within a
 * short deadline; what GitHub could not take now (network, timeout, 5xx, rate limit) goes on a
 * Cloudflare Queue with its credential sealed, and the relay answers 202 queued. The queue
 * consumer opens the credential, dispatches with the current settings, and acks the message or
 * hands it back with a delay, by the same verdict as the Node outbox (`verdictOf`).
 * Nothing is acknowledged that the queue did not accept: a failed send is a 503.
 * Limits: messages ≤ 128 KB (a dispatch body is under 64 KB, so it fits), `delaySeconds` ≤ 12 h.
 * A body too large for the event cannot wait in a message: its git blob is stored before the
 * answer (one call within the GitHub timeout), and only when GitHub took it is the dispatch (with
 * `body_ref`) queued; when it did not, the sender gets GitHub's answer and nothing is kept.
 * https://developers.cloudflare.com/queues/platform/limits/
 */
import { RelayError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { Clock, Logger } from '../ports.js';
import type { CredentialBox } from './credential-box.js';
import type { Target } from '../relay/target.js';
import { targetOfJob, type Deliverer, type DeliveryJob, type SubmitOutcome } from './deliverer.js';
import { sendNow } from './send-now.js';
import type { RetryPolicy } from './retry-policy.js';
import { verdictOf } from './verdict.js';

// ── The message ─────────────────────────────────────────────────────────────────────────────

/**
 * Version of the message format, so a later relay can read (or refuse) what an older one sent:
 * 1 is a repository_dispatch; 2 a workflow_dispatch (`workflow`, `ref`), which a consumer that
 * knows only 1 refuses instead of sending it as the wrong event.
 */
export const QUEUE_MESSAGE_VERSION = 1;
export const WORKFLOW_MESSAGE_VERSION = 2;

/** One queued delivery (plain JSON: survives the queue's structured clone as is). */
export interface QueueMessage {
  v: typeof QUEUE_MESSAGE_VERSION | typeof WORKFLOW_MESSAGE_VERSION;
  /** v2: the workflow file (or id) to run, and its ref (absent: the default branch). */
  workflow?: string;
  ref?: string;
  id: string;
  owner: string;
  repo: string;
  eventType: string;
  /** Serialized `{event_type, client_payload}` exactly as it will be POSTed. */
  bodyJson: string;
  /** Epoch ms when the relay accepted the request; the maximum age counts from here. */
  receivedAt: number;
  /** The `Authorization` value sealed by a CredentialBox for `id` (`v1.<base64>`). */
  credential: string;
  replayOf?: string;
}

/** Builds the message of a job whose credential is already sealed. */
export function toQueueMessage(job: DeliveryJob, credential: string): QueueMessage {
  const target = targetOfJob(job);
  return {
    ...(target.kind === 'workflow_dispatch'
      ? { v: WORKFLOW_MESSAGE_VERSION, workflow: target.workflow, ...(target.ref !== undefined ? { ref: target.ref } : {}) }
      : { v: QUEUE_MESSAGE_VERSION }),
    id: job.id,
    owner: job.owner,
    repo: job.repo,
    eventType: job.eventType,
    bodyJson: job.bodyJson,
    receivedAt: job.receivedAt,
    credential,
    ...(job.replayOf !== undefined ? { replayOf: job.replayOf } : {}),
  };
}

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** The message when `body` is a well-formed QueueMessage, else undefined (never throws). */
export function parseQueueMessage(body: unknown): QueueMessage | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const m = body as Record<string, unknown>;
  if (m.v !== QUEUE_MESSAGE_VERSION && m.v !== WORKFLOW_MESSAGE_VERSION) return undefined;
  if (m.v === WORKFLOW_MESSAGE_VERSION && (!isString(m.workflow) || (m.ref !== undefined && !isString(m.ref)))) return undefined;
  if (!isString(m.id) || !isString(m.owner) || !isString(m.repo) || !isString(m.eventType)) return undefined;
  if (!isString(m.bodyJson) || !isString(m.credential)) return undefined;
  if (typeof m.receivedAt !== 'number' || !Number.isFinite(m.receivedAt)) return undefined;
  if (m.replayOf !== undefined && !isString(m.replayOf)) return undefined;
  return {
    ...(m.v === WORKFLOW_MESSAGE_VERSION
      ? { v: WORKFLOW_MESSAGE_VERSION, workflow: m.workflow as string, ...(m.ref !== undefined ? { ref: m.ref as string } : {}) }
      : { v: QUEUE_MESSAGE_VERSION }),
    id: m.id,
    owner: m.owner,
    repo: m.repo,
    eventType: m.eventType,
    bodyJson: m.bodyJson,
    receivedAt: m.receivedAt,
    credential: m.credential,
    ...(m.replayOf !== undefined ? { replayOf: m.replayOf } : {}),
  };
}

// ── Delays ──────────────────────────────────────────────────────────────────────────────────

/** Largest `delaySeconds` Cloudflare Queues accepts (12 h). https://developers.cloudflare.com/queues/configuration/batching-retries/#delay-messages */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;

/** Whole seconds from `now` until `at`, rounded up (never earlier than GitHub asked), clamped to [0, 12 h]. */
export function queueDelaySeconds(at: number, now: number): number {
  return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, Math.ceil((at - now) / 1000)));
}

// ── The producer: the relay's deliverer ────────────────────────────────────────────────────

/** Puts one message on the queue, to be delivered after `delaySeconds`; rejects when it was not stored. */
export type QueueSend = (message: QueueMessage, delaySeconds: number) => Promise<void>;

/** Dependencies of the queue deliverer. */
export interface QueueDelivererDeps {
  send: QueueSend;
  /** Seals credentials; a promise is fine (deriving the keys is async, the app is built sync). */
  box: CredentialBox | Promise<CredentialBox>;
  policy: RetryPolicy;
  github: GitHubClient;
  clock: Clock;
  logger: Logger;
  /** Deadline of the attempt made before answering (ms). */
  syncDeadlineMs: number;
  /** Deadline of storing a body's git blob before answering (ms; default `syncDeadlineMs`). */
  blobTimeoutMs?: number;
}

/** The target of a queued message. */
export function targetOfMessage(m: QueueMessage): Target {
  return m.v === WORKFLOW_MESSAGE_VERSION && m.workflow !== undefined
    ? { kind: 'workflow_dispatch', workflow: m.workflow, ...(m.ref !== undefined ? { ref: m.ref } : {}) }
    : { kind: 'repository_dispatch', eventType: m.eventType };
}

/** Creates the queue deliverer. */
export function createQueueDeliverer(deps: QueueDelivererDeps): Deliverer {
  const { clock, logger } = deps;

  async function enqueue(job: DeliveryJob, delaySeconds: number): Promise<void> {
    try {
      const box = await deps.box;
      const credential = await box.seal(job.authorization, job.id);
      await deps.send(toQueueMessage(job, credential), delaySeconds);
    } catch (err) {
      logger.error({ id: job.id, repo: `${job.owner}/${job.repo}`, err: err instanceof Error ? err.message : String(err) }, 'cannot queue delivery');
      throw new RelayError(503, 'queue_unavailable', 'The relay cannot queue webhooks right now, so this one was not accepted. Retry later.');
    }
  }

  return {
    async submit(job: DeliveryJob): Promise<SubmitOutcome> {
      const sent = await sendNow(deps.github, job, { blobMs: deps.blobTimeoutMs ?? deps.syncDeadlineMs, dispatchMs: deps.syncDeadlineMs });
      const result = sent.result;
      // The body's bytes cannot wait in a message (128 KB at most): whatever became of storing
      // them is the answer, and nothing is queued.
      if (sent.stage === 'blob') return { kind: 'attempted', result };
      const now = clock.now();
      const verdict = verdictOf(result, 1, job.receivedAt, now, deps.policy);
      // Delivered, failed for good, or past the maximum age already (a tiny MAX_AGE or a long
      // retry-after): answer as without a queue.
      if (verdict.kind !== 'retry') return { kind: 'attempted', result };
      await enqueue(job, queueDelaySeconds(verdict.at, now));
      logger.warn(
        {
          id: job.id,
          repo: `${job.owner}/${job.repo}`,
          reason: verdict.reason,
          error: verdict.message,
          github_status: verdict.response?.status,
          retry_in_ms: verdict.at - now,
        },
        'delivery queued',
      );
      return { kind: 'queued', id: job.id };
    },
    async health() {
      // Queues exposes no backlog numbers to the Worker; accepting work needs only the binding.
      return { ok: true };
    },
  };
}

// ── The consumer ────────────────────────────────────────────────────────────────────────────

/** What became of one message: acknowledge it, or hand it back to the queue for later. */
export type QueueVerdict = { kind: 'ack'; status: 'delivered' | 'failed' | 'dead'; githubStatus?: number } | { kind: 'retry'; delaySeconds: number };

/** Dependencies of the consumer. */
export interface QueueConsumerDeps {
  box: CredentialBox | Promise<CredentialBox>;
  policy: RetryPolicy;
  github: GitHubClient;
  clock: Clock;
  logger: Logger;
  githubTimeoutMs: number;
}

/**
 * Handles one message body. `deliveries` is the queue's count of deliveries of this message,
 * this one included (`msg.attempts`, from 1); the relay's own attempt before queueing adds one.
 * Never throws for GitHub trouble or a bad message (a bad message is acked as dead).
 */
export async function consumeQueueMessage(body: unknown, deliveries: number, deps: QueueConsumerDeps): Promise<QueueVerdict> {
  const { clock, logger } = deps;
  const m = parseQueueMessage(body);
  if (!m) {
    logger.error({ dead: true }, 'dead: the queue message is not a webhook2github delivery; dropped');
    return { kind: 'ack', status: 'dead' };
  }
  const repo = `${m.owner}/${m.repo}`;
  let authorization: string;
  try {
    authorization = await (await deps.box).open(m.credential, m.id);
  } catch {
    logger.error({ id: m.id, repo, dead: true }, 'dead: the queued credential cannot be decrypted (W2G_SECRET changed?)');
    return { kind: 'ack', status: 'dead' };
  }
  const result = await deps.github.dispatch(
    { owner: m.owner, repo: m.repo, authorization, bodyJson: m.bodyJson, target: targetOfMessage(m) },
    deps.githubTimeoutMs,
  );
  const attempts = Math.max(1, deliveries) + 1;
  const now = clock.now();
  const verdict = verdictOf(result, attempts, m.receivedAt, now, deps.policy);
  const githubStatus = verdict.response?.status;
  const log = { id: m.id, repo, attempts, github_status: githubStatus };
  switch (verdict.kind) {
    case 'delivered':
      logger.info(log, 'delivered after retries');
      return { kind: 'ack', status: 'delivered', githubStatus: verdict.response.status };
    case 'failed':
      logger.warn(log, 'delivery failed permanently');
      return { kind: 'ack', status: 'failed', githubStatus: verdict.response.status };
    case 'dead':
      logger.error({ ...log, dead: true }, `dead: ${verdict.reason}`);
      return { kind: 'ack', status: 'dead', ...(githubStatus !== undefined ? { githubStatus } : {}) };
    case 'retry': {
      const delaySeconds = queueDelaySeconds(verdict.at, now);
      logger.warn({ ...log, reason: verdict.reason, error: verdict.message, retry_in_s: delaySeconds }, 'delivery will be retried');
      return { kind: 'retry', delaySeconds };
    }
  }
}
