/**
 * One attempt of a stored delivery, shared by the sync path and the background dispatcher:
 * open the credential, dispatch with the relay's current settings, record the outcome.
 */
import type { RelayConfig } from '../config.js';
import { dispatch } from '../github/dispatch.js';
import type { DispatchResult } from '../github/classify.js';
import type { Clock, HttpClient, Logger } from '../ports.js';
import type { CredentialBox } from './credential-box.js';
import type { Pacer } from './pacer.js';
import type { RetryPolicy } from './retry-policy.js';
import type { Delivery, DeliveryStatus, DeliveryStore } from './store.js';

/** What an attempt needs. `config` is read at each attempt, so pending work uses current settings. */
export interface AttemptDeps {
  store: DeliveryStore;
  box: CredentialBox;
  pacer: Pacer;
  policy: RetryPolicy;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  config: Pick<RelayConfig, 'githubApiUrl' | 'userAgent'>;
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
  const result = await dispatch(
    { owner: d.owner, repo: d.repo, authorization, bodyJson: d.bodyJson },
    { http: deps.http, clock, apiUrl: deps.config.githubApiUrl, timeoutMs, userAgent: deps.config.userAgent },
  );
  const now = clock.now();
  const attempts = d.attempts + 1;
  const log = { id: d.id, repo: `${d.owner}/${d.repo}`, attempts, github_status: result.kind === 'retry' ? result.response?.status : result.response.status };
  switch (result.kind) {
    case 'delivered':
      await store.settle(d.id, { kind: 'delivered', at: now, response: result.response });
      if (attempts > 1) logger.info(log, 'delivered after retries');
      return { result, status: 'delivered' };
    case 'failed':
      await store.settle(d.id, { kind: 'failed', at: now, response: result.response, error: `GitHub answered HTTP ${result.response.status}` });
      logger.warn(log, 'delivery failed permanently');
      return { result, status: 'failed' };
    case 'retry': {
      // A rate-limited token holds all its deliveries, not just this one.
      if (result.reason === 'rate-limited' && result.retryAfterMs !== undefined) deps.pacer.pause(d.paceKey, now + result.retryAfterMs);
      const decision = deps.policy.next(attempts, result, d.receivedAt, now);
      const status = result.response?.status;
      if (decision.kind === 'dead') {
        await store.settle(d.id, { kind: 'dead', at: now, error: decision.reason, status });
        logger.error(log, decision.reason);
        return { result, status: 'dead' };
      }
      await store.settle(d.id, { kind: 'retry', at: now, nextAttemptAt: decision.at, error: result.message, status });
      logger.warn({ ...log, reason: result.reason, retry_in_ms: decision.at - now }, 'delivery will be retried');
      return { result, status: 'pending' };
    }
  }
}
