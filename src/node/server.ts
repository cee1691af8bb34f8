/**
 * The Node relay: the core app on @hono/node-server, with the undici client and pino logger.
 * `stop()` stops accepting, lets in-flight requests finish, then closes connections.
 */
import type { AddressInfo } from 'node:net';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { createAdminApi } from '../core/admin.js';
import { createApp } from '../core/app.js';
import type { Logger } from '../core/ports.js';
import type { NodeConfig } from './config.js';
import { createNodeDelivery } from './durable.js';
import { createNodeHttpClient } from './http-client.js';
import { createNodeLogger } from './logger.js';

export interface RunningRelay {
  url: string;
  stop(): Promise<void>;
}

/** Starts the relay and resolves once it listens. */
export async function startNodeRelay(config: NodeConfig, opts: { logger?: Logger } = {}): Promise<RunningRelay> {
  const logger = opts.logger ?? createNodeLogger(config.logLevel);
  const client = createNodeHttpClient();
  // Durable delivery: every accepted webhook is in the SQLite outbox before it is acknowledged.
  const delivery = await createNodeDelivery(config, { http: client.http, logger });
  const admin = createAdminApi({ store: delivery.store, adminToken: config.adminToken, submitReplay: (job) => delivery.deliverer.submit(job) });
  const app = createApp(config, { http: client.http, logger, deliverer: delivery.deliverer, dedupeKey: delivery.dedupeKey, admin });
  delivery.start();
  const server = await listen(app, config.port, config.host);
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}`;
  logger.info({ url, github_api_url: config.githubApiUrl }, `listening on ${url}`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
        server.closeIdleConnections();
      });
      // Pending deliveries stay in the database; a restart resumes them.
      await delivery.stop();
      await client.close();
    })());
  return { url, stop };
}

/** Serves the app on node:http (@hono/node-server) with the direct body path; resolves once it listens. */
export function listen(app: { fetch: (req: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response> }, port: number, host: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const fetch = (req: Request, env: HttpBindings | Http2Bindings) => app.fetch(withDirectBody(req, env.incoming.headers), env);
    const s = serve({ fetch, port, hostname: host }, () => resolve(s as Server));
    s.once('error', reject);
  });
}

/**
 * The core asks `req.body` ("is there a body?") before `req.arrayBuffer()`. On @hono/node-server's
 * lightweight request that getter builds a full WHATWG Request with a web stream over the socket,
 * and on Node 20 every ReadableStream costs tens of microseconds (its constructor makes it
 * transferable), the largest cost in a CPU profile of the relay. When the length is declared
 * (Content-Length, no Transfer-Encoding, so bodyLimit decides from the header), `body` answers
 * with a stand-in that becomes a real stream, read through the adapter's direct buffer path, only
 * when something uses it; `arrayBuffer()` stays that direct path. Chunked bodies keep the
 * adapter's own stream, which bodyLimit counts as it reads.
 */
function withDirectBody(req: Request, headers: IncomingHttpHeaders): Request {
  const { method } = req;
  if (method === 'GET' || method === 'HEAD') return req;
  if (headers['content-length'] === undefined || headers['transfer-encoding'] !== undefined) return req;
  const body = lazyStream(async () => new Uint8Array(await req.arrayBuffer()));
  Object.defineProperty(req, 'body', { configurable: true, get: () => body });
  return req;
}

/**
 * A ReadableStream that is created on first use: a truthiness check costs nothing, any property
 * or method reaches a real stream with the bytes `read` returns (forwarded with the real stream as
 * `this`, so internal slots and brand checks see a genuine stream).
 */
export function lazyStream(read: () => Promise<Uint8Array>): ReadableStream<Uint8Array> {
  let real: ReadableStream<Uint8Array> | undefined;
  const stream = () =>
    (real ??= new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          const bytes = await read();
          if (bytes.length > 0) controller.enqueue(bytes);
          controller.close();
        },
      },
      // Pull only when someone reads.
      { highWaterMark: 0 },
    ));
  return new Proxy(Object.create(ReadableStream.prototype) as ReadableStream<Uint8Array>, {
    get(_target, key) {
      const s = stream();
      const value: unknown = Reflect.get(s, key, s);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(s) : value;
    },
    set(_target, key, value) {
      return Reflect.set(stream(), key, value);
    },
    has(_target, key) {
      return Reflect.has(stream(), key);
    },
  });
}
