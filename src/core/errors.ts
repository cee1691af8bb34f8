/**
 * The one error type of the core. Client mistakes and upstream failures become a RelayError with
 * an HTTP status and a stable code; `errorResponse` (http.ts) is the single place errors map to HTTP.
 */
export class RelayError extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, unknown> | undefined;
  /** Response headers the answer carries (e.g. `retry-after` on a 503). */
  readonly headers: Record<string, string> | undefined;

  constructor(status: number, code: string, message: string, extra?: Record<string, unknown>, headers?: Record<string, string>) {
    super(message);
    this.name = 'RelayError';
    this.status = status;
    this.code = code;
    this.extra = extra;
    this.headers = headers;
  }
}

/** Help page linked from every error body. */
export const DOCUMENTATION_PATH = '/';

/** JSON body of an error answer: `{success:false, message, code, documentation_url}`. */
export function errorBody(err: RelayError, origin: string): Record<string, unknown> {
  return {
    success: false,
    message: err.message,
    code: err.code,
    // A public URL may carry a path (a relay served under /relay): the help page is below it.
    documentation_url: `${origin.replace(/\/+$/, '')}${DOCUMENTATION_PATH}`,
    ...(err.extra ?? {}),
  };
}
