import { createHash } from 'node:crypto';
import type { Item, Trigger, TriggerWebhook, WebhookRequest } from '../types.js';
import { own } from '../own.js';
import { optString } from './options.js';

function pick(value: unknown, dotted: string): unknown {
  let cur = value;
  for (const key of dotted.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = own(cur, key);
  }
  return cur;
}

/** The item's `request_id`: the `deduplicationKey` field of the body, else the delivery id. */
function requestId(request: WebhookRequest, key: string | undefined): string {
  const keyed = key ? pick(request.body, key) : undefined;
  if (typeof keyed === 'string' || typeof keyed === 'number') return String(keyed);
  if (request.id !== '') return request.id;
  // Old envelopes carry no id: derive a stable one from the request itself.
  return createHash('sha256').update(`${request.method} ${request.originPath}\n`).update(request.rawBody).digest('hex').slice(0, 32);
}

/** The item the generic webhook trigger yields for a request. */
export function webhookItem(request: WebhookRequest, deduplicationKey?: string): Item {
  return {
    request_id: requestId(request, deduplicationKey),
    body: request.body,
    headers: request.headers,
    method: request.method,
    path: request.path,
    query: request.query,
    querystring: request.querystring,
    search: request.search,
    params: request.params,
  };
}

/**
 * `webhook`: any request (optionally only `method`, and `path` such as `/user/:id`) becomes one
 * item describing it. Options: `method`, `path`, `deduplicationKey`.
 */
export const webhookTrigger: Trigger = {
  name: 'webhook',
  webhooks(options) {
    const hook: TriggerWebhook = {
      handler: (request) => ({ items: [webhookItem(request, optString(options, 'deduplicationKey'))] }),
    };
    const method = optString(options, 'method');
    if (method) hook.method = method;
    const path = optString(options, 'path');
    if (path) hook.path = path;
    return [hook];
  },
};
