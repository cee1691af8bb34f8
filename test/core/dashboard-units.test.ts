/**
 * The dashboard's pure parts and the metrics: sessions and CSRF tokens, the request view (every
 * body encoding, redaction, curl), filtered paging over a real store driver, per-minute counts,
 * delivery events, and the Workers exposition against prom-client's for the same events.
 */
import { describe, expect, it } from 'vitest';
import { createSessionKeys, SESSION_MS } from '../../src/core/dashboard/session.js';
import { curlOf, hexDump, requestViewOf } from '../../src/core/dashboard/request-view.js';
import { findDeliveries, parseFilter, perMinute } from '../../src/core/dashboard/query.js';
import { createDeliveryEvents, observeStore, type DeliveryEvent } from '../../src/core/delivery/events.js';
import { createMemoryStore } from '../../src/core/delivery/memory-store.js';
import type { Delivery, NewDelivery } from '../../src/core/delivery/store.js';
import { createTextMetrics } from '../../src/core/metrics-text.js';
import { createNodeMetrics } from '../../src/node/metrics.js';
import { LATENCY_BUCKETS, METRIC_DEFS, type RelayMetrics } from '../../src/core/metrics.js';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

const T0 = Date.UTC(2026, 0, 31, 12, 0, 0);

function envelopeDelivery(payload: Record<string, unknown>, over: Partial<Delivery> = {}): Delivery {
  return {
    id: 'd1',
    owner: 'octo',
    repo: 'bot',
    eventType: 'webhook',
    bodyJson: JSON.stringify({
      event_type: 'webhook',
      client_payload: { path: '/hook', method: 'POST', headers: {}, id: 'd1', received_at: new Date(T0).toISOString(), ...payload },
    }),
    paceKey: 'k',
    credential: null,
    dedupeKey: null,
    status: 'delivered',
    attempts: 1,
    receivedAt: T0,
    nextAttemptAt: T0,
    leaseUntil: null,
    lastError: null,
    lastStatus: 204,
    response: null,
    replayOf: null,
    settledAt: T0,
    target: { kind: 'repository_dispatch', eventType: 'webhook' },
    blob: null,
    run: null,
    ...over,
  };
}

async function gzipBase64(text: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('gzip'));
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64');
}

describe('dashboard sessions', () => {
  it('accepts its own session until it expires, refuses altered ones and those of another admin token', async () => {
    const keys = createSessionKeys('the admin token');
    const cookie = await keys.create(T0);
    const nonce = await keys.verify(cookie, T0 + 1000);
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await keys.verify(cookie, T0 + SESSION_MS)).toBeUndefined();
    const [exp, n, sig] = cookie.split('.') as [string, string, string];
    expect(await keys.verify(`${Number(exp) + SESSION_MS}.${n}.${sig}`, T0)).toBeUndefined();
    expect(await keys.verify(`${exp}.${n}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`, T0)).toBeUndefined();
    expect(await keys.verify(undefined, T0)).toBeUndefined();
    expect(await keys.verify('garbage', T0)).toBeUndefined();
    expect(await createSessionKeys('another admin token').verify(cookie, T0)).toBeUndefined();
    const csrf = await keys.csrf(nonce!);
    expect(await keys.checkCsrf(nonce!, csrf)).toBe(true);
    expect(await keys.checkCsrf(nonce!, undefined)).toBe(false);
    expect(await keys.checkCsrf('AAAAAAAAAAAAAAAAAAAAAA', csrf)).toBe(false);
    expect(await keys.isAdminToken('the admin token')).toBe(true);
    expect(await keys.isAdminToken('the admin token ')).toBe(false);
    expect(await keys.isAdminToken('')).toBe(false);
  });
});

