/**
 * The Node relay: the core app on @hono/node-server, with the undici client and pino logger.
 * `stop()` stops accepting, lets in-flight requests finish, then closes connections.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createAdminApi } from '../core/admin.js';
import { createApp } from '../core/app.js';
import { resolve } from 'node:path';
import type { HttpClient, Logger } from '../core/ports.js';
import { defaultNodeConfig, type NodeConfig } from './config.js';
import { createNodeDelivery } from './durable.js';
import { createNodeHttpClient } from './http-client.js';
import { createNodeLogger } from './logger.js';
import { createClientAddress } from './client-address.js';
import { openRevocations, type Revocations } from './revocations.js';
import { createDeliveryEvents } from '../core/delivery/events.js';
import { createNodeMetrics } from './metrics.js';
import { nodeAesGcmOpen } from './aes-gcm.js';
import { nodeHmac } from './hmac.js';

export interface RunningRelay {
  url: string;
  stop(): Promise<void>;
}

/** Starts the relay and resolves once it listens. */
export async function startNodeRelay(config: NodeConfig, opts: { logger?: Logger } = {}): Promise<RunningRelay> {
  const nodeLogger = opts.logger ? undefined : createNodeLogger(config.logLevel, config.logFormat);
  const logger: Logger = opts.logger ?? nodeLogger!;
  // The port first: a start that cannot listen creates no database or key file.
  let handle: (req: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response> = () =>
    new Response('{"success":false,"message":"The relay is starting; retry in a moment."}', {
      status: 503,
      headers: { 'content-type': 'application/json', 'retry-after': '1' },
    });
  const server = await listen({ fetch: (req, env) => handle(req, env) }, config.port, config.host, config).catch((err: unknown) => {
    throw new Error(listenError(err, config));
  });
  const client = createNodeHttpClient();
  // Delivery events feed the dashboard's live pages and the metrics (/metrics).
  const events = createDeliveryEvents();
  const metrics = createNodeMetrics();
  events.subscribe((e) => metrics.delivery(e));
  let delivery: Awaited<ReturnType<typeof createNodeDelivery>>;
  try {
    // Durable delivery: every accepted webhook is in the SQLite outbox before it is acknowledged.
    delivery = await createNodeDelivery(config, { http: client.http, logger, events, metrics });
  } catch (err) {
    server.close();
    await client.close();
    throw err;
  }
  const admin = createAdminApi({ store: delivery.store, adminToken: config.adminToken, submitReplay: (job) => delivery.deliverer.submit(job), logger });
  // Sealed tokens revoked with `webhook2github revoke` (the outbox file; read per sealed request).
  const revocations: Revocations | undefined = config.sealingKeys.length > 0 ? openRevocations(resolve(config.db)) : undefined;
  const app = createApp(config, {
    http: client.http,
    logger,
    deliverer: delivery.deliverer,
    dedupeKey: delivery.dedupeKey,
    admin,
    github: delivery.github,
    budget: delivery.budget,
    ...(revocations ? { isRevoked: revocations.isRevoked } : {}),
    // POST /_/seal is rate-limited per peer address (behind a reverse proxy: per proxy).
    clientKey: (c) => getConnInfo(c).remote.address ?? 'all',
    // The request log's `client`: the peer, or the client behind the proxies in W2G_TRUST_PROXY.
    clientAddress: createClientAddress(config.trustProxy),
    aesGcmOpen: nodeAesGcmOpen,
    hmac: nodeHmac,
    store: delivery.store,
    events,
    metrics,
  });
  handle = app.fetch;
  delivery.start();
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host}:${addr.port}`;
  await checkGitHub(client.http, config, logger);
  logger.info(
    { url, ...(config.publicUrl ? { public_url: config.publicUrl } : {}), github_api_url: config.githubApiUrl, mode: config.mode, db: resolve(config.db) },
    `listening on ${url}`,
  );

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info({ url }, 'stopping: no new requests; finishing those in flight');
      // Live dashboard streams end, so that closing the server does not wait for them.
      events.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
        server.closeIdleConnections();
      });
      // Pending deliveries stay in the database; a restart resumes them.
      const h = await delivery.deliverer.health().catch(() => undefined);
      await delivery.stop();
      revocations?.close();
      await client.close();
      logger.info({ pending: h?.queue?.pending }, 'stopped; pending deliveries stay in the outbox for the next start');
      nodeLogger?.flush();
    })());
  return { url, stop };
}

/** One line that says why the relay cannot listen, naming the setting and the fix. */
function listenError(err: unknown, config: NodeConfig): string {
  const code = (err as NodeJS.ErrnoException).code;
  const where = `${config.host}:${config.port}`;
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${config.port} on ${config.host} is already in use (--port / PORT): stop the other process, or pick another port (--port 0 takes any free one).`;
    case 'EACCES':
      return `Not allowed to listen on ${where} (--port / PORT): ports below 1024 need privileges; use a higher port behind a reverse proxy.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host ${JSON.stringify(config.host)} does not resolve (--host / HOST): use an address such as 127.0.0.1 or 0.0.0.0.`;
    case 'EADDRNOTAVAIL':
      return `${config.host} is not an address of this machine (--host / HOST): use 127.0.0.1, 0.0.0.0, or one of this machine's addresses.`;
    default:
      return `Cannot listen on ${where} (--host / --port): ${err instanceof Error ? err.message : String(err)}`;
  }
}

