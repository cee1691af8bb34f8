import { createContentDigest } from '../content-digest.js';
import { own } from '../own.js';
import type { HandlerResult, Trigger, TriggerWebhook, WebhookRequest } from '../types.js';
import { optList, optString } from './options.js';

/** The segments of a dotted path with optional brackets: `order.id`, `items[0].sku`, `meta["x.y"]`. */
function pathSegments(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as string;
    if (c === '.') {
      if (cur !== '') out.push(cur);
      cur = '';
    } else if (c === '[' && path.indexOf(']', i) > i) {
      if (cur !== '') out.push(cur);
      cur = '';
      const end = path.indexOf(']', i);
      const inner = path.slice(i + 1, end).trim();
      const quoted = inner.length >= 2 && (inner[0] === '"' || inner[0] === "'") && inner.endsWith(inner[0]);
      out.push(quoted ? inner.slice(1, -1) : inner);
      i = end;
    } else cur += c;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/**
 * The value at a dotted path (lodash `get` style, as Actionsflow reads `deduplicationKey`), over
 * own properties only: a name from the workflow file never reaches a prototype. A key that
 * contains the dots itself is taken first.
 * https://lodash.com/docs/4.17.15#get
 */
function pick(value: unknown, path: string): unknown {
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, path)) return own(value, path);
  let cur = value;
  for (const key of pathSegments(path)) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = own(cur, key);
  }
  return cur;
}

/**
 * The item's `request_id`, by Actionsflow's rule: the `deduplicationKey` field of the body when
 * set, else the body's `id`, else its `key`, else the content digest of the body. Undefined when
 * `deduplicationKey` names a field the body lacks (Actionsflow throws there).
 */
function requestId(body: unknown, key: string | undefined): unknown {
  const source = body || {};
  if (key) return pick(source, key) || undefined;
  const found = typeof source === 'object' ? own(source, 'id') || own(source, 'key') : undefined;
  return found || createContentDigest(source);
}

/** The item the generic webhook trigger yields for a request: Actionsflow's keys, in its order. */
export function webhookResult(request: WebhookRequest, deduplicationKey?: string): HandlerResult {
  const id = requestId(request.body, deduplicationKey);
  if (id === undefined) {
    return { items: [], reason: `deduplicationKey ${deduplicationKey ?? ''} names no field of the body (it is empty or missing)` };
  }
  return {
    items: [
      {
        request_id: id,
        body: request.body,
        headers: request.headers,
        method: request.method,
        query: request.query,
        querystring: request.querystring,
        search: request.search,
        params: request.params,
      },
    ],
  };
}

/**
 * `webhook`: any request (optionally only `method` — one or a list — and `path`, a pattern such
 * as `/user/:id`) becomes one item describing it, exactly as Actionsflow's webhook trigger builds
 * it. Options: `method`, `path`, `deduplicationKey`. The delivery id and the matched path are
 * in the Action's `id` and `path` outputs, not in the item.
 */
export const webhookTrigger: Trigger = {
  name: 'webhook',
  webhooks(options) {
    const hook: TriggerWebhook = {
      handler: (request) => webhookResult(request, optString(options, 'deduplicationKey')),
    };
    const methods = optList(options, 'method');
    if (methods.length > 0) hook.method = methods;
    const path = optString(options, 'path');
    if (path) hook.path = path;
    return [hook];
  },
};
