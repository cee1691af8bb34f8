/**
 * Builds the envelope (client_payload) from the received request, byte-exact, and makes it fit
 * GitHub's limits before sending: gzip when that is enough, else the body as a git blob, and
 * headers left out (named in the envelope) only when even that does not fit.
 */
import {
  CREDENTIAL_HEADERS,
  GITHUB_LIMITS,
  HOP_BY_HOP_HEADERS,
  PAYLOAD_INPUT,
  WORKFLOW_DISPATCH_LIMITS,
  type DispatchBody,
  type Envelope,
} from '../contract.js';
import { RelayError } from '../errors.js';
import { blobRefOf, type PendingBlob } from './blob.js';
import { base64Length, gzipWithin, toBase64, utf8Length, type RequestBody } from './bytes.js';
import type { Target } from './target.js';

const DROPPED = new Set<string>([...CREDENTIAL_HEADERS, ...HOP_BY_HOP_HEADERS]);

/** Lower-case header map for the envelope, credentials and hop-by-hop removed. */
export function envelopeHeaders(headers: Headers, dropAuthorization: boolean): Record<string, string> {
  // A Map, not an object: a header named `constructor` or `__proto__` is a name like any other.
  const out = new Map<string, string>();
  headers.forEach((value, name) => {
    if (DROPPED.has(name) || (dropAuthorization && name === 'authorization')) return;
    // Headers#forEach lower-cases names and joins repeats with ", ", except set-cookie, which it
    // hands over once per value.
    const seen = out.get(name);
    out.set(name, seen === undefined ? value : `${seen}, ${value}`);
  });
  // fromEntries defines own properties, so `__proto__` stays an ordinary key.
  return Object.fromEntries(out);
}

export interface EnvelopeInput {
  id: string;
  receivedAt: Date;
  method: string;
  path: string;
  forwardedQuery: string | undefined;
  headers: Record<string, string>;
  body: RequestBody | undefined;
  /** Where it goes: the size limit and the request body differ per target. */
  target: Target;
  replayOf?: string;
  /** The provider whose signature the relay checked, when it did. */
  verified?: string;
}

/** The envelope and its serialized request body, ready to POST. */
export interface BuiltDispatch {
  envelope: Envelope;
  /**
   * `{event_type, client_payload}` for repository_dispatch; `{inputs: {payload}, return_run_details}`
   * for workflow_dispatch, whose `ref` the client adds when it sends.
   */
  bodyJson: string;
  /** Set with `envelope.body_ref`: the body, to store as a git blob before the dispatch. */
  blob?: PendingBlob;
}

/**
 * How a target's limit is counted on the serialized envelope. Both are "under 65,536": bytes of
 * `client_payload` for repository_dispatch; for workflow_dispatch the inputs `{"payload": "<the
 * envelope as a JSON string>"}`, whose 65,535-character limit is counted here in UTF-8 bytes (never
 * fewer than characters), so a 422 cannot come from it.
 */
interface Fit {
  /** What is counted, for messages. */
  what: string;
  /** The counted size of a serialized envelope. */
  size(payloadJson: string): number;
  /** What one more piece of serialized envelope text adds to the size. */
  cost(fragment: string): number;
  /** The most `size` can count per UTF-16 code unit of the serialized envelope, and what it adds besides. */
  maxBytesPerUnit: number;
  overhead: number;
}

const LIMIT = GITHUB_LIMITS.maxPayloadBytes;
const INPUTS_OVERHEAD = `{"${PAYLOAD_INPUT}":}`.length;

const FITS: Record<Target['kind'], Fit> = {
  repository_dispatch: {
    what: 'a repository_dispatch event (client_payload under 64 KB)',
    size: utf8Length,
    cost: utf8Length,
    maxBytesPerUnit: 3,
    overhead: 0,
  },
  workflow_dispatch: {
    what: `a workflow_dispatch run (inputs at most ${WORKFLOW_DISPATCH_LIMITS.maxInputsChars} characters, the envelope escaped as one string)`,
    size: (json) => utf8Length(JSON.stringify(json)) + INPUTS_OVERHEAD,
    cost: (fragment) => utf8Length(JSON.stringify(fragment)) - 2,
    // `\u001f` is 6 characters for one unit; the two quotes of the string are added once.
    maxBytesPerUnit: 6,
    overhead: 2 + INPUTS_OVERHEAD,
  },
};

function tooBig(fit: Fit, size: number): RelayError {
  return new RelayError(
    413,
    'payload_too_large',
    `The webhook does not fit in ${fit.what}: even with the body stored as a git blob and every header left out it would be ${size} bytes, and the limit is under ${LIMIT} bytes (64 KB). Send a shorter path and query.`,
    { limit_bytes: LIMIT, payload_bytes: size },
  );
}

/** The serialized envelope when it fits the target, else undefined. */
function fitted(envelope: Envelope, fit: Fit): string | undefined {
  const json = JSON.stringify(envelope);
  // No need to count: a UTF-16 code unit is at most 3 UTF-8 bytes (6 characters once escaped as
  // a JSON string), so a short envelope fits whatever its characters are.
  if (json.length * fit.maxBytesPerUnit + fit.overhead < LIMIT) return json;
  return fit.size(json) < LIMIT ? json : undefined;
}

/**
 * Leaves out the largest headers, naming them in `trimmed_headers`, until the envelope fits; throws
 * 413 when it does not fit even with none. Only ever needed when the headers alone are near the
 * limit (a Worker takes up to 128 KB of them).
 */
