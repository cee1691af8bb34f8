/**
 * One attempt of a stored delivery, shared by the sync path and the background dispatcher:
 * open the credential, dispatch with the relay's current settings, record the outcome.
 */
import type { DispatchResult } from '../github/classify.js';
import type { GitHubClient } from '../github/client.js';
import type { Clock, Logger } from '../ports.js';
import type { CredentialBox } from './credential-box.js';
import type { Pacer } from './pacer.js';
import type { RetryPolicy } from './retry-policy.js';
import type { Delivery, DeliveryStatus, DeliveryStore } from './store.js';
import { verdictOf } from './verdict.js';
import { callNoteOf } from './history.js';

/** What an attempt needs. */
export interface AttemptDeps {
  store: DeliveryStore;
  box: CredentialBox;
  pacer: Pacer;
  policy: RetryPolicy;
  github: GitHubClient;
  clock: Clock;
  logger: Logger;
}

/** The attempt's dispatch result and the status it left the delivery in. */
export interface AttemptOutcome {
  result: DispatchResult | undefined;
  status: DeliveryStatus;
}

/**
 * The delivery fields an attempt reads. `authorization` is the plaintext when the caller still
 * holds it (the attempt right after the write), so the sealed credential need not be opened.
 */
export type AttemptTarget = Pick<Delivery, 'id' | 'owner' | 'repo' | 'bodyJson' | 'paceKey' | 'credential' | 'attempts' | 'receivedAt'> & {
  authorization?: string;
};

/** Makes one attempt and settles it; never throws for GitHub or network trouble. */
export async function attemptDelivery(d: AttemptTarget, timeoutMs: number, deps: AttemptDeps): Promise<AttemptOutcome> {
  const { store, clock, logger } = deps;
  let authorization: string;
  try {
    if (d.authorization !== undefined) authorization = d.authorization;
    else if (d.credential === null) throw new Error('no credential stored');
    else authorization = await deps.box.open(d.credential, d.id);
  } catch {
    const error = 'the stored credential cannot be decrypted (W2G_SECRET or the key file changed); replay it with a token';
    await store.settle(d.id, { kind: 'dead', at: clock.now(), error });
    logger.error({ id: d.id, repo: `${d.owner}/${d.repo}` }, error);
    return { result: undefined, status: 'dead' };
  }
  const started = clock.now();
  const result = await deps.github.dispatch({ owner: d.owner, repo: d.repo, authorization, bodyJson: d.bodyJson }, timeoutMs);
  const now = clock.now();
  const note = callNoteOf(result, now - started, 'dispatch');
  const attempts = d.attempts + 1;
  // A rate-limited token holds all its deliveries, not just this one.
  if (result.kind === 'retry' && result.reason === 'rate-limited' && result.retryAfterMs !== undefined) deps.pacer.pause(d.paceKey, now + result.retryAfterMs);
  const verdict = verdictOf(result, attempts, d.receivedAt, now, deps.policy);
  const status = verdict.response?.status;
  const log = { id: d.id, repo: `${d.owner}/${d.repo}`, attempts, github_status: status };
  switch (verdict.kind) {
    case 'delivered':
      await store.settle(d.id, { kind: 'delivered', at: now, response: verdict.response, note });
      if (attempts > 1) logger.info(log, 'delivered after retries');
      return { result, status: 'delivered' };
    case 'failed':
      await store.settle(d.id, { kind: 'failed', at: now, response: verdict.response, error: `GitHub answered HTTP ${verdict.response.status}`, note });
      logger.warn(log, 'delivery failed permanently');
      return { result, status: 'failed' };
    case 'dead':
      await store.settle(d.id, { kind: 'dead', at: now, error: verdict.reason, status, note });
      logger.error(log, verdict.reason);
      return { result, status: 'dead' };
    case 'retry':
      await store.settle(d.id, { kind: 'retry', at: now, nextAttemptAt: verdict.at, error: verdict.message, status, note });
      logger.warn({ ...log, reason: verdict.reason, error: verdict.message, retry_in_ms: verdict.at - now }, 'delivery will be retried');
      return { result, status: 'pending' };
  }
}
