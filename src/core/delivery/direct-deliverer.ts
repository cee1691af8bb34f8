/**
 * The deliverer without a queue: one attempt, reported as is (the public relay's behaviour).
 * Used on Workers without a queue binding, and wherever durability is not configured.
 */
import type { GitHubClient } from '../github/client.js';
import type { Deliverer } from './deliverer.js';
import { sendNow } from './send-now.js';

/**
 * One attempt per job: the body's blob (when it has one) then the dispatch, each within
 * `timeoutMs`; the first call GitHub does not take is the answer.
 */
export function createDirectDeliverer(github: GitHubClient, timeoutMs: number): Deliverer {
  return {
    async submit(job) {
      const { result } = await sendNow(github, job, { blobMs: timeoutMs, dispatchMs: timeoutMs });
      return { kind: 'attempted', result };
    },
    async health() {
      return { ok: true };
    },
  };
}
