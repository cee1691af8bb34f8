/**
 * README/DESIGN "Workers: without a GITHUB_API_URL binding the relay uses https://api.github.com":
 * the built Worker in workerd (Miniflare) with no such binding. Nothing leaves the machine: every
 * outbound fetch of the Worker goes to Miniflare's `outboundService`, a function here that records
 * the request and answers as GitHub does (204).
 */
import { dirname, join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker } from './support/queue-relay.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'dist', 'worker', 'index.js');
const TOKEN = 'ghp_DefaultApiUrlTest0123456789abcdefXYZ';

interface Outbound {
  method: string;
  url: string;
  authorization: string | null;
  body: { event_type: string; client_payload: Record<string, unknown> };
}

const outbound: Outbound[] = [];
let mf: Miniflare;
let url: string;

beforeAll(async () => {
  buildWorker();
  mf = new Miniflare({
    scriptPath: SCRIPT,
    modules: true,
    modulesRoot: dirname(SCRIPT),
    // Deliberately no GITHUB_API_URL.
    bindings: {},
    compatibilityDate: '2025-09-01',
    compatibilityFlags: ['nodejs_compat'],
    host: '127.0.0.1',
    port: 0,
    outboundService: async (request: Request) => {
      outbound.push({
        method: request.method,
        url: request.url,
        authorization: request.headers.get('authorization'),
        body: (await request.json()) as Outbound['body'],
      });
      return new Response(null, { status: 204, headers: { 'x-github-request-id': 'C0DE:1A2B3:4C5D6E:7F8A9B:65A1B2C3' } });
    },
    handleStructuredLogs: () => {},
  });
  url = (await mf.ready).origin;
}, 60_000);

afterAll(async () => {
  await mf?.dispose();
});

describe('Worker without a GITHUB_API_URL binding', () => {
  it('dispatches to https://api.github.com', async () => {
    const res = await fetch(`${url}/octo/hello/telegram?__token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ update_id: 1, message: { text: 'grüße' } }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ success: true });
    expect(outbound).toHaveLength(1);
    expect(outbound[0]).toMatchObject({
      method: 'POST',
      url: 'https://api.github.com/repos/octo/hello/dispatches',
      authorization: `token ${TOKEN}`,
      body: { event_type: 'webhook', client_payload: { path: '/telegram', method: 'POST', id: res.headers.get('x-webhook2github-delivery') } },
    });
  });
});