/**
 * Asks GitHub's API root (no credential) whether it answers, and warns with the cause when it does
 * not: a mistyped --github-api-url, DNS, a firewall or a proxy shows at start, not at the first webhook.
 */
async function checkGitHub(http: HttpClient, config: NodeConfig, logger: Logger): Promise<void> {
  const url = `${config.githubApiUrl}/`;
  try {
    const res = await http({
      method: 'GET',
      url,
      headers: { accept: 'application/vnd.github+json', 'user-agent': config.userAgent },
      timeoutMs: Math.min(3000, config.githubTimeoutMs),
    });
    if (res.status >= 500)
      logger.warn(
        { github_api_url: config.githubApiUrl, github_status: res.status },
        `GitHub's API answered HTTP ${res.status} at start; webhooks are stored and retried until it recovers`,
      );
  } catch (err) {
    logger.warn(
      { github_api_url: config.githubApiUrl, err: err instanceof Error ? err.message : String(err) },
      `GitHub's API cannot be reached (${err instanceof Error ? err.message : String(err)}); check --github-api-url / GITHUB_API_URL and the network (HTTPS_PROXY). Webhooks are stored and retried meanwhile`,
    );
  }
}

/** The socket limits of the Node server (slow clients, oversized headers, too many connections). */
export type SocketLimits = Pick<
  NodeConfig,
  'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs' | 'maxConnections' | 'maxHeaderBytes' | 'maxUrlBytes' | 'maxHeaders'
>;

/**
 * Serves the app on node:http (@hono/node-server); resolves once it listens. Slow clients cannot
 * hold sockets: the headers and the whole request have deadlines, checked every second (Node's
 * default checks every 30 s). The parser's header limit leaves room above the app's own limits,
 * so an oversized request normally gets the app's JSON 414/431; what even the parser refuses gets
 * a JSON answer too (clientError).
 * https://nodejs.org/api/http.html#httpcreateserveroptions-requestlistener
 */
export function listen(
  app: { fetch: (req: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response> },
  port: number,
  host: string,
  limits: SocketLimits = defaultNodeConfig,
): Promise<Server> {
  const serverOptions = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    maxHeaderSize: limits.maxHeaderBytes + limits.maxUrlBytes + 1024,
  };
  return new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host, serverOptions }, () => resolve(s as Server)) as Server;
    s.maxConnections = limits.maxConnections;
    // Repeats count here (the app counts distinct names): twice the app's limit keeps memory bounded.
    s.maxHeadersCount = limits.maxHeaders * 2;
    s.on('clientError', (err: NodeJS.ErrnoException, socket) => answerClientError(err, socket as Socket, limits));
    s.once('error', reject);
  });
}

/** Answers what the HTTP parser refused (or a client too slow to finish) with the relay's JSON error shape, then closes. */
function answerClientError(err: NodeJS.ErrnoException, socket: Socket, limits: SocketLimits): void {
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'headers_too_large',
          `The request line and headers are over ${limits.maxHeaderBytes + limits.maxUrlBytes} bytes; send less in headers and the URL.`,
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'ERR_HTTP_REQUEST_HEADERS_TIMEOUT'
        ? [
            408,
            'Request Timeout',
            'request_timeout',
            `The request did not arrive in time (headers within ${limits.headersTimeoutMs} ms, all of it within ${limits.requestTimeoutMs} ms); send it at once.`,
          ]
        : [400, 'Bad Request', 'bad_request', 'The request is not valid HTTP/1.1; nothing was dispatched.'];
  const body = JSON.stringify({ success: false, message, code });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
