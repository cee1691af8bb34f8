/**
 * The Node relay under slow clients and a flood, as a real process on loopback:
 * - slowloris: hundreds of sockets that send headers a byte at a time are closed after
 *   W2G_HEADERS_TIMEOUT_MS (with a JSON 408 when a status line can still be written), and a
 *   webhook sent meanwhile is answered at once;
 * - a body that trickles in is cut after W2G_REQUEST_TIMEOUT_MS, nothing dispatched;
 * - a flood from one address past W2G_RATE_LIMIT_CLIENT gets 429s, never a 5xx; everything the
 *   relay acknowledged is dispatched; memory stays bounded (RSS from /proc).
 */
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../conformance/harness.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const HEADERS_TIMEOUT_MS = 1500;
const REQUEST_TIMEOUT_MS = 2500;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** A socket that writes `head` and then one more byte every `everyMs`; resolves with what it got when the server closes it. */
function trickle(port: number, head: string, everyMs: number): { socket: Socket; closed: Promise<{ text: string; afterMs: number }> } {
  const started = Date.now();
  const socket = connect({ port, host: '127.0.0.1' });
  const chunks: Buffer[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  socket.on('data', (d: Buffer) => chunks.push(d));
  socket.on('connect', () => {
    socket.write(head);
    timer = setInterval(() => {
      if (!socket.destroyed) socket.write('x');
    }, everyMs);
  });
  const closed = new Promise<{ text: string; afterMs: number }>((resolve) => {
    const done = () => {
      clearInterval(timer);
      resolve({ text: Buffer.concat(chunks).toString('latin1'), afterMs: Date.now() - started });
    };
    socket.on('close', done);
    socket.on('error', () => undefined);
  });
  return { socket, closed };
}

describe('the Node relay under slow clients and a flood', () => {
  let gh: FakeGitHub;
  let relay: NodeRelayHandle;
  let port: number;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    relay = await startNodeRelay({
      githubApiUrl: gh.url,
      env: {
        W2G_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        W2G_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        W2G_RATE_LIMIT_CLIENT: '300',
        W2G_RATE_LIMIT_HOOK: '0',
        W2G_DISPATCH_RATE: '0',
        W2G_LOG_LEVEL: 'warn',
      },
    });
    port = Number(new URL(relay.url).port);
  });
  afterAll(async () => {
    await relay?.stop();
    await gh?.close();
  });

  it('slowloris: 200 sockets sending headers byte by byte are closed after the headers deadline; a webhook meanwhile is answered at once', async () => {
    const slow = Array.from({ length: 200 }, () => trickle(port, 'POST /octo/bot/slow?__token=t HTTP/1.1\r\nHost: relay\r\nX-Slow: ', 200));
    // While they hold their sockets, an ordinary webhook gets through.
    const t0 = Date.now();
    const ok = await send(relay.url, '/octo/bot/fast?__token=t', { method: 'POST', body: '{"fast":true}', timeoutMs: 5000 });
    expect(ok.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(HEADERS_TIMEOUT_MS);
    const results = await Promise.all(slow.map((s) => s.closed));
    // Each closed within the deadline plus Node's check interval (1 s) and scheduling slack.
    for (const r of results) expect(r.afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1000 + 3000);
    // Each got the relay's JSON 408 before the socket closed.
    const answered = results.filter((r) => r.text.startsWith('HTTP/1.1 408'));
    expect(answered).toHaveLength(results.length);
    for (const r of answered) expect(r.text).toMatch(/content-type: application\/json[\s\S]*"code":"request_timeout"/);
    expect(gh.dispatches.filter((d) => (d.body.client_payload as { path: string }).path === '/slow')).toHaveLength(0);
  }, 30_000);

  it('a body that trickles in is cut after the request deadline with a JSON 408; nothing dispatched', async () => {
    const { closed } = trickle(
      port,
      'POST /octo/bot/trickle?__token=t HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
      250,
    );
    const r = await closed;
    expect(r.afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(r.afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1000 + 3000);
    expect(r.text).toMatch(/^HTTP\/1\.1 408 [\s\S]*"code":"request_timeout"/);
    expect(gh.dispatches.filter((d) => (d.body.client_payload as { path: string }).path === '/trickle')).toHaveLength(0);
  }, 30_000);

  it('a flood of 1500 requests from one address: 429 past the limit, no 5xx, everything acknowledged dispatched, memory bounded', async () => {
    gh.reset();
    const before = rssMb(relay.pid);
    const statuses: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < 1500) {
          const i = next++;
          const res = await send(relay.url, `/octo/flood/${i}?__token=t`, {
            method: 'POST',
            body: JSON.stringify({ i, pad: 'x'.repeat(1000) }),
            timeoutMs: 15_000,
          });
          statuses.push(res.status);
        }
      }),
    );
    const count = (s: number) => statuses.filter((x) => x === s).length;
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(count(200) + count(429)).toBe(1500);
    // The bucket holds a minute's worth (300) and refills at 5 a second while the flood lasts.
    expect(count(200)).toBeGreaterThanOrEqual(300);
    expect(count(429)).toBeGreaterThan(0);
    await gh.waitFor(() => gh.dispatches.length === count(200), 20_000);
    const after = rssMb(relay.pid);
    console.log(
      `[flood node] 1500 requests: ${count(200)} accepted and dispatched, ${count(429)} refused 429, 5xx 0; RSS before ${before.toFixed(1)} MB after ${after.toFixed(1)} MB`,
    );
    expect(after - before).toBeLessThan(100);
    expect((await send(relay.url, '/healthz')).status).toBe(200);
  }, 120_000);
});
