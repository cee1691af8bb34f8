/**
 * In-process relay with durable delivery (real SQLite in a temp dir, real HTTP to the fake
 * GitHub), for the durable-delivery tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/core/app.js';
import { createAdminApi } from '../../../src/core/admin.js';
import { silentLogger } from '../../../src/core/ports.js';
import { defaultNodeConfig, type NodeConfig } from '../../../src/node/config.js';
import { createNodeDelivery, type NodeDelivery, type NodeDeliveryTuning } from '../../../src/node/durable.js';
import { createNodeHttpClient } from '../../../src/node/http-client.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';

export const TOKEN = 'ghp_DurableTestToken0123456789abcdefABCD';
export const ADMIN = 'admin-secret';

export interface Harness {
  gh: FakeGitHub;
  config: NodeConfig;
  delivery: NodeDelivery;
  dbFile: string;
  /** Sends a webhook to the relay in-process. */
  send(opts?: { path?: string; headers?: Record<string, string>; body?: string; token?: string }): Promise<Response>;
  /** Calls the admin API. */
  admin(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the fake GitHub and an in-process relay with fast retries. */
export async function startHarness(over: Partial<NodeConfig> = {}, tuning: NodeDeliveryTuning = {}): Promise<Harness> {
  const gh = await startFakeGitHub();
  const dir = mkdtempSync(join(tmpdir(), 'w2g-durable-'));
  const dbFile = join(dir, 'outbox.db');
  const config: NodeConfig = {
    ...defaultNodeConfig,
    githubApiUrl: gh.url,
    db: dbFile,
    secret: 'test secret for the credential box',
    syncDeadlineMs: 1000,
    githubTimeoutMs: 1000,
    adminToken: ADMIN,
    logLevel: 'silent',
    ...over,
  };
  const client = createNodeHttpClient();
  const delivery = await createNodeDelivery(config, { http: client.http, logger: silentLogger }, { retryBaseMs: 20, retryCapMs: 200, ...tuning });
  const admin = createAdminApi({ store: delivery.store, adminToken: config.adminToken, submitReplay: (job) => delivery.deliverer.submit(job) });
  const app = createApp(config, { http: client.http, deliverer: delivery.deliverer, dedupeKey: delivery.dedupeKey, admin });
  delivery.start();
  return {
    gh,
    config,
    delivery,
    dbFile,
    send: async (o = {}) =>
      app.request(`http://relay.test${o.path ?? '/octo/hello/hook'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-authorization': o.token ?? TOKEN, ...o.headers },
        body: o.body ?? JSON.stringify({ hello: 'wörld' }),
      }),
    admin: async (path, init = {}) =>
      app.request(`http://relay.test/_/api${path}`, { ...init, headers: { authorization: `Bearer ${ADMIN}`, ...(init.headers as Record<string, string>) } }),
    async close() {
      await delivery.stop();
      await gh.close();
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Delivery ids (client_payload.id) the fake GitHub accepted, in order. */
export function dispatchedIds(gh: FakeGitHub): string[] {
  return gh.dispatches.map((d) => String(d.body.client_payload.id));
}
