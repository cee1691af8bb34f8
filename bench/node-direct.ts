/**
 * Diagnostic bench target "node-direct": the Node relay's HTTP path exactly as `serve` runs it
 * (same app, same server plumbing, same undici client) but with one direct attempt per request
 * instead of the SQLite outbox — the public relay's behaviour. Beside "node" it shows what the
 * HTTP path costs and what durable delivery adds. Bundled by bench/run.mjs with esbuild.
 * Usage: node <bundle> --upstream http://127.0.0.1:<fake>   → prints `listening on <url>`
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/core/app.js';
import { defaultNodeConfig } from '../src/node/config.js';
import { createNodeHttpClient } from '../src/node/http-client.js';
import { listen } from '../src/node/server.js';

const i = process.argv.indexOf('--upstream');
const upstream = i > 0 ? process.argv[i + 1] : undefined;
if (upstream === undefined) throw new Error('--upstream <url> is required');
// Request limits off, as for the other Node targets: the bench measures the relay, not its limits.
const config = { ...defaultNodeConfig, githubApiUrl: upstream, port: 0, host: '127.0.0.1', rateLimitClient: 0, rateLimitHook: 0 };
const client = createNodeHttpClient();
const app = createApp(config, { http: client.http });
const server = await listen(app, config.port, config.host);
console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close(() => void client.close().then(() => process.exit(0)));
    server.closeAllConnections();
  });
}