describe('request view', () => {
  it('decodes text, gzip+base64 and binary bodies; pretty-prints JSON; hex-dumps', async () => {
    const text = await requestViewOf(envelopeDelivery({ body: '{"a":[1,"ü"]}' }));
    expect(text.body).toMatchObject({ kind: 'bytes', size: 14, text: '{"a":[1,"ü"]}', json: '{\n  "a": [\n    1,\n    "ü"\n  ]\n}', encoding: 'text' });
    const big = JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => ({ i, text: 'grüße' })) });
    const gz = await requestViewOf(envelopeDelivery({ body: await gzipBase64(big), body_encoding: 'gzip+base64' }));
    expect(gz.body).toMatchObject({ kind: 'bytes', text: big, encoding: 'gzip+base64' });
    const bin = await requestViewOf(envelopeDelivery({ body: Buffer.from([0xff, 0x00, 0x41, 0x0a]).toString('base64'), body_encoding: 'base64' }));
    expect(bin.body).toMatchObject({ kind: 'bytes', size: 4, text: undefined, json: undefined });
    expect(hexDump((bin.body as { bytes: Uint8Array }).bytes)).toBe(`00000000  ${'ff 00 41 0a'.padEnd(47)}  ..A.`);
    expect(hexDump(new Uint8Array(40), 16)).toMatch(/\n… 24 more bytes$/);
    const ref = await requestViewOf(envelopeDelivery({ body_ref: { sha: 'abc', size: 9_000_000, sha256: 'x' } }));
    expect(ref.body).toEqual({ kind: 'ref', sha: 'abc', size: 9_000_000 });
    expect((await requestViewOf(envelopeDelivery({}))).body).toEqual({ kind: 'none' });
  });

  it('redacts credential-like headers in the headers, the envelope shown and the curl', async () => {
    const d = envelopeDelivery({
      headers: {
        authorization: 'Basic c2VjcmV0',
        'x-telegram-bot-api-secret-token': 'tg',
        cookie: 'sid=1',
        'x-gitlab-token': 'gl',
        'x-api-key': 'k',
        'content-type': 'application/json',
        'x-github-event': 'push',
      },
      body: `it's "quoted"`,
    });
    const v = await requestViewOf(d);
    expect(v.provider).toBe('github');
    expect(
      v.headers
        .filter((h) => h.redacted)
        .map((h) => h.name)
        .sort(),
    ).toEqual(['authorization', 'cookie', 'x-api-key', 'x-gitlab-token', 'x-telegram-bot-api-secret-token']);
    for (const secret of ['c2VjcmV0', '"tg"', 'sid=1', '"gl"', '"k"']) expect(v.sent).not.toContain(secret);
    const curl = curlOf(v, 'https://relay.example/', 'octo', 'bot');
    expect(curl.split(' \\\n')[0]).toBe(`curl -X POST 'https://relay.example/octo/bot/hook?__token=REDACTED'`);
    expect(curl).toContain(`-H 'authorization: REDACTED'`);
    expect(curl).toContain(`--data-binary 'it'\\''s "quoted"'`);
    // workflow_dispatch keeps the envelope in inputs.payload.
    const wf = envelopeDelivery({}, { target: { kind: 'workflow_dispatch', workflow: 'ci.yml' } });
    wf.bodyJson = JSON.stringify({
      inputs: { payload: JSON.stringify({ path: '/x', method: 'PUT', headers: { authorization: 'token t' }, id: 'd1', received_at: '' }) },
      return_run_details: true,
    });
    const wv = await requestViewOf(wf);
    expect(wv.method).toBe('PUT');
    expect(wv.sent).not.toContain('token t');
  });

  it('makes a binary body a base64 pipe in curl', async () => {
    const v = await requestViewOf(envelopeDelivery({ body: Buffer.from([0xff, 0xfe]).toString('base64'), body_encoding: 'base64' }));
    expect(curlOf(v, 'http://r', 'o', 'p')).toMatch(/^printf %s '\/\/4=' \| base64 -d \| \\\ncurl -X POST/);
  });
});

