/**
 * The Node relay as a real process under requests that used to stop it for everyone: large
 * bodies on a small heap, a failed delivery standing for its repeats, a GitHub call that waited
 * for a pooled connection without a deadline.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpFailure } from '../../src/core/ports.js';
import { createNodeHttpClient } from '../../src/node/http-client.js';
import { decodeBody, envelopeOf, send } from '../conformance/harness.js';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const MB = 1024 * 1024;

/** Resident memory of a process in MB, from /proc. */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

describe('25 MB bodies on a 256 MB heap', () => {
  let gh: FakeGitHub;
  let relay: NodeRelayHandle;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    // The default body limit (25 MB) and the default buffer cap; only the heap is small.
    relay = await startNodeRelay({ githubApiUrl: gh.url, env: { NODE_OPTIONS: '--max-old-space-size=256', W2G_LOG_LEVEL: 'warn', W2G_DISPATCH_RATE: '0' } });
  });
  afterAll(async () => {
    await relay?.stop();
    await gh?.close();
  });

  it.each([3, 10])('%i concurrent 25 MB bodies of NUL bytes: the relay stays up and every acknowledged one is delivered', async (n) => {
    gh.reset();
    const body = new Uint8Array(25 * MB - 1024);
    const before = rssMb(relay.pid);
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) => send(relay.url, `/octo/hello/big/${i}?__token=t`, { method: 'POST', body, timeoutMs: 60_000 })),
    );
    const acked = answers.filter((r) => r.status === 200).map((r) => r.headers['x-webhook2github-delivery'] as string);
    // Anything not acknowledged was told to come back (503 + Retry-After), never a crash or a 500.
    for (const r of answers) {
      if (r.status !== 200) {
        expect(r.status, r.text()).toBe(503);
        expect(r.headers['retry-after']).toBeDefined();
      }
    }
    expect(acked.length).toBeGreaterThanOrEqual(2);
    await waitFor(() => gh.dispatches.length >= acked.length, 30_000);
    expect(gh.dispatches.map((d) => envelopeOf(d).id).sort()).toEqual([...acked].sort());
    const env = envelopeOf(gh.dispatches[0]);
    expect(env.body_encoding).toBe('gzip+base64');
    expect(decodeBody(env).equals(Buffer.from(body))).toBe(true);
    // Still serving, and memory did not run away (the heap cap would have killed it first).
    const after = await send(relay.url, '/octo/hello/small?__token=t', { method: 'POST', body: '{}' });
    expect(after.status).toBe(200);
    console.log(`${n} × 25 MB: acknowledged ${acked.length}, RSS ${before.toFixed(0)} → ${rssMb(relay.pid).toFixed(0)} MB`);
  });

  it('4 concurrent incompressible 25 MB bodies travel as git blobs: the relay stays up, memory stays bounded, every one arrives', async () => {
    gh.reset();
    const bodies = Array.from({ length: 4 }, () => randomBytes(25 * MB - 1024));
    const before = rssMb(relay.pid);
    const answers = await Promise.all(
      bodies.map((body, i) => send(relay.url, `/octo/hello/random/${i}?__token=t`, { method: 'POST', body, timeoutMs: 120_000 })),
    );
    // Acknowledged (delivered, or 202 while the upload goes on), or told to come back: never a crash or a 500.
    for (const r of answers) expect([200, 202, 503], r.text()).toContain(r.status);
    const acked = answers.filter((r) => r.status < 300).map((r) => r.headers['x-webhook2github-delivery'] as string);
    expect(acked.length).toBeGreaterThanOrEqual(1);
    await waitFor(() => gh.dispatches.length >= acked.length, 120_000);
    for (const d of gh.dispatches) {
      const env = envelopeOf(d);
      const i = Number(env.path.split('/').pop());
      expect(decodeBody(env, { gh, owner: 'octo', repo: 'hello' }).equals(bodies[i]!)).toBe(true);
    }
    const after = await send(relay.url, '/octo/hello/small?__token=t', { method: 'POST', body: '{}' });
    expect(after.status).toBe(200);
    console.log(`4 × 25 MB random: acknowledged ${acked.length}, RSS ${before.toFixed(0)} → ${rssMb(relay.pid).toFixed(0)} MB`);
  });
});

