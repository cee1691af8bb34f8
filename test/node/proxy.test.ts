/**
 * HTTP_PROXY / HTTPS_PROXY / NO_PROXY: the relay reaches GitHub through the proxy a network
 * requires, and directly for hosts the user excluded. The proxy is a small one of the test's own
 * on loopback (CONNECT tunnels and absolute-form requests), recording what it carried.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay } from '../support/relay-process.js';

let gh: FakeGitHub;
let proxy: Server;
let proxyUrl: string;
const carried: string[] = [];

beforeAll(async () => {
  gh = await startFakeGitHub();
  proxy = createServer((req, res) => {
    // Absolute-form: `GET http://host:port/path`.
    carried.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '');
    const up = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    req.pipe(up);
  });
  proxy.on('connect', (req, socket, head) => {
    carried.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  proxy.closeAllConnections();
  proxy.close();
  await gh.close();
});

describe('proxies from the environment', () => {
  it('sends to GitHub through HTTPS_PROXY / HTTP_PROXY', async () => {
    carried.length = 0;
    const relay = await startNodeRelay({ githubApiUrl: gh.url, env: { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: '' } });
    try {
      const res = await fetch(`${relay.url}/octo/hello/via-proxy?__token=t`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(200);
      await waitFor(() => gh.dispatches.length === 1);
      const host = new URL(gh.url).host;
      expect(carried.some((c) => c === `CONNECT ${host}` || c.startsWith(`POST ${gh.url}/repos/octo/hello/dispatches`))).toBe(true);
    } finally {
      await relay.stop();
      gh.reset();
    }
  });

  it('goes direct to hosts in NO_PROXY', async () => {
    carried.length = 0;
    const relay = await startNodeRelay({ githubApiUrl: gh.url, env: { HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' } });
    try {
      const res = await fetch(`${relay.url}/octo/hello/direct?__token=t`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(200);
      expect(gh.dispatches).toHaveLength(1);
      expect(carried).toEqual([]);
    } finally {
      await relay.stop();
      gh.reset();
    }
  });
});