describe('filters over a store', () => {
  const nd = (i: number, headers: Record<string, string>): NewDelivery => ({
    id: `d${i}`,
    owner: 'octo',
    repo: i % 2 ? 'odd' : 'even',
    eventType: 'webhook',
    bodyJson: JSON.stringify({ event_type: 'webhook', client_payload: { path: '/', method: 'POST', headers, id: `d${i}`, received_at: '' } }),
    paceKey: 'k',
    credential: 'c',
    receivedAt: T0 + i * 20_000,
    nextAttemptAt: 0,
  });

  it('pages through provider and time filters without gaps or repeats', async () => {
    const store = createMemoryStore();
    for (let i = 0; i < 130; i++) await store.enqueue(nd(i, i % 3 === 0 ? { 'stripe-signature': 's' } : { 'x-github-event': 'push' }), 0);
    const { filter } = parseFilter((n) => ({ provider: 'stripe' })[n], T0);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await findDeliveries(store, { ...filter, cursor }, 10);
      seen.push(...page.rows.map((d) => d.id));
      if (page.next === null) break;
      cursor = page.next;
    }
    const expected = Array.from({ length: 130 }, (_, i) => i)
      .filter((i) => i % 3 === 0)
      .reverse()
      .map((i) => `d${i}`);
    expect(seen).toEqual(expected);
    // From a time on, newest first; the scan stops at the first older one.
    const since = await findDeliveries(store, { from: T0 + 125 * 20_000 }, 50);
    expect(since.rows.map((d) => d.id)).toEqual(['d129', 'd128', 'd127', 'd126', 'd125']);
    expect(since.next).toBeNull();
  });

  it('reads filters and says what is wrong', () => {
    const q = (o: Record<string, string>) => parseFilter((n) => o[n], T0);
    expect(q({ range: '1h', repo: 'Octo/Bot', status: 'dead' }).filter).toMatchObject({ from: T0 - 3_600_000, repo: 'Octo/Bot', status: 'dead' });
    expect(q({ from: '2026-01-31T10:00', to: '2026-01-31T11:00:30' }).filter).toMatchObject({
      from: Date.UTC(2026, 0, 31, 10),
      to: Date.UTC(2026, 0, 31, 11, 0, 30),
    });
    expect(q({ range: '2y', provider: 'myspace', from: 'yesterday', repo: 'a/b/c', status: 'lost', cursor: '<x>' }).problems).toHaveLength(6);
    expect(q({ constructor: 'x', __proto__: 'y' } as Record<string, string>).problems).toEqual([]);
  });

  it('counts deliveries and failures per minute', async () => {
    const store = createMemoryStore();
    const now = T0 + 10 * 60_000 + 30_000;
    for (const [i, at] of [
      [1, now - 5_000],
      [2, now - 6_000],
      [3, now - 61_000],
      [4, now - 3 * 3_600_000],
    ] as const) {
      await store.enqueue({ ...nd(i, {}), receivedAt: at }, 0);
    }
    await store.settle('d2', { kind: 'failed', at: now, response: { status: 404, headers: {}, body: '' }, error: 'x' });
    const c = await perMinute(store, now, 60);
    expect(c.received.length).toBe(60);
    expect(c.received.at(-1)).toBe(2);
    expect(c.failed.at(-1)).toBe(1);
    expect(c.received.at(-2)).toBe(1);
    expect(c.received.reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('delivery events', () => {
  it('reports stored deliveries (not suppressed repeats) and settles; a throwing listener does not stop others; close ends streams', async () => {
    const events = createDeliveryEvents();
    const seen: DeliveryEvent[] = [];
    let closed = 0;
    events.subscribe(() => {
      throw new Error('broken listener');
    });
    const stop = events.subscribe(
      (e) => seen.push(e),
      () => closed++,
    );
    const store = observeStore(createMemoryStore(), events);
    const base = {
      owner: 'o',
      repo: 'r',
      eventType: 'webhook',
      bodyJson: '{}',
      paceKey: 'k',
      credential: 'c',
      receivedAt: T0,
      nextAttemptAt: T0,
      dedupeKey: 'x-github-delivery:1',
    };
    await store.enqueue({ ...base, id: 'a' }, 0);
    await store.enqueue({ ...base, id: 'b' }, 0);
    await store.settle('a', { kind: 'retry', at: T0 + 1, nextAttemptAt: T0 + 2, error: 'e', status: 502 });
    expect(seen).toEqual([
      { kind: 'received', id: 'a', at: T0 },
      { kind: 'settled', id: 'a', at: T0 + 1, outcome: 'retry', status: 502 },
    ]);
    expect(await store.attemptsOf!('a')).toHaveLength(1);
    events.close();
    expect(closed).toBe(1);
    stop();
    expect(events.size).toBe(0);
  });
});

describe('metrics', () => {
  /** Samples as name{sorted labels} → value, for the relay's own metrics. */
  function samples(text: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const line of text.split('\n')) {
      const m = /^(w2g_[a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m) continue;
      const labels = (m[2] ?? '')
        .split(/,(?=[a-z_]+=")/)
        .filter(Boolean)
        .sort()
        .join(',');
      out.set(`${m[1]}{${labels}}`, Number(m[3]));
    }
    return out;
  }
  const meta = (text: string) =>
    text
      .split('\n')
      .filter((l) => /^# (HELP|TYPE) w2g_/.test(l))
      .sort();

  function feed(m: RelayMetrics): void {
    m.request('relay', 200, 0.012);
    m.request('relay', 200, 0.4);
    m.request('dashboard', 303, 0.003);
    m.github('dispatch', '204', 0.3);
    m.github('dispatch', 'timeout', 10);
    m.github('blob', '201', 1.2);
    m.delivery({ kind: 'received', id: 'a', at: 0 });
    m.delivery({ kind: 'settled', id: 'a', at: 0, outcome: 'retry', status: 502 });
    m.delivery({ kind: 'settled', id: 'a', at: 0, outcome: 'dead', status: null });
    m.verificationFailure('stripe');
  }

  /** The reference: the same metrics kept by prom-client (what Node rendered before it rendered them as text). */
  function promMetrics(): RelayMetrics {
    const registry = new Registry();
    const d = METRIC_DEFS;
    const counter = (def: { name: string; help: string; labels: readonly string[] }) =>
      new Counter({ name: def.name, help: def.help, labelNames: def.labels, registers: [registry] });
    const histogram = (def: { name: string; help: string; labels: readonly string[] }) =>
      new Histogram({ name: def.name, help: def.help, labelNames: def.labels, buckets: [...LATENCY_BUCKETS], registers: [registry] });
    const gauge = (def: { name: string; help: string }) => new Gauge({ name: def.name, help: def.help, registers: [registry] });
    const [requests, requestSeconds, github, githubSeconds] = [counter(d.requests), histogram(d.requestSeconds), counter(d.github), histogram(d.githubSeconds)];
    const [received, attempts, retries, dead, verification] = [
      counter(d.received),
      counter(d.attempts),
      counter(d.retries),
      counter(d.dead),
      counter(d.verification),
    ];
    const [pending, oldestPending, deadNow] = [gauge(d.pending), gauge(d.oldestPending), gauge(d.deadNow)];
    return {
      contentType: registry.contentType,
      request(route, status, seconds) {
        requests.inc({ route, status: String(status) });
        requestSeconds.observe({ route }, seconds);
      },
      github(call, status, seconds) {
        github.inc({ call, status });
        githubSeconds.observe({ call }, seconds);
      },
      delivery(event) {
        if (event.kind === 'received') return received.inc();
        attempts.inc({ outcome: event.outcome });
        if (event.outcome === 'retry') retries.inc();
        if (event.outcome === 'dead') dead.inc();
      },
      verificationFailure(provider) {
        verification.inc({ provider });
      },
      async render(queue) {
        if (queue) {
          pending.set(queue.pending);
          oldestPending.set(queue.oldest_pending_age_s);
          deadNow.set(queue.dead);
        }
        return registry.metrics();
      },
    };
  }

  it('the text exposition (Workers, and Node) says exactly what prom-client says for the same events', async () => {
    const text = createTextMetrics();
    const prom = promMetrics();
    feed(text);
    feed(prom);
    const queue = { pending: 3, oldest_pending_age_s: 42, dead: 1 };
    const a = await text.render(queue);
    const b = await prom.render(queue);
    expect(meta(a)).toEqual(meta(b));
    expect(samples(a)).toEqual(samples(b));
    expect(samples(a).get('w2g_http_request_duration_seconds_bucket{le="0.025",route="relay"}')).toBe(1);
    expect(samples(a).get('w2g_dead_letters_total{}')).toBe(1);
    expect(samples(a).get('w2g_queue_oldest_pending_age_seconds{}')).toBe(42);
    expect(a).toMatch(/^# TYPE w2g_http_requests_total counter$/m);
  });

  it("on Node, counts what happened before the first scrape, and the first scrape brings prom-client's process metrics", async () => {
    const node = createNodeMetrics();
    const text = createTextMetrics();
    // Everything here happens before /metrics is first asked for (prom-client is not loaded yet).
    feed(node);
    feed(text);
    const queue = { pending: 3, oldest_pending_age_s: 42, dead: 1 };
    const first = await node.render(queue);
    expect(node.contentType).toBe(text.contentType);
    expect(samples(first)).toEqual(samples(await text.render(queue)));
    expect(meta(first)).toEqual(meta(await text.render(queue)));
    expect(samples(first).get('w2g_deliveries_received_total{}')).toBe(1);
    expect(samples(first).get('w2g_dead_letters_total{}')).toBe(1);
    expect(first).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(first).toMatch(/^# TYPE nodejs_eventloop_lag_seconds gauge$/m);
    // Counting goes on after the first scrape, in the same series.
    node.delivery({ kind: 'received', id: 'b', at: 0 });
    node.request('relay', 200, 0.02);
    const second = await node.render(queue);
    expect(samples(second).get('w2g_deliveries_received_total{}')).toBe(2);
    expect(samples(second).get('w2g_http_requests_total{route="relay",status="200"}')).toBe(3);
    expect(second.match(/^process_cpu_user_seconds_total .*$/gm)).toHaveLength(1);
  });

  it('escapes label values in the text format', async () => {
    const m = createTextMetrics();
    m.verificationFailure('a"b\\c\nd');
    expect(await m.render(undefined)).toContain('w2g_verification_failures_total{provider="a\\"b\\\\c\\nd"} 1');
  });
});
