/**
 * The deliverer without a queue: one attempt, reported as is (the public relay's behaviour).
 * Used on Workers without a queue binding, and wherever durability is not configured.
 */
import type { GitHubClient } from '../github/client.js';
import type { Deliverer } from './deliverer.js';

/** One attempt within `timeoutMs` per job. */
export function createDirectDeliverer(github: GitHubClient, timeoutMs: number): Deliverer {
  return {
    async submit(job) {
      const result = await github.dispatch({ owner: job.owner, repo: job.repo, authorization: job.authorization, bodyJson: job.bodyJson }, timeoutMs);
      return { kind: 'attempted', result };
    },
    async health() {
      return { ok: true };
    },
  };
}
