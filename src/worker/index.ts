/**
 * The Cloudflare Workers entry (`dist/worker/index.js`): the fetch, queue and scheduled handlers,
 * and the CredentialLane Durable Object class.
 * Bindings: GITHUB_API_URL (default https://api.github.com), W2G_GITHUB_TIMEOUT_MS, W2G_MAX_BODY;
 * queued retries: DISPATCH_QUEUE, W2G_SECRET, W2G_SYNC_DEADLINE_MS, W2G_MAX_AGE, W2G_RETRY_*;
 * the delivery log and credential lanes: DELIVERIES (D1), LANES (Durable Objects), optionally
 * DEAD_LETTER_QUEUE and SEAL_RATE_LIMIT (README "Deploying to Cloudflare Workers").
 */
import { worker } from './worker.js';

export { configFromEnv, queueSettingsFromEnv, type QueueSettings } from './config.js';
export type { Env } from './env.js';
export { fetchHttpClient } from './http-client.js';
// The Durable Object class of the credential lanes (wrangler.toml [[durable_objects.bindings]]).
export { CredentialLane } from './lane.js';
export default worker;
