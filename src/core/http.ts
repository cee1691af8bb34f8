/**
 * How the relay's answers are shaped, in one place: the delivery header, the CORS headers of an
 * actual (non-preflight) answer, and the one function that turns a RelayError into a Response.
 * Every route uses it: the relay, the admin API, the Worker's misconfiguration answer.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { RelayError, errorBody } from './errors.js';
import type { Logger } from './ports.js';

/** Response header carrying the delivery id. */
export const DELIVERY_HEADER = 'X-Webhook2github-Delivery';

/** Response headers as a plain object: runtimes write those without building a Headers object. */
export type PlainHeaders = Record<string, string>;

/**
 * CORS headers of an actual answer: the origin echoed, the delivery header exposed, and
 * `Vary: Origin` always, so caches keep answers to different origins apart.
 */
export function corsHeaders(origin: string | null | undefined): PlainHeaders {
  return origin ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': DELIVERY_HEADER, vary: 'Origin' } : { vary: 'Origin' };
}

/**
 * The JSON error answer to `req`: `{success:false, message, code, documentation_url, …}` with the
 * error's status and headers (e.g. `retry-after`), CORS for the request's origin, and the
 * delivery id when one was assigned. `documentation_url` is below `publicUrl` when the relay has
 * one (W2G_PUBLIC_URL), else below the request's own origin.
 */
export function errorResponse(err: RelayError, req: Request, id?: string, publicUrl?: string): Response {
  const headers: PlainHeaders = { ...corsHeaders(req.headers.get('origin')), ...err.headers, 'content-type': 'application/json' };
  if (id !== undefined) headers[DELIVERY_HEADER] = id;
  return new Response(JSON.stringify(errorBody(err, publicUrl ?? new URL(req.url).origin)), { status: err.status, headers });
}

/** Any thrown value as a RelayError: itself, or a 500 that says nothing of the cause (logged by the caller). */
export function asRelayError(err: unknown): RelayError {
  return err instanceof RelayError ? err : new RelayError(500, 'internal', 'The relay failed unexpectedly; the webhook was not delivered.');
}

/**
 * The `onError` of every Hono app here: a RelayError becomes its JSON answer; an answer a Hono
 * middleware already built (bearer auth) is kept; anything else is logged and answered 500.
 */
export function errorHandler(logger: Logger, publicUrl?: string): (err: Error, c: Context) => Response {
  return (err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    if (!(err instanceof RelayError)) logger.error({ err: err.message }, 'unexpected error');
    return errorResponse(asRelayError(err), c.req.raw, undefined, publicUrl);
  };
}
