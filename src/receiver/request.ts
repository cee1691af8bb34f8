import { PAYLOAD_INPUT, type BodyRef } from '../core/contract.js';
import { bodyBytes, parseBody } from './body.js';
import { parseJson } from './json.js';
import type { BlobReader } from './blob.js';
import { parseQuery, splitPath } from './query.js';
import { ReceiverError } from './receiver-error.js';
import type { WebhookRequest } from './types.js';

/** The pieces of a request, however they arrived (an event, or `dev`'s own HTTP server). */
export interface RequestParts {
  id: string;
  method: string;
  /** Path plus `?query`. */
  path: string;
  /** Header names in any case; array values are joined with `, `. */
  headers: Record<string, unknown>;
  rawBody: Uint8Array;
  receivedAt: string;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * Lower-cases header names; repeats (also case-only duplicates) and array values are joined
 * with `, `. Only strings, numbers and booleans are header text: anything else in the envelope
 * (an object, a nested array of any depth) is dropped rather than stringified.
 */
export function normalizeHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    const parts = (Array.isArray(value) ? value : [value]).filter(isScalar).map(String);
    if (parts.length === 0) continue;
    const key = name.toLowerCase();
    const prev = out.get(key);
    out.set(key, prev === undefined ? parts.join(', ') : `${prev}, ${parts.join(', ')}`);
  }
  return Object.fromEntries(out);
}

/**
 * The query string as a URL parser serializes it (`'` and a few other characters
 * percent-encoded), which is what Actionsflow puts in `querystring` and `search`; it decodes to
 * the same values.
 */
function serializedQuery(pathWithQuery: string, raw: string): string {
  if (raw === '') return '';
  try {
    return new URL(`https://webhook.invalid/${pathWithQuery.replace(/^\/+/, '')}`).search.slice(1);
  } catch {
    return raw;
  }
}

/** Builds the unrouted request (`path` = whole path, no params) from its parts. */
export function buildRequest(parts: RequestParts): WebhookRequest {
  const headers = normalizeHeaders(parts.headers);
  const { path, querystring: raw } = splitPath(parts.path);
  const querystring = serializedQuery(parts.path, raw);
  const parsed = parseBody(parts.rawBody, headers['content-type']);
  const request: WebhookRequest = {
    id: parts.id,
    method: parts.method.toLowerCase(),
    path,
    originPath: path,
    headers,
    query: parseQuery(querystring),
    querystring,
    search: querystring === '' ? '' : `?${querystring}`,
    params: {},
    rawBody: parts.rawBody,
    bodyText: parsed.bodyText,
    bodyIsBinary: parsed.bodyIsBinary,
    receivedAt: parts.receivedAt,
  };
  if ('body' in parsed) request.body = parsed.body;
  if (parsed.warning) request.warnings = [parsed.warning];
  return request;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBodyRef(value: unknown): value is BodyRef {
  return isObject(value) && typeof value.sha === 'string' && typeof value.size === 'number' && typeof value.sha256 === 'string';
}

/**
 * The envelope of an event from the relay: `client_payload` of a `repository_dispatch` event, or
 * the JSON text of the `payload` input of a `workflow_dispatch` run.
 * https://docs.github.com/webhooks/webhook-events-and-payloads#workflow_dispatch
 */
export function envelopeOfEvent(event: unknown): Record<string, unknown> {
  if (isObject(event) && isObject(event.client_payload)) return event.client_payload;
  const inputs = isObject(event) ? event.inputs : undefined;
  if (isObject(inputs) && inputs[PAYLOAD_INPUT] !== undefined) {
    const text = inputs[PAYLOAD_INPUT];
    const parsed = typeof text === 'string' ? parseJson(text) : undefined;
    if (parsed?.ok && isObject(parsed.value)) return parsed.value;
    throw new ReceiverError(`inputs.${PAYLOAD_INPUT} of the workflow_dispatch event is not the relay's envelope (a JSON object as text)`);
  }
  throw new ReceiverError(
    `the event has no client_payload object and no inputs.${PAYLOAD_INPUT}: is this a repository_dispatch or workflow_dispatch event from the relay? (a workflow_dispatch workflow must declare the input "${PAYLOAD_INPUT}")`,
  );
}

/**
 * Rebuilds the original request from an event as GitHub delivers it: a `repository_dispatch`
 * (`client_payload` is the envelope) or a `workflow_dispatch` (`inputs.payload` holds it as JSON
 * text). Accepts the old public-relay envelope too: body as a parsed JSON value or re-serialized
 * string, mixed-case headers, no `id`.
 */
export async function requestFromEvent(event: unknown, options: { readBlob?: BlobReader; now?: Date } = {}): Promise<WebhookRequest> {
  const payload = envelopeOfEvent(event);
  const path = typeof payload.path === 'string' && payload.path !== '' ? payload.path : '/';
  const method = typeof payload.method === 'string' && payload.method !== '' ? payload.method : 'POST';
  let rawBody: Uint8Array;
  if (payload.body_ref !== undefined && payload.body === undefined) {
    if (!isBodyRef(payload.body_ref)) throw new ReceiverError('client_payload.body_ref is malformed');
    if (!options.readBlob) throw new ReceiverError('the body travelled as a git blob (body_ref) but no blob reader is configured');
    rawBody = await options.readBlob(payload.body_ref);
  } else {
    try {
      rawBody = bodyBytes(payload.body, payload.body_encoding);
    } catch (err) {
      throw new ReceiverError(`cannot decode client_payload.body: ${(err as Error).message}`);
    }
  }
  const request = buildRequest({
    id: typeof payload.id === 'string' ? payload.id : '',
    method,
    path: path.startsWith('/') ? path : `/${path}`,
    headers: isObject(payload.headers) ? payload.headers : {},
    rawBody,
    receivedAt: typeof payload.received_at === 'string' ? payload.received_at : (options.now ?? new Date()).toISOString(),
  });
  if (typeof payload.verified === 'string') request.verified = payload.verified;
  const trimmed = Array.isArray(payload.trimmed_headers) ? payload.trimmed_headers.filter((n): n is string => typeof n === 'string') : [];
  if (trimmed.length > 0) {
    const names = trimmed.slice(0, 20).join(', ') + (trimmed.length > 20 ? ` and ${trimmed.length - 20} more` : '');
    (request.warnings ??= []).push(`the relay left out headers that did not fit in the event: ${names}`);
  }
  return request;
}
