/**
 * 1,000 webhooks across 50 tokens through the Worker at full strength (D1, credential lanes,
 * queues) in workerd, while GitHub fails some with 502, drops some connections and answers a
 * few secondary rate limits: every acknowledged webhook reaches GitHub, none twice except the
 * documented at-least-once case (GitHub took the request but its answer came after the relay's
 * deadline, so the relay could not know and sent it again), and no token is ever dispatched
 * faster than its pace. Pacing is scaled down (4 per second per token) so the
 * test is bounded; each token's 20 webhooks are sent close together, faster than its pace, so
 * the pace is what holds them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { buildWorker } from './support/queue-relay.js';
import { startLaneRelay, type LaneRelay } from './support/lane-relay.js';

const DELIVERIES = 1000;
const TOKENS = 50;
const RATE = 4;
const WINDOW_MS = 1000;
/** Webhooks in flight from the senders at once. */
const SENDERS = 40;

let gh: FakeGitHub;
let r: LaneRelay;
beforeAll(async () => {
  buildWorker();
  gh = await startFakeGitHub();
  r = await startLaneRelay({
    githubApiUrl: gh.url,
    bindings: {
      W2G_DISPATCH_RATE: String(RATE),
      W2G_PACE_WINDOW_MS: String(WINDOW_MS),
      W2G_MAX_IN_FLIGHT: '2',
      W2G_RETRY_BASE_MS: '50',
      W2G_RETRY_CAP_MS: '500',
      W2G_GITHUB_TIMEOUT_MS: '5000',
    },
  });
});
afterAll(async () => {
  await r?.stop();
  await gh?.close();
});

const PER_TOKEN = DELIVERIES / TOKENS;
/** Webhook `n`'s token: the first 20 share one, the next 20 the next … (bursts per token). */
const tokenOf = (n: number) => `ghp_scale${String(Math.floor(n / PER_TOKEN) % TOKENS).padStart(2, '0')}${'x'.repeat(24)}`;

describe('1,000 deliveries across 50 tokens', () => {
  it('none lost, none sent twice (but after an answer that came too late), no token over its pace', async () => {
    gh.setDelay(5);
    gh.fail(60, 502);
    gh.drop(20);
    gh.secondaryRateLimit(5, 1);
    const started = Date.now();
    const acked = new Map<string, string>();
    const statuses = new Map<number, number>();
    let next = 0;
    const sender = async () => {
      while (next < DELIVERIES) {
        const n = next++;
        const res = await fetch(`${r.url}/octo/scale-${n % 5}/hook?__token=${tokenOf(n)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ n, text: 'Grüße' }),
        });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 200 && res.status < 300) acked.set(res.headers.get('x-webhook2github-delivery')!, `token ${tokenOf(n)}`);
      }
    };
    await Promise.all(Array.from({ length: SENDERS }, sender));
    const answeredIn = Date.now() - started;
    expect(
      [...statuses.keys()].every((s) => s === 200 || s === 202),
      JSON.stringify([...statuses]),
    ).toBe(true);
    expect(acked.size).toBe(DELIVERIES);

    await waitFor(() => gh.dispatches.length >= DELIVERIES, 120_000);
    const deliveredIn = Date.now() - started;
    // Nothing more arrives once every delivery is recorded as ended.
    await waitFor(async () => (await r.query<{ n: number }>("SELECT COUNT(*) AS n FROM deliveries WHERE status != 'delivered'"))[0]?.n === 0, 30_000);

    const counts = new Map<string, number>();
    for (const d of gh.dispatches) counts.set(String(d.body.client_payload['id']), (counts.get(String(d.body.client_payload['id'])) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...acked.keys()].sort());
    // A delivery reaches GitHub more than once only after attempts that got no answer in time.
    const repeated = [...counts].filter(([, c]) => c > 1);
    for (const [id, c] of repeated) {
      const unanswered = r.logsOf(id).filter((l) => l['msg'] === 'delivery will be retried' && l['reason'] === 'timeout').length;
      expect(unanswered, `${id} reached GitHub ${c} times`).toBeGreaterThanOrEqual(c - 1);
    }
    // Each went out with its own token.
    for (const d of gh.dispatches) expect(d.authorization).toBe(acked.get(String(d.body.client_payload['id'])));

    // Pace: within any window, at most RATE dispatches of one token reached GitHub (arrival
    // times trail start times by the network, hence the 10% margin, as in the Node test).
    let worst = Infinity;
    for (let t = 0; t < TOKENS; t++) {
      const mine = gh.dispatches.filter((d) => d.authorization === `token ${tokenOf(t * PER_TOKEN)}`);
      const times = mine.map((d) => d.time);
      // Each of its webhooks once, plus the repeats accounted for above (an answer that came too late).
      const ids = mine.map((d) => String(d.body.client_payload['id']));
      expect(new Set(ids).size).toBe(PER_TOKEN);
      expect(times.length - PER_TOKEN).toBe(repeated.filter(([id]) => ids.includes(id)).reduce((n, [, c]) => n + c - 1, 0));
      for (let i = RATE; i < times.length; i++) worst = Math.min(worst, times[i]! - times[i - RATE]!);
    }
    expect(worst).toBeGreaterThanOrEqual(WINDOW_MS * 0.9);

    const attempts = await r.query<{ total: number; retried: number }>('SELECT SUM(attempts) AS total, SUM(attempts > 1) AS retried FROM deliveries');
    console.log(
      `1,000 across 50 tokens: answered in ${answeredIn} ms (${[...statuses].map(([s, n]) => `${n}×${s}`).join(', ')}), all at GitHub after ${deliveredIn} ms; ` +
        `${attempts[0]?.total} attempts, ${attempts[0]?.retried} retried, ${repeated.length} sent twice after an answer came too late; ` +
        `closest ${RATE + 1} dispatches of one token: ${worst} ms apart (window ${WINDOW_MS} ms)`,
    );
  }, 240_000);
});