describe('dedupe never lets a failure stand for the real delivery', () => {
  let gh: FakeGitHub;
  let relay: NodeRelayHandle;
  beforeAll(async () => {
    gh = await startFakeGitHub({ tokens: ['good-token'] });
    relay = await startNodeRelay({ githubApiUrl: gh.url, env: { W2G_LOG_LEVEL: 'warn', W2G_DISPATCH_RATE: '0' } });
  });
  afterAll(async () => {
    await relay?.stop();
    await gh?.close();
  });
  afterEach(() => gh.reset());

  it('a forged request with a bad token and the real delivery id does not block the real one', async () => {
    const headers = { 'X-GitHub-Delivery': 'delivery-forged-1', 'content-type': 'application/json' };
    const forged = await send(relay.url, '/octo/hello/gh?__token=wrong-token', { method: 'POST', headers, body: '{"forged":true}' });
    expect(forged.status).toBe(401);
    const real = await send(relay.url, '/octo/hello/gh?__token=good-token', { method: 'POST', headers, body: '{"real":true}' });
    expect(real.status, real.text()).toBe(200);
    expect(gh.dispatches).toHaveLength(1);
    expect(decodeBody(envelopeOf(gh.dispatches[0])).toString()).toBe('{"real":true}');
    // A true repeat of the delivered one is still suppressed, answered like the first.
    const again = await send(relay.url, '/octo/hello/gh?__token=good-token', { method: 'POST', headers, body: '{"real":true}' });
    expect(again.status).toBe(200);
    expect(again.headers['x-webhook2github-delivery']).toBe(real.headers['x-webhook2github-delivery']);
    expect(gh.dispatches).toHaveLength(1);
  });

  it("a failed delivery does not answer GitHub's Redeliver after the user fixed the cause", async () => {
    gh.configure({ tokens: ['good-token'], repos: ['octo/other'] });
    const headers = { 'X-GitHub-Delivery': 'delivery-redeliver-1' };
    const first = await send(relay.url, '/octo/hello/gh?__token=good-token', { method: 'POST', headers, body: '{}' });
    expect(first.status).toBe(404);
    // The user creates the repository (or fixes access) and presses Redeliver.
    gh.configure({ tokens: ['good-token'], repos: undefined });
    const redeliver = await send(relay.url, '/octo/hello/gh?__token=good-token', { method: 'POST', headers, body: '{}' });
    expect(redeliver.status, redeliver.text()).toBe(200);
    expect(redeliver.headers['x-webhook2github-delivery']).not.toBe(first.headers['x-webhook2github-delivery']);
    expect(gh.dispatches).toHaveLength(1);
  });
});

describe('HTTP client deadline', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Accepts the request and never answers.
    server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('counts the wait for a pooled connection inside the one deadline', async () => {
    const client = createNodeHttpClient({ connections: 1 });
    try {
      const timeoutMs = 1500;
      const call = () => client.http({ method: 'POST', url, headers: {}, body: 'x', timeoutMs });
      const start = Date.now();
      // The second call waits for the only connection, which the first holds until its deadline.
      const results = await Promise.allSettled([call(), call()]);
      const elapsed = Date.now() - start;
      for (const r of results) {
        expect(r.status).toBe('rejected');
        const err = (r as PromiseRejectedResult).reason as HttpFailure;
        expect(err).toBeInstanceOf(HttpFailure);
        expect(err.kind).toBe('timeout');
      }
      // Both end by one deadline; without it the second would wait for the first, then start its own.
      expect(elapsed).toBeLessThan(timeoutMs * 2 - 300);
    } finally {
      await client.close();
    }
  });

  it('keeps the cause of a network failure', async () => {
    const client = createNodeHttpClient();
    try {
      const closed = createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((r) => closed.close(() => r()));
      const err = await client.http({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {}, timeoutMs: 2000 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HttpFailure);
      expect((err as HttpFailure).kind).toBe('network');
      expect((err as HttpFailure).message).toMatch(/ECONNREFUSED/);
    } finally {
      await client.close();
    }
  });
});