function trimHeaders(envelope: Envelope, fit: Fit): string {
  const costOf = (name: string, value: string) => fit.cost(`${JSON.stringify(name)}:${JSON.stringify(value)},`);
  const kept = new Map(Object.entries(envelope.headers));
  const largestFirst = [...kept].map(([name, value]) => ({ name, cost: costOf(name, value) })).sort((a, b) => b.cost - a.cost);
  const trimmed: string[] = [];
  let json = JSON.stringify(envelope);
  let size = fit.size(json);
  for (let next = 0; size >= LIMIT; ) {
    if (next >= largestFirst.length) throw tooBig(fit, size);
    // Drop as many as the excess needs (each name stays listed, so count it back), then measure again.
    let freed = 0;
    const excess = size - LIMIT + 1;
    while (next < largestFirst.length && freed < excess) {
      const h = largestFirst[next++]!;
      kept.delete(h.name);
      trimmed.push(h.name);
      freed += h.cost - fit.cost(`${JSON.stringify(h.name)},`);
    }
    envelope.headers = Object.fromEntries(kept);
    envelope.trimmed_headers = trimmed;
    json = JSON.stringify(envelope);
    size = fit.size(json);
  }
  return json;
}

/** The request body for the target around the serialized envelope. */
function requestBody(target: Target, payloadJson: string): string {
  if (target.kind === 'workflow_dispatch') {
    return `{"inputs":{"${PAYLOAD_INPUT}":${JSON.stringify(payloadJson)}},"return_run_details":true}`;
  }
  const dispatchBody: Pick<DispatchBody, 'event_type'> = { event_type: target.eventType };
  // Reuse the serialized payload instead of stringifying the envelope a second time.
  return `{"event_type":${JSON.stringify(dispatchBody.event_type)},"client_payload":${payloadJson}}`;
}

/**
 * Builds the request body within the target's limit: the body as text or base64 when that fits,
 * else gzip-compressed, else stored as a git blob (`body_ref`); headers are left out (and named)
 * only when even that is too big. Throws 413 only when nothing but the path and query is left
 * and that still does not fit.
 */
export async function buildDispatch(input: EnvelopeInput): Promise<BuiltDispatch> {
  const fit = FITS[input.target.kind];
  const envelope: Envelope = {
    path: input.forwardedQuery === undefined ? input.path : `${input.path}?${input.forwardedQuery}`,
    method: input.method.toUpperCase(),
    headers: input.headers,
    id: input.id,
    received_at: input.receivedAt.toISOString(),
  };
  if (input.replayOf !== undefined) envelope.replay_of = input.replayOf;
  if (input.verified !== undefined) envelope.verified = input.verified;
  const raw = input.body?.bytes;
  let payloadJson: string | undefined;
  let blob: PendingBlob | undefined;
  if (raw === undefined || raw.length === 0) {
    payloadJson = fitted(envelope, fit);
  } else {
    const text = input.body?.text;
    // JSON escaping only grows text and base64 grows bytes by a third: when the body alone is too
    // big that way, go straight to gzip and never build the oversized string (a 25 MB body of NUL
    // bytes would be 150 MB of `\u0000`).
    const plainBytes = text !== undefined ? raw.length : base64Length(raw.length);
    if (plainBytes < LIMIT) {
      if (text !== undefined) envelope.body = text;
      else {
        envelope.body = toBase64(raw);
        envelope.body_encoding = 'base64';
      }
      payloadJson = fitted(envelope, fit);
    }
    if (payloadJson === undefined) {
      // The compressed body must leave room for the rest of the envelope once base64-encoded.
      const packed = await gzipWithin(raw, Math.floor((LIMIT * 3) / 4));
      if (packed !== undefined) {
        envelope.body = toBase64(packed);
        envelope.body_encoding = 'gzip+base64';
        payloadJson = fitted(envelope, fit);
      }
    }
    if (payloadJson === undefined) {
      delete envelope.body;
      delete envelope.body_encoding;
      const ref = await blobRefOf(raw);
      envelope.body_ref = ref;
      blob = { bytes: raw, ref };
      payloadJson = fitted(envelope, fit);
    }
  }
  payloadJson ??= trimHeaders(envelope, fit);
  if (Object.keys(envelope).length > GITHUB_LIMITS.maxPayloadProperties) {
    throw new RelayError(413, 'too_many_properties', `client_payload may have at most ${GITHUB_LIMITS.maxPayloadProperties} top-level properties.`);
  }
  return { envelope, bodyJson: requestBody(input.target, payloadJson), ...(blob ? { blob } : {}) };
}

/** The envelope inside a stored request body of either target. */
export function envelopeOfRequest(bodyJson: string): Envelope {
  const body = JSON.parse(bodyJson) as { client_payload?: Envelope; inputs?: { payload?: string } };
  if (body.client_payload !== undefined) return body.client_payload;
  return JSON.parse(body.inputs?.payload ?? '{}') as Envelope;
}

/** A stored request body of either target with its envelope replaced. */
export function withEnvelope(bodyJson: string, envelope: Envelope): string {
  const body = JSON.parse(bodyJson) as Record<string, unknown>;
  if (body.client_payload !== undefined) return JSON.stringify({ ...body, client_payload: envelope });
  return JSON.stringify({ ...body, inputs: { ...(body.inputs as Record<string, unknown>), [PAYLOAD_INPUT]: JSON.stringify(envelope) } });
}
