/**
 * Builds a `repository_dispatch` event JSON from a raw request the way DESIGN.md specifies the
 * relay's envelope (path + query without system parameters, lower-case headers minus credentials
 * and hop-by-hop, body as UTF-8 text or base64) and the way GitHub wraps it. The query split and
 * the UTF-8 decoding are the relay's own functions, so fixtures cannot drift from the relay.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { CREDENTIAL_HEADERS, HOP_BY_HOP_HEADERS } from '../../../src/core/contract.js';
import { utf8OrUndefined } from '../../../src/core/relay/bytes.js';
import { splitPathAndQuery, splitQuery } from '../../../src/core/relay/query.js';

export interface RawRequest {
  method: string;
  /** Path after `/<owner>/<repo>`, with query. */
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Force `gzip+base64` (as the relay does for large bodies). */
  gzip?: boolean;
}

// `authorization` too: these fixtures stand for requests whose Authorization was the GitHub token.
const DROP = new Set<string>(['authorization', ...CREDENTIAL_HEADERS, ...HOP_BY_HOP_HEADERS]);

/** The path with the system parameters removed, by the relay's own rule. */
function stripSystemParams(url: string): string {
  const { path, rawQuery } = splitPathAndQuery(url);
  const { forwarded } = splitQuery(rawQuery);
  return forwarded === undefined ? path : `${path}?${forwarded}`;
}

/** The envelope (client_payload) for a raw request. */
export function envelopeOf(req: RawRequest, id: string = randomUUID(), receivedAt = new Date()): Record<string, unknown> {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers ?? {})) if (!DROP.has(k.toLowerCase())) headers[k.toLowerCase()] = v;
  const env: Record<string, unknown> = {
    path: stripSystemParams(req.url),
    method: req.method.toUpperCase(),
    headers,
    id,
    received_at: receivedAt.toISOString(),
  };
  const bytes = typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body ? Buffer.from(req.body) : undefined;
  if (bytes && bytes.length > 0) {
    // The relay's decoder: a leading U+FEFF stays in the text.
    const text = utf8OrUndefined(bytes);
    if (req.gzip) {
      env.body = gzipSync(bytes).toString('base64');
      env.body_encoding = 'gzip+base64';
    } else if (text !== undefined) env.body = text;
    else {
      env.body = bytes.toString('base64');
      env.body_encoding = 'base64';
    }
  }
  return env;
}

/** The event GitHub writes to `GITHUB_EVENT_PATH` for a dispatch of this envelope. */
export function dispatchEvent(clientPayload: unknown, eventType = 'webhook'): Record<string, unknown> {
  return {
    action: eventType,
    branch: 'main',
    client_payload: clientPayload,
    repository: { id: 1, name: 'hooks', full_name: 'octo/hooks', private: true },
    organization: undefined,
    sender: { login: 'octo', id: 1, type: 'User' },
  };
}

/**
 * The event GitHub writes for a workflow_dispatch run the relay started: the envelope is the JSON
 * text of the `payload` input. https://docs.github.com/webhooks/webhook-events-and-payloads#workflow_dispatch
 */
export function workflowDispatchEvent(
  clientPayload: unknown,
  workflow = '.github/workflows/webhook.yml',
  ref = 'refs/heads/main',
  repository = 'octo/hooks',
): Record<string, unknown> {
  return {
    inputs: { payload: typeof clientPayload === 'string' ? clientPayload : JSON.stringify(clientPayload) },
    ref,
    repository: { id: 1, name: repository.split('/')[1], full_name: repository, private: true },
    sender: { login: 'octo', id: 1, type: 'User' },
    workflow,
  };
}
