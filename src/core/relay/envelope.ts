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
} from '../envelope.js';
import { RelayError } from '../errors.js';
import { gzip, toBase64, utf8Length, type RequestBody } from './bytes.js';

const DROPPED = new Set<string>([...CREDENTIAL_HEADERS, ...HOP_BY_HOP_HEADERS]);

/** Lower-case header map for the envelope, credentials and hop-by-hop removed. */
export function envelopeHeaders(headers: Headers, dropAuthorization: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (DROPPED.has(name) || (dropAuthorization && name === 'authorization')) return;
    // Headers#forEach lower-cases names and joins repeats with ", ", except set-cookie, which it
    // hands over once per value.
    const seen = out[name];
    out[name] = seen === undefined ? value : `${seen}, ${value}`;
  });
  return out;
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
  if (raw !== undefined && raw.length > 0) {
    const text = input.body?.text;
    if (text !== undefined) envelope.body = text;
    else {
      envelope.body = toBase64(raw);
      envelope.body_encoding = 'base64';
    }
  }
  let payloadJson = JSON.stringify(envelope);
  let size = utf8Length(payloadJson);
  if (size >= GITHUB_LIMITS.maxPayloadBytes && raw !== undefined && raw.length > 0) {
    const plainSize = size;
    envelope.body = toBase64(await gzip(raw));
    envelope.body_encoding = 'gzip+base64';
    payloadJson = JSON.stringify(envelope);
    size = utf8Length(payloadJson);
    if (size >= GITHUB_LIMITS.maxPayloadBytes) {
      throw new RelayError(
        413,
        'payload_too_large',
        `The webhook does not fit in a GitHub repository_dispatch event: client_payload would be ${plainSize} bytes (${size} bytes with the body gzip-compressed), and GitHub's limit is under ${GITHUB_LIMITS.maxPayloadBytes} bytes (64 KB). Send a smaller body or fewer headers.`,
        { limit_bytes: GITHUB_LIMITS.maxPayloadBytes, payload_bytes: size },
      );
    }
  } else if (size >= GITHUB_LIMITS.maxPayloadBytes) {
    throw new RelayError(
      413,
      'payload_too_large',
      `The webhook does not fit in a GitHub repository_dispatch event: client_payload would be ${size} bytes and GitHub's limit is under ${GITHUB_LIMITS.maxPayloadBytes} bytes (64 KB). Send fewer or shorter headers or a shorter path.`,
      { limit_bytes: GITHUB_LIMITS.maxPayloadBytes, payload_bytes: size },
    );
  }
  if (Object.keys(envelope).length > GITHUB_LIMITS.maxPayloadProperties) {
    throw new RelayError(413, 'too_many_properties', `client_payload may have at most ${GITHUB_LIMITS.maxPayloadProperties} top-level properties.`);
  }
  const dispatchBody: DispatchBody = { event_type: input.eventType, client_payload: envelope };
  // Reuse the serialized payload instead of stringifying the envelope a second time.
  const bodyJson = `{"event_type":${JSON.stringify(dispatchBody.event_type)},"client_payload":${payloadJson}}`;
  return { envelope, bodyJson };
}
