/** What a handshake sees, and the answer the relay gives for it instead of dispatching. */
import type { VerifySettings } from '../verify/types.js';

export interface HandshakeRequest {
  /** Upper-case method. */
  method: string;
  headers: Headers;
  /** The query without the relay's own parameters, decoded. */
  query: URLSearchParams;
  /** The body as text (when it is UTF-8 and short), else undefined. */
  bodyText: string | undefined;
  /** The provider the hook URL is sealed for, when it is. */
  verify: VerifySettings | undefined;
}

/** An answer given at the edge (nothing is dispatched). */
export interface HandshakeAnswer {
  /** Which handshake, for the log. */
  handshake: string;
  status: number;
  contentType?: string;
  body: string;
}

/** Handshake bodies are small: a larger body is never one (and is never parsed here). */
export const MAX_HANDSHAKE_BODY = 4096;

/** The body parsed as a JSON object when it is small and mentions `hint`, else undefined. */
export function smallJson(bodyText: string | undefined, hint: string): Record<string, unknown> | undefined {
  if (bodyText === undefined || bodyText.length > MAX_HANDSHAKE_BODY || !bodyText.includes(hint)) return undefined;
  try {
    const v: unknown = JSON.parse(bodyText);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A challenge echoed as plain text (never sniffed as HTML). */
export function textAnswer(handshake: string, body: string): HandshakeAnswer {
  return { handshake, status: 200, contentType: 'text/plain; charset=UTF-8', body };
}

/** Whether the hook URL is sealed for `provider`, or for no provider at all. */
export const forProviderOrNone = (req: HandshakeRequest, provider: string) => req.verify === undefined || req.verify.provider === provider;
