/**
 * The Cloudflare Workers entry (`dist/worker/index.js`): fetch + queue handlers.
 * Bindings: GITHUB_API_URL (default https://api.github.com), W2G_GITHUB_TIMEOUT_MS, W2G_MAX_BODY;
 * durable delivery: DISPATCH_QUEUE, W2G_SECRET, SYNC_DEADLINE_MS, MAX_AGE, RETRY_BASE_MS, RETRY_CAP_MS.
 */
import { worker } from './worker.js';

export { configFromEnv, queueSettingsFromEnv, type QueueSettings } from './config.js';
export type { Env } from './env.js';
export { fetchHttpClient } from './http-client.js';
export default worker;
