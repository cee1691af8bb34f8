/**
 * The Deliverer for Workers with a queue: one attempt within a short deadline; what GitHub could
 * not take now (network, timeout, 5xx, rate limit) goes on the queue with its credential sealed,
 * and the relay answers 202 queued. Nothing is acknowledged that the queue did not accept: a
 * failed send is a 503, so the sender keeps the webhook and retries.
 */
import { RelayError } from '../errors.js';
import { dispatch } from '../github/dispatch.js';
import type { Clock, HttpClient, Logger } from '../ports.js';
import type { CredentialBox } from './credential-box.js';
import type { Deliverer, DeliveryJob, SubmitOutcome } from './deliverer.js';
import { queueDelaySeconds } from './queue-delay.js';
import { toQueueMessage, type QueueMessage } from './queue-message.js';
import type { RetryPolicy } from './retry-policy.js';

/** Puts one message on the queue, to be delivered after `delaySeconds`; rejects when it was not stored. */
export type QueueSend = (message: QueueMessage, delaySeconds: number) => Promise<void>;

/** Dependencies of the queue deliverer. */
export interface QueueDelivererDeps {
  send: QueueSend;
  /** Seals credentials; a promise is fine (deriving the keys is async, the app is built sync). */
  box: CredentialBox | Promise<CredentialBox>;
  policy: RetryPolicy;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  config: {
    githubApiUrl: string;
    userAgent: string;
    /** Deadline of the attempt made before answering (ms). */
    syncDeadlineMs: number;
  };
}

/** Creates the queue deliverer. */
export function createQueueDeliverer(deps: QueueDelivererDeps): Deliverer {
  const { clock, config, logger } = deps;

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
      const result = await dispatch(
        { owner: job.owner, repo: job.repo, authorization: job.authorization, bodyJson: job.bodyJson },
        { http: deps.http, clock, apiUrl: config.githubApiUrl, timeoutMs: config.syncDeadlineMs, userAgent: config.userAgent },
      );
      if (result.kind !== 'retry') return { kind: 'attempted', result };
      const now = clock.now();
      const decision = deps.policy.next(1, result, job.receivedAt, now);
      // Past the maximum age already (a tiny MAX_AGE or a long retry-after): answer as without a queue.
      if (decision.kind === 'dead') return { kind: 'attempted', result };
      await enqueue(job, queueDelaySeconds(decision.at, now));
      logger.warn(
        { id: job.id, repo: `${job.owner}/${job.repo}`, reason: result.reason, github_status: result.response?.status, retry_in_ms: decision.at - now },
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
