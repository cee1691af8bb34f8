/**
 * The GitHub calls of one delivery made in a row, for the deliverers without an outbox between
 * them (one attempt per request, and the Workers queue's attempt before answering): the body's
 * git blob first when there is one to store, then the dispatch to the target.
 */
import type { DispatchResult } from '../github/classify.js';
import type { GitHubClient } from '../github/client.js';
import { targetOfJob, type DeliveryJob } from './deliverer.js';

/** The result of the last call made, and which call it was. */
export interface SentNow {
  result: DispatchResult;
  /** `blob`: storing the body failed and no dispatch was made. */
  stage: 'blob' | 'dispatch';
}

/** Deadlines of the two calls (ms). */
export interface SendDeadlines {
  blobMs: number;
  dispatchMs: number;
}

/** Stores the blob (when needed), then dispatches; stops at the first call GitHub did not take. */
export async function sendNow(github: GitHubClient, job: DeliveryJob, deadlines: SendDeadlines): Promise<SentNow> {
  const { owner, repo, authorization } = job;
  const bytes = job.blob?.bytes;
  if (job.blob && bytes) {
    const stored = await github.createBlob({ owner, repo, authorization, bytes, sha: job.blob.ref.sha }, deadlines.blobMs);
    if (stored.kind !== 'delivered') return { result: stored, stage: 'blob' };
  }
  const result = await github.dispatch({ owner, repo, authorization, bodyJson: job.bodyJson, target: targetOfJob(job) }, deadlines.dispatchMs);
  return { result, stage: 'dispatch' };
}
