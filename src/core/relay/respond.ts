/**
 * The relay's answer, compatible with the public relay: `__response_code` /
 * `__response_content_type` / `__response_body` override GitHub's status, type and body.
 */
import type { SubmitOutcome } from '../delivery/deliverer.js';
import { RelayError } from '../errors.js';
import type { HttpResponse } from '../ports.js';
import { DELIVERY_HEADER, type PlainHeaders } from '../http.js';
import { runLinkOf } from '../github/client.js';
import type { SplitQuery } from './query.js';
import type { Target } from './target.js';

/** The sender's requested answer. */
export interface ResponseOverrides {
  code?: number;
  contentType?: string;
  body?: string;
}

/** GitHub response headers worth passing to the sender; never hop-by-hop ones. */
const PASSTHROUGH = /^(x-github-request-id|x-ratelimit-[a-z-]+|retry-after)$/;

const NO_BODY = new Set([204, 205, 304]);

/** Longest `__response_content_type` accepted (real media types are far shorter). */
const MAX_CONTENT_TYPE_LENGTH = 256;
/** What a header value may hold here: printable ASCII and tabs (no CR, LF, NUL or non-Latin-1). */
const HEADER_SAFE_TEXT = /^[\t\x20-\x7e]*$/;

/**
 * Validates `__response_*` before anything is dispatched, so a bad override is a 400 that changes
 * nothing instead of a failure after the webhook went out: a code outside 200–599, or a content
 * type that cannot be written as a header.
 */
export function parseOverrides(system: SplitQuery['system']): ResponseOverrides {
  const out: ResponseOverrides = {};
  const code = system.__response_code;
  if (code !== undefined) {
    const n = Number(code);
    if (!/^\d{3}$/.test(code.trim()) || n < 200 || n > 599) {
      throw new RelayError(400, 'invalid_response_code', `__response_code must be a whole number from 200 to 599, got "${code.slice(0, 20)}".`);
    }
    out.code = n;
  }
  const contentType = system.__response_content_type;
  if (contentType !== undefined) {
    if (contentType.length > MAX_CONTENT_TYPE_LENGTH || !HEADER_SAFE_TEXT.test(contentType)) {
      throw new RelayError(
        400,
        'invalid_response_content_type',
        `__response_content_type must be printable ASCII of at most ${MAX_CONTENT_TYPE_LENGTH} characters (a media type such as "text/plain; charset=utf-8"); it may not contain line breaks, control characters or non-ASCII text.`,
      );
    }
    out.contentType = contentType;
  }
  if (system.__response_body !== undefined) out.body = system.__response_body;
  return out;
}

function answer(status: number, contentType: string, body: string, headers: PlainHeaders): Response {
  if (NO_BODY.has(status)) return new Response(null, { status, headers });
  headers['content-type'] = contentType;
  return new Response(body, { status, headers });
}

/**
 * The answer to a delivered workflow_dispatch: `{success, id, run_id, run_url, html_url}`, the
 * run's fields only when GitHub gave them (a 204 from a server without run details has none).
 */
export function workflowAnswer(res: HttpResponse, id: string): string {
  const run = runLinkOf(res);
  return JSON.stringify({ success: true, id, ...(run ? { run_id: run.id, run_url: run.url, html_url: run.htmlUrl } : {}) });
}

/**
 * GitHub's answer with the overrides applied: 204 shows as 200 `{"success":true}`; a delivered
 * workflow_dispatch as 200 with the run's link (see {@link workflowAnswer}).
 */
export function fromGitHub(
  res: HttpResponse,
  o: ResponseOverrides,
  id: string,
  headers: PlainHeaders = {},
  kind: Target['kind'] = 'repository_dispatch',
): Response {
  headers[DELIVERY_HEADER] = id;
  for (const name in res.headers) if (PASSTHROUGH.test(name)) headers[name] = res.headers[name]!;
  const delivered = res.status >= 200 && res.status < 300;
  if (kind === 'workflow_dispatch' && delivered) return answer(o.code ?? 200, o.contentType ?? 'application/json', o.body ?? workflowAnswer(res, id), headers);
  const status = o.code ?? (res.status === 204 ? 200 : res.status);
  const contentType = o.contentType ?? res.headers['content-type'] ?? 'application/json';
  const body = o.body ?? (res.body !== '' ? res.body : '{"success":true}');
  return answer(status, contentType, body, headers);
}

/** Accepted for background delivery: 202 `{success, queued, id}` unless overridden. */
export function queued(id: string, o: ResponseOverrides, headers: PlainHeaders = {}): Response {
  headers[DELIVERY_HEADER] = id;
  const body = o.body ?? JSON.stringify({ success: true, queued: true, id });
  return answer(o.code ?? 202, o.contentType ?? 'application/json', body, headers);
}

/** Maps what the deliverer reported to the sender's answer (`kind`: the target the delivery went to). */
export function respondToOutcome(
  outcome: SubmitOutcome,
  o: ResponseOverrides,
  id: string,
  headers: PlainHeaders = {},
  kind: Target['kind'] = 'repository_dispatch',
): Response {
  switch (outcome.kind) {
    case 'queued':
      return queued(outcome.id, o, headers);
    case 'duplicate':
      return outcome.pending || outcome.response === undefined ? queued(outcome.id, o, headers) : fromGitHub(outcome.response, o, outcome.id, headers, kind);
    case 'attempted': {
      const r = outcome.result;
      if (r.kind !== 'retry' || r.response !== undefined) return fromGitHub(r.response!, o, id, headers, kind);
      if (r.reason === 'busy') {
        throw new RelayError(503, 'busy', 'The relay had no memory free to store the body as a git blob; nothing was delivered. Retry later.', undefined, {
          'retry-after': '5',
        });
      }
      if (r.reason === 'timeout') {
        throw new RelayError(504, 'github_timeout', 'GitHub did not answer in time; the webhook was not delivered. Retry later.');
      }
      throw new RelayError(502, 'github_unreachable', 'GitHub could not be reached; the webhook was not delivered. Retry later.');
    }
  }
}
