/**
 * Soak: the Node relay (real process, SQLite outbox) under hostile raw-TCP traffic while the fake
 * GitHub fails (5xx), hangs, drops connections, stops answering altogether while a burst of
 * webhooks arrives (more GitHub calls than the relay's connection pool holds), answers slowly and
 * rate-limits (403 secondary with retry-after), then recovers. Good webhooks (distinct tokens,
 * some with X-GitHub-Delivery ids, a few provider re-sends) flow all along.
 *
 * What must hold:
 * - every good webhook gets an answer, 2xx or a deliberate 502/503/504 (answers later than the
 *   sync deadline during the outage are printed, not failed: timing on a shared machine);
 * - exactly the acknowledged (2xx) good webhooks reach GitHub: none lost, none the sender was not
 *   told about (a delivery still waiting out its retry backoff is reported, not failed);
 * - webhooks sent after GitHub recovers are answered 2xx within the sync deadline (README: "the
 *   relay tries GitHub once, within W2G_SYNC_DEADLINE_MS"; by the relay's own log and as the
 *   sender sees it, see the slack constants) and delivered;
 * - no 5xx answer other than a deliberate 502/503/504, to anyone (hostile requests included);
 * - the relay's resident memory stays bounded, the process stays up, /healthz is ok at the end.
 *
 * Deterministic inputs: the hostile requests, tokens and fault sequence come from one fixed seed
 * (SOAK_SEED overrides it for exploration); timing is real. About 20 s when the relay is healthy,
 * under 50 s when it is not. SOAK_RELAY_BIN runs another build of the CLI; SOAK_RELAY_LOG=<file>
 * keeps the relay's output and the senders' timings.
 */
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, expect, it } from 'vitest';
import { startFakeGitHub, waitFor, type FakeGitHub, type RecordedDispatch } from '../support/fake-github.js';
import { nextHostile, Rng, sendRaw, type RawOutcome } from './hostile.js';
import { startSoakRelay, type SoakRelay } from './relay.js';

const SEED = process.env.SOAK_SEED ? Number(process.env.SOAK_SEED) : 0x5eed_2026;
const SYNC_DEADLINE_MS = 1000;
const GITHUB_TIMEOUT_MS = 1500;
/**
 * Allowed lateness over the sync deadline as the sender sees it. The relay's own log
 * (RELAY_SLACK_MS) is the precise measure; this one is the backstop for answers that come very
 * late. Not counted for the burst window: 100 connections opened within 250 ms cost seconds of
 * connection set-up and queueing before any handler runs on a busy 2-core machine, even against
 * a trivial server (and every other sender waits with them).
 */
const ANSWER_SLACK_MS = 2500;
/** Allowed lateness by the relay's own measure (its request log: handler start to answer; SQLite commit, event loop). */
const RELAY_SLACK_MS = 1000;
/** How long a good sender waits for any answer. */
const CLIENT_PATIENCE_MS = 10_000;
const OUTAGE_MS = 7000;
const AFTER_MS = 5000;
/** After the last answer, how long acknowledged deliveries may take to reach GitHub (retry backoff: 1 s base, full jitter). */
const DRAIN_CAP_MS = 20_000;
/** A pending delivery whose next attempt was due longer ago than this (one attempt's timeout and some) is stuck, not waiting. */
const OVERDUE_GRACE_MS = GITHUB_TIMEOUT_MS + 2000;
const GOOD_EVERY_MS = { outage: 100, after: 250 } as const;
/** Part of the outage (fractions of it) in which GitHub answers nothing, and the burst of good webhooks sent then. */
const STORM = { from: 0.2, to: 0.6, burst: 100, spreadMs: 250 } as const;
const HOSTILE_EVERY_MS = 15;
const HOSTILE_MAX_IN_FLIGHT = 40;
/** Memory bounds for the relay process. */
const RSS_PEAK_MAX_MIB = 400;
const RSS_GROWTH_MAX_MIB = 150;
const DELIBERATE_5XX = new Set([502, 503, 504]);
const GOOD_OWNER = 'soakgood';
const ADMIN_TOKEN = 'soak-admin-token';

