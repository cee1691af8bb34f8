/**
 * Converts a retry time into the whole seconds a queue accepts: rounded up (never earlier than
 * GitHub asked), at most 12 hours (Cloudflare Queues' limit for `delaySeconds`).
 * https://developers.cloudflare.com/queues/configuration/batching-retries/#delay-messages
 */

/** Largest `delaySeconds` Cloudflare Queues accepts. */
export const MAX_QUEUE_DELAY_SECONDS = 43_200;

/** Whole seconds from `now` until `at`, clamped to [0, 12 h]. */
export function queueDelaySeconds(at: number, now: number): number {
  return Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, Math.ceil((at - now) / 1000)));
}
