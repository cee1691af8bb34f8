/**
 * The deliverer without a queue: one attempt, reported as is (the public relay's behaviour).
 * Used on Workers without a queue binding, and wherever durability is not configured.
 */
import type { RelayConfig } from '../config.js';
import { dispatch } from '../github/dispatch.js';
import type { Clock, HttpClient } from '../ports.js';
import type { Deliverer } from './deliverer.js';

export function createDirectDeliverer(config: RelayConfig, ports: { http: HttpClient; clock: Clock }): Deliverer {
  return {
    async submit(job) {
      const result = await dispatch(
        { owner: job.owner, repo: job.repo, authorization: job.authorization, bodyJson: job.bodyJson },
        { http: ports.http, clock: ports.clock, apiUrl: config.githubApiUrl, timeoutMs: config.githubTimeoutMs, userAgent: config.userAgent },
      );
      return { kind: 'attempted', result };
    },
    async health() {
      return { ok: true };
    },
  };
}