type Phase = 'warmup' | 'outage' | 'storm' | 'after';
interface Good {
  seq: number;
  phase: Phase;
  token: string;
  deliveryHeader: string | undefined;
  /** Epoch ms when sent. */
  sentAt: number;
  /** ms until the answer's headers, and until its end; undefined without one. */
  headersMs: number | undefined;
  ms: number | undefined;
  status: number | 'no answer' | 'error' | undefined;
  /** The relay's delivery id (X-Webhook2github-Delivery) of a 2xx answer. */
  id: string | undefined;
}

let gh: FakeGitHub | undefined;
let relay: SoakRelay | undefined;
afterAll(async () => {
  await relay?.stop();
  await gh?.close();
});

/** Pending good deliveries as the relay's admin API shows them. */
interface PendingView {
  id: string;
  attempts: number;
  next_attempt_at: string | null;
}
async function listPendingGood(url: string): Promise<PendingView[]> {
  try {
    const res = await fetch(`${url}/_/api/deliveries?status=pending&repo=${GOOD_OWNER}/hooks&limit=500`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      signal: AbortSignal.timeout(3000),
    });
    if (!res.ok) return [];
    return ((await res.json()) as { deliveries?: PendingView[] }).deliveries ?? [];
  } catch {
    return [];
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mib = (kib: number | undefined) => (kib === undefined ? NaN : Math.round(kib / 1024));

it('survives hostile traffic and a GitHub outage: acknowledged means delivered, answers stay within the deadline', async () => {
  gh = await startFakeGitHub();
  relay = await startSoakRelay({
    githubApiUrl: gh.url,
    env: {
      W2G_MODE: 'sync',
      W2G_SYNC_DEADLINE_MS: String(SYNC_DEADLINE_MS),
      W2G_GITHUB_TIMEOUT_MS: String(GITHUB_TIMEOUT_MS),
      W2G_MAX_BODY: '65536',
      W2G_SECRET: 'soak secret',
      W2G_ADMIN_TOKEN: ADMIN_TOKEN,
      W2G_LOG_LEVEL: 'info',
    },
  });
  const fake = gh;
  const r = relay;

  // The test process's own event-loop delay: answers it times late may be late on this side.
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  // RSS sampled all along.
  const rss: number[] = [];
  const sampler = setInterval(() => {
    const v = r.rssKiB();
    if (v !== undefined) rss.push(v);
  }, 250);

  // ---- good webhooks -------------------------------------------------------------------------
  const goodRng = new Rng(SEED ^ 0x600d);
  const goods: Good[] = [];
  const goodAnswers: Promise<void>[] = [];
  let previous: Good | undefined;
  const sendGood = (phase: Phase): Promise<void> => {
    const seq = goods.length;
    // Every 15th is a provider re-send of the previous webhook (same token, same delivery id).
    const resend = previous !== undefined && previous.deliveryHeader !== undefined && seq % 15 === 0;
    const token = resend && previous ? previous.token : `ghp_soak${seq}_${goodRng.chars(24)}`;
    const deliveryHeader = resend && previous ? previous.deliveryHeader : goodRng.chance(0.4) ? `${goodRng.chars(8, '0123456789abcdef')}-${seq}` : undefined;
    const g: Good = { seq, phase, token, deliveryHeader, sentAt: Date.now(), headersMs: undefined, ms: undefined, status: undefined, id: undefined };
    goods.push(g);
    previous = g;
    const viaHeader = goodRng.chance(0.25);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-soak-seq': String(seq) };
    if (deliveryHeader !== undefined) headers['x-github-delivery'] = deliveryHeader;
    if (viaHeader) headers['x-github-authorization'] = token;
    const url = `${r.url}/${GOOD_OWNER}/hooks/event/${seq}?${viaHeader ? '' : `__token=${token}&`}seq=${seq}${goodRng.chance(0.3) ? '&__event_type=soak' : ''}`;
    const started = Date.now();
    const p = fetch(url, {
      method: goodRng.chance(0.9) ? 'POST' : 'PUT',
      headers,
      body: JSON.stringify({ seq, phase, note: goodRng.chars(goodRng.between(0, 300)) }),
      signal: AbortSignal.timeout(CLIENT_PATIENCE_MS),
    }).then(
      async (res) => {
        g.headersMs = Date.now() - started;
        await res.arrayBuffer();
        g.ms = Date.now() - started;
        g.status = res.status;
        if (res.status >= 200 && res.status < 300) g.id = res.headers.get('x-webhook2github-delivery') ?? undefined;
      },
      (err: unknown) => {
        g.status = err instanceof Error && err.name === 'TimeoutError' ? 'no answer' : 'error';
      },
    );
    goodAnswers.push(p);
    return p;
  };

  // ---- hostile traffic -----------------------------------------------------------------------
  const hostileRng = new Rng(SEED);
  const hostile = { sent: 0, inFlight: 0, statuses: new Map<number, number>(), kinds: new Map<string, number>(), disallowed5xx: [] as string[], noAnswer: 0 };
  const hostileDone: Promise<void>[] = [];
  let hostileOn = true;
  const hostileLoop = async () => {
    while (hostileOn) {
      if (hostile.inFlight < HOSTILE_MAX_IN_FLIGHT) {
        const req = nextHostile(hostileRng);
        hostile.sent += 1;
        hostile.inFlight += 1;
        hostile.kinds.set(req.kind, (hostile.kinds.get(req.kind) ?? 0) + 1);
        hostileDone.push(
          sendRaw(r.port, req).then((o: RawOutcome) => {
            hostile.inFlight -= 1;
            if (o.statuses.length === 0) hostile.noAnswer += 1;
            for (const s of o.statuses) {
              hostile.statuses.set(s, (hostile.statuses.get(s) ?? 0) + 1);
              if (s >= 500 && !DELIBERATE_5XX.has(s)) hostile.disallowed5xx.push(`${req.kind} → ${s}`);
            }
          }),
        );
      }
      await sleep(HOSTILE_EVERY_MS);
    }
  };

  // ---- warm-up: healthy GitHub --------------------------------------------------------------
  for (let i = 0; i < 5; i++) await sendGood('warmup');
  const rssBefore = r.rssKiB();

  // ---- outage: 5xx, hangs, drops, slow answers, secondary rate limits -----------------------
  const faultRng = new Rng(SEED ^ 0xfa17);
  let pushed = 0;
  let outage = true;
  let stormSent = false;
  /** While the burst's connections are being set up, every sender waits on them (see ANSWER_SLACK_MS). */
  const burstWindow = { from: Infinity, to: Infinity };
  // The fake takes the next queued fault for each request as it arrives (a delayed one still shows
  // `pending`), so faults left in its queue = queued before − requests arrived since.
  let queuedFaults = 0;
  let seenRequests = fake.requests.length;
  const faultLoop = (async () => {
    const outageStart = Date.now();
    let delay = 0;
    while (outage) {
      // Within the outage, GitHub stops answering at all for a while (every request hangs, a burst
      // arrives: more GitHub calls than the relay's connection pool holds), then answers slowly.
      const t = (Date.now() - outageStart) / OUTAGE_MS;
      const want = t >= STORM.from && t < STORM.to ? 10_000 : t >= 0.65 && t < 0.85 ? 300 : 0;
      if (want !== delay) fake.setDelay((delay = want));
      if (want !== 10_000 && stormSent && burstWindow.to === Infinity) burstWindow.to = Date.now();
      if (want === 10_000 && !stormSent) {
        stormSent = true;
        burstWindow.from = Date.now();
        void (async () => {
          for (let i = 0; i < STORM.burst; i++) {
            void sendGood('storm');
            if (i % 10 === 9) await sleep(STORM.spreadMs / (STORM.burst / 10));
          }
        })();
      }
      queuedFaults = Math.max(0, queuedFaults - (fake.requests.length - seenRequests));
      seenRequests = fake.requests.length;
      for (; queuedFaults < 6; queuedFaults++, pushed++) {
        const k = faultRng.int(8);
        if (k < 3) fake.fail(1, faultRng.pick([500, 502, 503, 504]));
        else if (k < 5) fake.hang(1);
        else if (k < 6) fake.drop(1);
        else fake.secondaryRateLimit(1, faultRng.pick([1, 2]));
      }
      await sleep(20);
    }
  })();
  const hostileRun = hostileLoop();
  const outageEnd = Date.now() + OUTAGE_MS;
  while (Date.now() < outageEnd) {
    void sendGood('outage');
    await sleep(GOOD_EVERY_MS.outage);
  }

  // ---- recovery: GitHub answers again (hung requests released, no faults left) ---------------
  outage = false;
  await faultLoop;
  const outageDispatches: RecordedDispatch[] = fake.dispatches.slice();
  const outageRequests = fake.requests.length;
  fake.reset();
  const afterEnd = Date.now() + AFTER_MS;
  while (Date.now() < afterEnd) {
    void sendGood('after');
    await sleep(GOOD_EVERY_MS.after);
  }
  hostileOn = false;
  await hostileRun;
  await Promise.all([...goodAnswers, ...hostileDone]);

  // ---- drain: every acknowledged delivery reaches GitHub -------------------------------------
  const goodDispatches = () => [...outageDispatches, ...fake.dispatches].filter((d) => d.owner === GOOD_OWNER);
  const deliveredIds = () => new Set(goodDispatches().map((d) => String(d.body.client_payload['id'])));
  const acked = new Set(goods.flatMap((g) => (g.id === undefined ? [] : [g.id])));
  const drainStart = Date.now();
  await waitFor(() => {
    const d = deliveredIds();
    return [...acked].every((id) => d.has(id));
  }, DRAIN_CAP_MS).catch(() => undefined);
  const drainMs = Date.now() - drainStart;

  const health = await fetch(`${r.url}/healthz`, { signal: AbortSignal.timeout(5000) }).then(
    async (res) => ({ status: res.status, body: (await res.json()) as { ok?: boolean; queue?: unknown } }),
    (err: unknown) => ({ status: 0, body: { error: String(err) } as { ok?: boolean; queue?: unknown } }),
  );
  const rssAfter = r.rssKiB();
  clearInterval(sampler);
  loopDelay.disable();
  const alive = r.alive();

  // ---- results -------------------------------------------------------------------------------
  const delivered = deliveredIds();
  const missing = [...acked].filter((id) => !delivered.has(id));
  // A missing delivery still pending with its next attempt not yet due is the retry backoff at
  // work (1 s base, full jitter), not a loss: reported, not failed. Anything else (overdue, dead,
  // failed, unknown) is lost.
  const pendingNow = new Map((await listPendingGood(r.url)).map((v) => [v.id, v]));
  const now = Date.now();
  const waiting = missing.filter((id) => {
    const v = pendingNow.get(id);
    return v?.next_attempt_at != null && Date.parse(v.next_attempt_at) > now - OVERDUE_GRACE_MS;
  });
  const lost = missing.filter((id) => !waiting.includes(id));
  const unexpected = [...delivered].filter((id) => !acked.has(id));
  const perId = new Map<string, number>();
  for (const d of goodDispatches()) perId.set(String(d.body.client_payload['id']), (perId.get(String(d.body.client_payload['id'])) ?? 0) + 1);
  const duplicates = [...perId.values()].filter((n) => n > 1).length;
  const logged = r.lines.flatMap((l) => {
    try {
      return [JSON.parse(l) as { msg?: string; status?: number; err?: string }];
    } catch {
      return [];
    }
  });
  // The relay's own view of each good request (its log line: path /event/<seq>, status, ms from handler start).
  const relayMs = new Map<number, number>();
  for (const l of logged as { msg?: string; repo?: string; path?: string; ms?: number }[]) {
    const m = l.msg === 'request' && l.repo === `${GOOD_OWNER}/hooks` ? /^\/event\/(\d+)$/.exec(l.path ?? '') : null;
    if (m?.[1] !== undefined && typeof l.ms === 'number') relayMs.set(Number(m[1]), Math.max(l.ms, relayMs.get(Number(m[1])) ?? 0));
  }
  const relayLate = goods.filter((g) => (relayMs.get(g.seq) ?? 0) > SYNC_DEADLINE_MS + RELAY_SLACK_MS);
  const limit = SYNC_DEADLINE_MS + ANSWER_SLACK_MS;
  const unanswered = goods.filter((g) => typeof g.status !== 'number');
  const badGoodStatus = goods.filter((g) => typeof g.status === 'number' && !(g.status < 300 && g.status >= 200) && !DELIBERATE_5XX.has(g.status));
  const goodDisallowed5xx = goods.filter((g) => typeof g.status === 'number' && g.status >= 500 && !DELIBERATE_5XX.has(g.status));
  const inBurst = (g: Good) => g.phase === 'storm' || (g.sentAt >= burstWindow.from && g.sentAt <= burstWindow.to);
  const late = goods.filter((g) => !inBurst(g) && g.ms !== undefined && g.ms > limit);
  const after = goods.filter((g) => g.phase === 'after');
  const afterBad = after.filter(
    (g) =>
      typeof g.status !== 'number' ||
      g.status < 200 ||
      g.status >= 300 ||
      g.ms === undefined ||
      g.ms > limit ||
      (relayMs.get(g.seq) ?? Infinity) > SYNC_DEADLINE_MS + RELAY_SLACK_MS ||
      g.id === undefined ||
      !delivered.has(g.id),
  );
  const hist = (xs: Good[]) =>
    Object.fromEntries([...xs.reduce((m, g) => m.set(String(g.status), (m.get(String(g.status)) ?? 0) + 1), new Map<string, number>())]);
  const logged5xx = logged.filter((l) => l.msg === 'request' && typeof l.status === 'number' && l.status >= 500 && !DELIBERATE_5XX.has(l.status)).length;
  const peak = rss.length > 0 ? Math.max(...rss) : undefined;

  // Why an acknowledged delivery is missing, from the relay's own record.
  const lostDetail = await Promise.all(
    lost.slice(0, 8).map((id) =>
      fetch(`${r.url}/_/api/deliveries/${id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, signal: AbortSignal.timeout(3000) }).then(
        async (res) => {
          const v = (await res.json()) as Record<string, unknown>;
          return `${id}: ${v['status']} attempts=${v['attempts']} next=${v['next_attempt_at']} last=${v['last_status']} ${v['last_error']}`;
        },
        (err: unknown) => `${id}: admin API did not answer (${String(err)})`,
      ),
    ),
  );

  console.log(
    [
      `soak seed=${SEED} (0x${SEED.toString(16)})`,
      `hostile: ${hostile.sent} raw requests sent, ${hostile.noAnswer} got no answer; answers ${JSON.stringify(Object.fromEntries([...hostile.statuses].sort()))}`,
      `hostile kinds: ${JSON.stringify(Object.fromEntries(hostile.kinds))}`,
      `good: ${goods.length} sent (warm-up ${goods.filter((g) => g.phase === 'warmup').length}, outage ${goods.filter((g) => g.phase === 'outage').length}, burst while GitHub hangs ${goods.filter((g) => g.phase === 'storm').length}, after recovery ${after.length}); answers ${JSON.stringify(hist(goods))}`,
      `burst while GitHub hangs: answers ${JSON.stringify(hist(goods.filter((g) => g.phase === 'storm')))}, max ${Math.max(0, ...goods.filter((g) => g.phase === 'storm').map((g) => g.ms ?? CLIENT_PATIENCE_MS))} ms`,
      `good answer ms (sender): max ${Math.max(0, ...goods.map((g) => g.ms ?? 0))}; ${late.length} later than ${limit} ms outside the burst window (${goods.filter(inBurst).length} sent in it); ${unanswered.length} unanswered within ${CLIENT_PATIENCE_MS} ms`,
      `relay-side (logged) ms of good requests: max ${Math.max(0, ...relayMs.values())}; ${relayLate.length} over ${SYNC_DEADLINE_MS + RELAY_SLACK_MS} ms; storm ${goods
        .filter((g) => g.phase === 'storm')
        .map((g) => `${relayMs.get(g.seq) ?? '-'}/${g.ms ?? '∞'}`)
        .join(' ')}`,
      `after recovery: answers ${JSON.stringify(hist(after))}, ms ${after.map((g) => g.ms ?? '∞').join(' ')}`,
      `fake GitHub: ${outageRequests} requests during the outage (${pushed} faults injected), ${fake.requests.length} after; good dispatches ${goodDispatches().length}`,
      `5xx other than 502/503/504: ${goodDisallowed5xx.length + hostile.disallowed5xx.length} seen on the wire (good ${goodDisallowed5xx.length}, hostile ${hostile.disallowed5xx.length}); ${logged5xx} in the relay's request log`,
      `deliveries: ${acked.size} acknowledged, ${lost.length} lost, ${waiting.length} still waiting on backoff, ${unexpected.length} delivered without a 2xx, ${duplicates} delivered more than once; drain ${drainMs} ms`,
      ...waiting.map((id) => `  waiting ${id}: next attempt ${pendingNow.get(id)?.next_attempt_at} after ${pendingNow.get(id)?.attempts} attempts`),
      ...lostDetail.map((l) => `  lost ${l}`),
      `test process event-loop delay: max ${Math.round(loopDelay.max / 1e6)} ms, p99 ${Math.round(loopDelay.percentile(99) / 1e6)} ms`,
      `relay RSS: before ${mib(rssBefore)} MiB, peak ${mib(peak)} MiB, after ${mib(rssAfter)} MiB; process ${alive ? 'up' : 'GONE'}`,
      `healthz: ${health.status} ${JSON.stringify(health.body)}`,
    ].join('\n'),
  );
  // SOAK_RELAY_LOG=<file>: keep the relay's whole output for a closer look.
  if (process.env.SOAK_RELAY_LOG) {
    const sent = goods.map(
      (g) => `GOOD ${JSON.stringify({ seq: g.seq, phase: g.phase, sentAt: g.sentAt, headersMs: g.headersMs, ms: g.ms, status: g.status })}`,
    );
    writeFileSync(process.env.SOAK_RELAY_LOG, `${[...r.lines, ...sent].join('\n')}\n`);
  }
  // During the outage, lateness is reported, not failed: on a shared 2-core machine one request in
  // a few hundred occasionally takes 1.5–2 s by the relay's own clock while the test process itself
  // lags hundreds of ms. After recovery the deadline is asserted (afterBad).
  if (late.length + relayLate.length > 0) {
    console.log(
      `late during the outage (reported, not failed): ${[...new Set([...late, ...relayLate])].map((g) => `#${g.seq} ${g.phase} sender ${g.ms ?? '∞'} ms relay ${relayMs.get(g.seq) ?? '-'} ms`).join(', ')}`,
    );
  }
  if (lost.length + unexpected.length + afterBad.length > 0 || health.status !== 200) {
    console.log(
      `relay log (not requests), last lines:\n${r.lines
        .filter((l) => !l.includes('"msg":"request"'))
        .slice(-25)
        .join('\n')}`,
    );
  }

  expect.soft(alive, 'relay process still running').toBe(true);
  expect
    .soft(
      unanswered.map((g) => `#${g.seq} ${g.phase} ${g.status}`),
      'good webhooks without an answer',
    )
    .toEqual([]);
  expect
    .soft(
      badGoodStatus.map((g) => `#${g.seq} ${g.phase} ${g.status}`),
      'good webhooks answered other than 2xx/502/503/504',
    )
    .toEqual([]);
  expect.soft([...goodDisallowed5xx.map((g) => `good #${g.seq} → ${g.status}`), ...hostile.disallowed5xx], '5xx answers other than 502/503/504').toEqual([]);
  expect.soft(lost, 'acknowledged (2xx) webhooks never delivered').toEqual([]);
  expect.soft(unexpected, 'delivered webhooks the sender was not told 2xx about').toEqual([]);
  expect
    .soft(
      afterBad.map(
        (g) =>
          `#${g.seq} ${g.status} ${g.ms ?? '∞'} ms (relay ${relayMs.get(g.seq) ?? '-'} ms) ${g.id !== undefined && delivered.has(g.id) ? 'delivered' : 'not delivered'}`,
      ),
      'webhooks after recovery: 2xx within the deadline and delivered',
    )
    .toEqual([]);
  expect.soft(after.length, 'webhooks sent after recovery').toBeGreaterThan(0);
  expect.soft(mib(peak), `relay peak RSS (MiB) under ${RSS_PEAK_MAX_MIB}`).toBeLessThanOrEqual(RSS_PEAK_MAX_MIB);
  expect.soft(mib(rssAfter) - mib(rssBefore), `relay RSS growth (MiB) under ${RSS_GROWTH_MAX_MIB}`).toBeLessThanOrEqual(RSS_GROWTH_MAX_MIB);
  expect.soft(health.status, '/healthz status').toBe(200);
  expect.soft(health.body.ok, '/healthz ok').toBe(true);
}, 60_000);
