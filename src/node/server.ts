/**
 * The Node relay: the core app on @hono/node-server, with the undici client and pino logger.
 * `stop()` stops accepting, lets in-flight requests finish, then closes connections.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
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
  const nodeLogger = opts.logger ? undefined : createNodeLogger(config.logLevel);
  const logger: Logger = opts.logger ?? nodeLogger!;
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
      nodeLogger?.flush();
    })());
  return { url, stop };
}

/** Serves the app on node:http (@hono/node-server); resolves once it listens. */
export function listen(app: { fetch: (req: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response> }, port: number, host: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s as Server));
    s.once('error', reject);
  });
}
