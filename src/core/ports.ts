/**
 * Ports: the small interfaces through which the core reaches the outside. Each runtime adapter
 * (Node, Workers) supplies its own implementation; tests use real ones or the fake GitHub.
 */

/** An outgoing HTTP request, kept minimal so adapters can use their fastest client. */
export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Text, or bytes (a blob upload of many megabytes is never made a JS string). */
  body?: string | Uint8Array;
  /** Abort after this many milliseconds (the adapter enforces it). */
  timeoutMs: number;
}

/** A fully read HTTP response. Header names are lower case. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Why an HTTP call produced no response. */
export type HttpFailureKind = 'timeout' | 'network';

/** Thrown (rejected) by an HttpClient when no response arrived. */
export class HttpFailure extends Error {
  readonly kind: HttpFailureKind;
  constructor(kind: HttpFailureKind, message: string) {
    super(message);
    this.name = 'HttpFailure';
    this.kind = kind;
  }
}

/** Sends one request; resolves with any status, rejects with HttpFailure when no answer came. */
export type HttpClient = (req: HttpRequest) => Promise<HttpResponse>;

/** Structured logger; fields are plain values and never contain secrets. */
export interface Logger {
  info(fields: Record<string, unknown>, msg?: string): void;
  warn(fields: Record<string, unknown>, msg?: string): void;
  error(fields: Record<string, unknown>, msg?: string): void;
}

/** Time source (injectable for tests). */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
