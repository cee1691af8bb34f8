/**
 * One attempt of a stored delivery, shared by the sync path and the background dispatcher:
 * open the credential, make one GitHub call with the relay's current settings, record the outcome.
 * An attempt is one call, paced like any other: a delivery whose body travels as a git blob first
 * has the blob stored (one attempt, settled `uploaded`), then its dispatch sent (the next).
 */
import type { DispatchResult } from '../github/classify.js';
import { runLinkOf, type GitHubClient } from '../github/client.js';
import type { Clock, Logger } from '../ports.js';
import { blobUploadBytes } from '../relay/blob.js';
import type { ByteBudget } from '../relay/byte-budget.js';
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
  /**
   * Memory shared with the request bodies (W2G_MAX_BUFFERED): a blob upload holds the body and
   * its base64 request at once, so it waits for room like a request body does.
   */
  budget?: ByteBudget | undefined;
}

/** The attempt's result and the status it left the delivery in. */
export interface AttemptOutcome {
  result: DispatchResult | undefined;
  status: DeliveryStatus;
  /** Which call the attempt made: storing the body's blob, or the dispatch. */
  step?: 'blob' | 'dispatch';
}

/**
 * The delivery fields an attempt reads. `authorization` is the plaintext when the caller still
 * holds it (the attempt right after the write), so the sealed credential need not be opened;
 * `blobBytes` the body when the caller still holds it, so it need not be read back.
 */
export type AttemptTarget = Pick<Delivery, 'id' | 'owner' | 'repo' | 'bodyJson' | 'paceKey' | 'credential' | 'attempts' | 'receivedAt' | 'target' | 'blob'> & {
  authorization?: string;
  blobBytes?: Uint8Array | undefined;
};

/** Options of one attempt. */
export interface AttemptOptions {
  /** After storing the blob, keep the delivery leased this much longer (the caller sends the dispatch itself). */
  holdLeaseMs?: number;
}

/** Makes one attempt and settles it; never throws for GitHub or network trouble. */
export async function attemptDelivery(d: AttemptTarget, timeoutMs: number, deps: AttemptDeps, opts: AttemptOptions = {}): Promise<AttemptOutcome> {
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
  if (d.blob && !d.blob.uploaded) return storeBlob(d, d.blob, authorization, timeoutMs, deps, opts);
  const started = deps.clock.now();
  const result = await deps.github.dispatch({ owner: d.owner, repo: d.repo, authorization, bodyJson: d.bodyJson, target: d.target }, timeoutMs);
  return { ...(await settleCall(d, result, deps, 'dispatch', deps.clock.now() - started)), step: 'dispatch' };
}

/** The attempt that stores the body's blob; the delivery stays pending for its dispatch. */
async function storeBlob(
  d: AttemptTarget,
  blob: NonNullable<AttemptTarget['blob']>,
  authorization: string,
  timeoutMs: number,
  deps: AttemptDeps,
  opts: AttemptOptions,
): Promise<AttemptOutcome> {
  const { store, clock, logger } = deps;
  const log = { id: d.id, repo: `${d.owner}/${d.repo}`, blob_bytes: blob.size };
  // Only when the bytes must be read back (a caller that holds them holds their memory too), and
  // without waiting: the attempt holds a lease and a pacing slot, so it comes back a second later.
  const reservation = d.blobBytes === undefined ? deps.budget?.tryReserve(blobUploadBytes(blob.size)) : undefined;
  if (d.blobBytes === undefined && deps.budget && !reservation) {
    const result: DispatchResult = {
      kind: 'retry',
      reason: 'busy',
      retryAfterMs: 1000,
      message: 'the relay had no memory free to upload the body as a git blob',
    };
    return { ...(await settleCall(d, result, deps, 'blob', 0)), step: 'blob' };
  }
  try {
    const bytes = d.blobBytes ?? (await store.readBlob(d.id));
    if (bytes === undefined) {
      const error = "the body's bytes are no longer stored, so its git blob cannot be created; the sender must send the webhook again";
      await store.settle(d.id, { kind: 'dead', at: clock.now(), error });
      logger.error(log, error);
      return { result: undefined, status: 'dead', step: 'blob' };
    }
    const started = clock.now();
    const result = await deps.github.createBlob({ owner: d.owner, repo: d.repo, authorization, bytes, sha: blob.sha }, timeoutMs);
    const ms = clock.now() - started;
    if (result.kind !== 'delivered') return { ...(await settleCall(d, result, deps, 'blob', ms)), step: 'blob' };
    await store.settle(d.id, {
      kind: 'uploaded',
      at: clock.now(),
      status: result.response.status,
      leaseUntil: opts.holdLeaseMs !== undefined ? clock.now() + opts.holdLeaseMs : null,
      note: callNoteOf(result, ms, 'blob'),
    });
    return { result, status: 'pending', step: 'blob' };
  } finally {
    reservation?.release();
  }
}

/** Records what GitHub said to one call (the verdict), and returns the status it left. */
async function settleCall(d: AttemptTarget, result: DispatchResult, deps: AttemptDeps, step: 'blob' | 'dispatch', ms: number): Promise<AttemptOutcome> {
  const { store, clock, logger } = deps;
  const now = clock.now();
  const note = callNoteOf(result, ms, step);
  const attempts = d.attempts + 1;
  // A rate-limited token holds all its deliveries, not just this one.
  if (result.kind === 'retry' && result.reason === 'rate-limited' && result.retryAfterMs !== undefined) deps.pacer.pause(d.paceKey, now + result.retryAfterMs);
  const verdict = verdictOf(result, attempts, d.receivedAt, now, deps.policy);
  const status = verdict.response?.status;
  const what = step === 'blob' ? "storing the body's git blob: " : '';
  const log = { id: d.id, repo: `${d.owner}/${d.repo}`, attempts, github_status: status, ...(step === 'blob' ? { step } : {}) };
  switch (verdict.kind) {
    case 'delivered': {
      const run = runLinkOf(verdict.response);
      await store.settle(d.id, { kind: 'delivered', at: now, response: verdict.response, ...(run ? { run } : {}), note });
      if (attempts > 1) logger.info(log, 'delivered after retries');
      return { result, status: 'delivered' };
    }
    case 'failed':
      await store.settle(d.id, { kind: 'failed', at: now, response: verdict.response, error: `${what}GitHub answered HTTP ${verdict.response.status}`, note });
      logger.warn(log, 'delivery failed permanently');
      return { result, status: 'failed' };
    case 'dead':
      await store.settle(d.id, { kind: 'dead', at: now, error: `${what}${verdict.reason}`, status, note });
      logger.error(log, verdict.reason);
      return { result, status: 'dead' };
    case 'retry':
      await store.settle(d.id, { kind: 'retry', at: now, nextAttemptAt: verdict.at, error: `${what}${verdict.message}`, status, note });
      logger.warn({ ...log, reason: verdict.reason, error: verdict.message, retry_in_ms: verdict.at - now }, 'delivery will be retried');
      return { result, status: 'pending' };
  }
}
