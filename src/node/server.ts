/**
 * The Node relay: the core app on @hono/node-server, with the undici client and pino logger.
 * `stop()` stops accepting, lets in-flight requests finish, then closes connections.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from '../core/app.js';
import type { Logger } from '../core/ports.js';
import type { NodeConfig } from './config.js';
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
  const app = createApp(config, { http: client.http, logger });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s as Server));
    s.once('error', reject);
  });
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
      await client.close();
    })());
  return { url, stop };
}
