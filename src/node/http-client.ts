/**
 * The Node HttpClient port: undici's `dispatch` over a keep-alive pool. Faster than global fetch
 * (no WHATWG Request/Response objects per call) and reuses connections to GitHub. When
 * `HTTP_PROXY` / `HTTPS_PROXY` (or the lower-case forms) are set, calls go through that proxy,
 * except to hosts in `NO_PROXY`, as curl and most tools do.
 */
import { createRequire } from 'node:module';
import type * as Undici from 'undici';
import type { Dispatcher } from 'undici';
import { HttpFailure, type HttpClient, type HttpRequest, type HttpResponse } from '../core/ports.js';
import { createDeadlineWheel, type Deadline, type DeadlineWheel } from './deadline-wheel.js';

// undici's index also loads fetch, WebSocket, its cache and EventSource, none of which the relay
// uses; loading only the dispatcher modules keeps about 4 MB (2 MB of heap) off the idle relay's RSS
// (docs/performance.md). They are files of the package, not entries of an exports map: should
// undici move them, every start fails at once (and so does every relay test).
const undiciFile = createRequire(import.meta.url);
const Agent = undiciFile('undici/lib/dispatcher/agent.js') as typeof Undici.Agent;
const errors = undiciFile('undici/lib/core/errors.js') as typeof Undici.errors;
/** With a proxy configured, the whole of undici (its proxy agent tunnels with the `connect` the index adds to every dispatcher). */
const envHttpProxyAgent = () => (undiciFile('undici') as typeof Undici).EnvHttpProxyAgent;

export interface NodeHttpClient {
  http: HttpClient;
  close(): Promise<void>;
}

/** Creates the keep-alive client; `close()` ends its connections. */
export function createNodeHttpClient(opts: { connections?: number; env?: NodeJS.ProcessEnv } = {}): NodeHttpClient {
  const pool = { keepAliveTimeout: 30_000, connections: opts.connections ?? 64, pipelining: 1 };
  const agent: Dispatcher = proxyConfigured(opts.env ?? process.env) ? new (envHttpProxyAgent())(pool) : new Agent(pool);
  // One deadline for the whole call: waiting for a pooled connection, connecting, sending, and
  // reading the answer. undici's own timeouts start only once a socket is assigned.
  const deadlines = createDeadlineWheel();
  const http: HttpClient = (req) =>
    new Promise<HttpResponse>((resolve, reject) => {
      try {
        call(agent, deadlines, req, resolve, reject);
      } catch (err) {
        // A URL undici cannot send to fails like any call that could not be made.
        reject(failureOf(err, false, req.timeoutMs));
      }
    });
  return { http, close: () => agent.close() };
}

/**
 * One call through `dispatch` with a handler that collects the answer: no WHATWG or stream
 * objects per call (undici's `request` makes a body stream and an AbortSignal listener for each).
 * https://github.com/nodejs/undici/blob/main/docs/docs/api/Dispatcher.md#dispatcherdispatchoptions-handler
 */
function call(agent: Dispatcher, deadlines: DeadlineWheel, req: HttpRequest, resolve: (res: HttpResponse) => void, reject: (err: unknown) => void): void {
  const url = new URL(req.url);
  let controller: Dispatcher.DispatchController | undefined;
  let done = false;
  let expired = false;
  let status = 0;
  let headers: Record<string, string> = {};
  const chunks: Buffer[] = [];
  const finish = (err: unknown, res?: HttpResponse) => {
    if (done) return;
    done = true;
    deadline.cancel();
    if (res) resolve(res);
    else reject(failureOf(err, expired, req.timeoutMs));
  };
  const deadline: Deadline = deadlines.after(req.timeoutMs, () => {
    expired = true;
    // Still waiting for a connection: the caller hears now; the call is dropped once it gets one.
    if (controller) controller.abort(new HttpFailure('timeout', `no answer within ${req.timeoutMs} ms`));
    else finish(undefined);
  });
  const handler: Dispatcher.DispatchHandler = {
    onRequestStart(c) {
      controller = c;
      if (expired) c.abort(new HttpFailure('timeout', `no answer within ${req.timeoutMs} ms`));
    },
    onResponseStart(_c, statusCode, raw) {
      status = statusCode;
      headers = {};
      for (const name in raw) {
        const value = raw[name];
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
    },
    onResponseData(_c, chunk) {
      chunks.push(chunk);
    },
    onResponseEnd() {
      finish(undefined, { status, headers, body: utf8Text(chunks) });
    },
    onResponseError(_c, err) {
      finish(err);
    },
  };
  agent.dispatch(
    {
      origin: url.origin,
      path: url.pathname + url.search,
      method: req.method as Dispatcher.HttpMethod,
      headers: req.headers,
      body: req.body ?? null,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs,
    },
    handler,
  );
}

/** The body as text, a leading byte order mark dropped (as undici's `body.text()` does). */
function utf8Text(chunks: Buffer[]): string {
  const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', bom ? 3 : 0);
}

/** Why a call got no answer, as the port's HttpFailure (timeout or network); anything else as is. */
function failureOf(err: unknown, expired: boolean, timeoutMs: number): unknown {
  if (expired) return new HttpFailure('timeout', `no answer within ${timeoutMs} ms`);
  if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError || err instanceof errors.ConnectTimeoutError) {
    return new HttpFailure('timeout', 'no answer in time');
  }
  if (err instanceof errors.UndiciError || (err instanceof Error && 'code' in err)) {
    return new HttpFailure('network', networkCause(err as Error));
  }
  return err;
}

/** Whether the environment names an HTTP(S) proxy. */
export function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}

/** The cause of a network failure in one line: the error code (ECONNREFUSED, ENOTFOUND…) and message. */
function networkCause(err: Error): string {
  const cause = (err as { cause?: unknown }).cause;
  const inner = cause instanceof Error ? cause : err;
  const code = (inner as { code?: unknown }).code;
  return typeof code === 'string' && !inner.message.includes(code) ? `${code}: ${inner.message}` : inner.message;
}
