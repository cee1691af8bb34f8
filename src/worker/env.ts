/**
 * The Worker's bindings and the slice of the Queues runtime API it uses, typed here so the
 * build needs no @cloudflare/workers-types.
 * https://developers.cloudflare.com/queues/configuration/javascript-apis/
 */

import type { D1Database, DurableObjectNamespace, RateLimitBinding } from './cloudflare.js';

/** Options of `Queue.send`. */
export interface QueueSendOptions {
  contentType?: 'json' | 'text' | 'bytes' | 'v8';
  delaySeconds?: number;
}

/** A queue producer binding. */
export interface QueueProducer {
  send(body: unknown, options?: QueueSendOptions): Promise<void>;
}

/** One message of a batch given to the `queue` handler. */
export interface QueueMessageHandle {
  readonly id: string;
  /** How many times this message has been delivered to a consumer, this time included (from 1). */
  readonly attempts: number;
  readonly body: unknown;
  ack(): void;
  retry(options?: { delaySeconds?: number }): void;
}

/** The batch given to the `queue` handler. */
export interface QueueBatch {
  readonly queue: string;
  readonly messages: readonly QueueMessageHandle[];
}

/** Bindings (wrangler `[vars]`, secrets and the queue producer); all optional but W2G_SECRET with a queue. */
export interface Env {
  GITHUB_API_URL?: string;
  /** Deadline of each call to GitHub, ms (default 10000). */
  W2G_GITHUB_TIMEOUT_MS?: string;
  /** Largest request body, bytes (default 25 MB). */
  W2G_MAX_BODY?: string;
  /** Request-body bytes held at once per isolate (default 64 MiB; an isolate has 128 MB). */
  W2G_MAX_BUFFERED?: string;
  /** Queue producer: retryable failures are queued here instead of answered 502/504. */
  DISPATCH_QUEUE?: QueueProducer;
  /** Secret the queued credentials are sealed with (required with DISPATCH_QUEUE and by the consumer). */
  W2G_SECRET?: string;
  /** Deadline of the attempt made before answering, in ms (default 2000). */
  W2G_SYNC_DEADLINE_MS?: string;
  /** Age after which a queued delivery is given up, e.g. `24h`, `90m` (default 24h). */
  W2G_MAX_AGE?: string;
  /** First backoff ceiling in ms (default 1000). */
  W2G_RETRY_BASE_MS?: string;
  /** Largest backoff ceiling in ms (default 1800000: 30 min). */
  W2G_RETRY_CAP_MS?: string;
  /** Sealing keys of sealed hook URLs (`w2g_…`), comma list; a secret (`wrangler secret put`). */
  W2G_SEALING_KEYS?: string;
  /** Token ids (jti) that no longer open, comma list. */
  W2G_REVOKED_TOKENS?: string;
  /** `allow` (default) or `deny` raw GitHub tokens in hook URLs. */
  W2G_RAW_TOKENS?: string;
  /** The only repositories dispatched to: comma list of `owner/name` or `owner/*`. */
  W2G_ALLOW_REPOS?: string;
  /** The relay's GitHub App id (or client id). */
  W2G_GITHUB_APP_ID?: string;
  /** The App's private key, PEM (PKCS#1 as GitHub issues it, or PKCS#8); a secret. */
  W2G_GITHUB_APP_PRIVATE_KEY?: string;
  /** The relay's public address, for the URLs `POST /_/seal` answers. */
  W2G_PUBLIC_URL?: string;
  /** Lets `POST /_/seal` make App URLs without a GitHub token as proof; a secret. */
  W2G_ADMIN_TOKEN?: string;
  /** Bearer token of `/metrics` (the admin token works too); a secret. */
  W2G_METRICS_TOKEN?: string;
  /** The delivery log (D1). With LANES and DISPATCH_QUEUE: dedupe, pacing, order per credential, admin API. */
  DELIVERIES?: D1Database;
  /** The credential lanes: Durable Object namespace of the class CredentialLane. */
  LANES?: DurableObjectNamespace;
  /** Optional queue producer: a record of each delivery given up (`dead`) is sent here. */
  DEAD_LETTER_QUEUE?: QueueProducer;
  /** Optional Rate Limiting binding: `POST /_/seal` per client address, across isolates. */
  SEAL_RATE_LIMIT?: RateLimitBinding;
  /** Optional Rate Limiting binding: relay requests per client address (CF-Connecting-IP), across isolates. */
  CLIENT_RATE_LIMIT?: RateLimitBinding;
  /** Optional Rate Limiting binding: relay requests per hook URL (sealed token id, else repository), across isolates. */
  HOOK_RATE_LIMIT?: RateLimitBinding;
  /** Requests per minute per client address when CLIENT_RATE_LIMIT is not bound, per isolate (default 6000; 0: none). */
  W2G_RATE_LIMIT_CLIENT?: string;
  /** Requests per minute per hook when HOOK_RATE_LIMIT is not bound, per isolate (default 1200; 0: none). */
  W2G_RATE_LIMIT_HOOK?: string;
  /** Longest path and query, bytes (default 8192). */
  W2G_MAX_URL?: string;
  /** Header names and values together, bytes (default 16384). */
  W2G_MAX_HEADER_BYTES?: string;
  /** Most distinct headers (default 100). */
  W2G_MAX_HEADERS?: string;
  /** `cloudflare` (default: the client is CF-Connecting-IP) or `false` (one shared budget). */
  W2G_TRUST_PROXY?: string;
  /** `sync` (default) or `async` (answer 202 once stored). */
  W2G_MODE?: string;
  /** Dispatches per credential per pacing window (default 80; 0 turns pacing off). */
  W2G_DISPATCH_RATE?: string;
  /** The pacing window, ms (default 60000). */
  W2G_PACE_WINDOW_MS?: string;
  /** Dispatches in flight per credential (default 4). */
  W2G_MAX_IN_FLIGHT?: string;
  /** How long a provider delivery id suppresses repeats (default 24h). */
  W2G_DEDUPE_WINDOW?: string;
  /** Days ended deliveries stay in the log (default 7). */
  W2G_RETENTION_DAYS?: string;
  /** @deprecated Old names of the settings above: read with a warning until the next release. */
  GITHUB_TIMEOUT_MS?: string;
  /** @deprecated Use W2G_MAX_BODY. */
  MAX_BODY_BYTES?: string;
  /** @deprecated Use W2G_SYNC_DEADLINE_MS. */
  SYNC_DEADLINE_MS?: string;
  /** @deprecated Use W2G_MAX_AGE. */
  MAX_AGE?: string;
  /** @deprecated Use W2G_RETRY_BASE_MS. */
  RETRY_BASE_MS?: string;
  /** @deprecated Use W2G_RETRY_CAP_MS. */
  RETRY_CAP_MS?: string;
}
