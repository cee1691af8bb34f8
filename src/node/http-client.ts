/**
 * The Node HttpClient port: undici's `request` over a keep-alive pool. Faster than global fetch
 * (no WHATWG Request/Response objects per call) and reuses connections to GitHub. When
 * `HTTP_PROXY` / `HTTPS_PROXY` (or the lower-case forms) are set, calls go through that proxy,
 * except to hosts in `NO_PROXY`, as curl and most tools do.
 */
import { Agent, EnvHttpProxyAgent, errors, request, type Dispatcher } from 'undici';
import { HttpFailure, type HttpClient } from '../core/ports.js';

export interface NodeHttpClient {
  http: HttpClient;
  close(): Promise<void>;
}

/** Creates the keep-alive client; `close()` ends its connections. */
export function createNodeHttpClient(opts: { connections?: number; env?: NodeJS.ProcessEnv } = {}): NodeHttpClient {
  const pool = { keepAliveTimeout: 30_000, connections: opts.connections ?? 64, pipelining: 1 };
  const agent: Dispatcher = proxyConfigured(opts.env ?? process.env) ? new EnvHttpProxyAgent(pool) : new Agent(pool);
  const http: HttpClient = async (req) => {
    // One deadline for the whole call: waiting for a pooled connection, connecting, sending,
    // and reading the answer. undici's own timeouts start only once a socket is assigned.
    const signal = AbortSignal.timeout(req.timeoutMs);
    try {
      const res = await request(req.url, {
        method: req.method as 'GET',
        headers: req.headers,
        body: req.body ?? null,
        dispatcher: agent,
        signal,
        headersTimeout: req.timeoutMs,
        bodyTimeout: req.timeoutMs,
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      return { status: res.statusCode, headers, body: await res.body.text() };
    } catch (err) {
      if (signal.aborted) throw new HttpFailure('timeout', `no answer within ${req.timeoutMs} ms`);
      if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError || err instanceof errors.ConnectTimeoutError) {
        throw new HttpFailure('timeout', 'no answer in time');
      }
      if (err instanceof errors.UndiciError || (err instanceof Error && 'code' in err)) {
        throw new HttpFailure('network', networkCause(err as Error));
      }
      throw err;
    }
  };
  return { http, close: () => agent.close() };
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
