/**
 * Builds a `repository_dispatch` event JSON from a raw request the way DESIGN.md specifies the
 * relay's envelope (path + query without system parameters, lower-case headers minus credentials
 * and hop-by-hop, body as UTF-8 text or base64) and the way GitHub wraps it.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface RawRequest {
  method: string;
  /** Path after `/<owner>/<repo>`, with query. */
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Force `gzip+base64` (as the relay does for large bodies). */
  gzip?: boolean;
}

const SYSTEM = new Set(['__token', '__response_code', '__response_content_type', '__response_body', '__event_type']);
const DROP = new Set(['authorization', 'x-github-authorization', 'proxy-authorization', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

function stripSystemParams(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const kept = url
    .slice(at + 1)
    .split('&')
    .filter((pair) => !SYSTEM.has(decodeURIComponent((pair.split('=')[0] ?? '').replace(/\+/g, ' '))));
  return kept.length > 0 ? `${url.slice(0, at)}?${kept.join('&')}` : url.slice(0, at);
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
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = undefined;
    }
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
