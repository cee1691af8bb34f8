/**
 * One queued delivery, taken from the queue: open the credential, dispatch with the current
 * settings, and say what to do with the message: ack (delivered, failed for good, or dead) or
 * retry after a delay (backoff with full jitter, at least GitHub's `retry-after`).
 */
import { dispatch } from '../github/dispatch.js';
import type { Clock, HttpClient, Logger } from '../ports.js';
import type { CredentialBox } from './credential-box.js';
import { queueDelaySeconds } from './queue-delay.js';
import { parseQueueMessage } from './queue-message.js';
import type { RetryPolicy } from './retry-policy.js';

/** What became of one message: acknowledge it, or hand it back to the queue for later. */
export type QueueVerdict =
  | { kind: 'ack'; status: 'delivered' | 'failed' | 'dead'; githubStatus?: number }
  | { kind: 'retry'; delaySeconds: number };

/** Dependencies of the consumer; `config` is read at each message, so queued work uses current settings. */
export interface QueueConsumerDeps {
  box: CredentialBox | Promise<CredentialBox>;
  policy: RetryPolicy;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  config: { githubApiUrl: string; userAgent: string; githubTimeoutMs: number };
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
  const result = await dispatch(
    { owner: m.owner, repo: m.repo, authorization, bodyJson: m.bodyJson },
    { http: deps.http, clock, apiUrl: deps.config.githubApiUrl, timeoutMs: deps.config.githubTimeoutMs, userAgent: deps.config.userAgent },
  );
  const attempts = Math.max(1, deliveries) + 1;
  const now = clock.now();
  const log = { id: m.id, repo, attempts, github_status: result.response?.status };
  switch (result.kind) {
    case 'delivered':
      logger.info(log, 'delivered after retries');
      return { kind: 'ack', status: 'delivered', githubStatus: result.response.status };
    case 'failed':
      logger.warn(log, 'delivery failed permanently');
      return { kind: 'ack', status: 'failed', githubStatus: result.response.status };
    case 'retry': {
      const decision = deps.policy.next(attempts, result, m.receivedAt, now);
      if (decision.kind === 'dead') {
        logger.error({ ...log, dead: true }, `dead: ${decision.reason}`);
        return { kind: 'ack', status: 'dead', ...(result.response ? { githubStatus: result.response.status } : {}) };
      }
      const delaySeconds = queueDelaySeconds(decision.at, now);
      logger.warn({ ...log, reason: result.reason, retry_in_s: delaySeconds }, 'delivery will be retried');
      return { kind: 'retry', delaySeconds };
    }
  }
}
