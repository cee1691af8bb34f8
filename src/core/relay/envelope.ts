/**
 * Builds the envelope (client_payload) from the received request, byte-exact, and makes it fit
 * GitHub's limits before sending (gzip when that is enough, else 413 naming the limit).
 */
import {
  CREDENTIAL_HEADERS,
  GITHUB_LIMITS,
  HOP_BY_HOP_HEADERS,
  type DispatchBody,
  type Envelope,
} from '../contract.js';
import { RelayError } from '../errors.js';
import { base64Length, gzipWithin, toBase64, utf8Length, type RequestBody } from './bytes.js';

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
  eventType: string;
  replayOf?: string;
}

/** The envelope and its serialized dispatch body, ready to POST. */
export interface BuiltDispatch {
  envelope: Envelope;
  bodyJson: string;
}

function tooBig(what: string, size?: number): RelayError {
  return new RelayError(
    413,
    'payload_too_large',
    `The webhook does not fit in a GitHub repository_dispatch event: ${what}, and GitHub's limit is under ${GITHUB_LIMITS.maxPayloadBytes} bytes (64 KB). Send a smaller body or fewer headers.`,
    { limit_bytes: GITHUB_LIMITS.maxPayloadBytes, ...(size !== undefined ? { payload_bytes: size } : {}) },
  );
}

/** The envelope serialized, or 413 when it is too big without a body to compress. */
function fitting(envelope: Envelope): string {
  const json = JSON.stringify(envelope);
  const size = utf8Length(json);
  if (size >= GITHUB_LIMITS.maxPayloadBytes) {
    throw new RelayError(
      413,
      'payload_too_large',
      `The webhook does not fit in a GitHub repository_dispatch event: client_payload would be ${size} bytes and GitHub's limit is under ${GITHUB_LIMITS.maxPayloadBytes} bytes (64 KB). Send fewer or shorter headers or a shorter path.`,
      { limit_bytes: GITHUB_LIMITS.maxPayloadBytes, payload_bytes: size },
    );
  }
  return json;
}

/** Builds the dispatch body; throws 413 when it cannot fit GitHub's 64 KB limit. */
export async function buildDispatch(input: EnvelopeInput): Promise<BuiltDispatch> {
  const envelope: Envelope = {
    path: input.forwardedQuery === undefined ? input.path : `${input.path}?${input.forwardedQuery}`,
    method: input.method.toUpperCase(),
    headers: input.headers,
    id: input.id,
    received_at: input.receivedAt.toISOString(),
  };
  if (input.replayOf !== undefined) envelope.replay_of = input.replayOf;
  const raw = input.body?.bytes;
  const limit = GITHUB_LIMITS.maxPayloadBytes;
  let payloadJson: string;
  if (raw === undefined || raw.length === 0) {
    payloadJson = fitting(envelope);
  } else {
    const text = input.body?.text;
    // JSON escaping only grows text and base64 grows bytes by a third: when the body alone is too
    // big that way, go straight to gzip and never build the oversized string (a 25 MB body of NUL
    // bytes would be 150 MB of `\u0000`).
    const plainBytes = text !== undefined ? raw.length : base64Length(raw.length);
    let plain: string | undefined;
    if (plainBytes < limit) {
      if (text !== undefined) envelope.body = text;
      else {
        envelope.body = toBase64(raw);
        envelope.body_encoding = 'base64';
      }
      plain = JSON.stringify(envelope);
    }
    if (plain !== undefined && utf8Length(plain) < limit) payloadJson = plain;
    else {
      const plainSize = plain !== undefined ? utf8Length(plain) : plainBytes;
      // The compressed body must leave room for the rest of the envelope once base64-encoded.
      const packed = await gzipWithin(raw, Math.floor((limit * 3) / 4));
      if (packed === undefined) throw tooBig(`client_payload would be at least ${plainSize} bytes, and more than the limit even with the body gzip-compressed`);
      envelope.body = toBase64(packed);
      envelope.body_encoding = 'gzip+base64';
      payloadJson = JSON.stringify(envelope);
      const size = utf8Length(payloadJson);
      if (size >= limit) throw tooBig(`client_payload would be ${plainSize} bytes (${size} bytes with the body gzip-compressed)`, size);
    }
  }
  if (Object.keys(envelope).length > GITHUB_LIMITS.maxPayloadProperties) {
    throw new RelayError(413, 'too_many_properties', `client_payload may have at most ${GITHUB_LIMITS.maxPayloadProperties} top-level properties.`);
  }
  const dispatchBody: DispatchBody = { event_type: input.eventType, client_payload: envelope };
  // Reuse the serialized payload instead of stringifying the envelope a second time.
  const bodyJson = `{"event_type":${JSON.stringify(dispatchBody.event_type)},"client_payload":${payloadJson}}`;
  return { envelope, bodyJson };
}
