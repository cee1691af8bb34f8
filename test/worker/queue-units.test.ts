/**
 * The queue deliverer and consumer in-process (the core's Web-API code on Node), against the fake
 * GitHub over HTTP: the decisions the workerd tests cannot force (a failing queue send, a changed
 * secret, a malformed message, exact delays).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app.js';
import { defaultRelayConfig } from '../../src/core/config.js';
import { createCredentialBox, type CredentialBox } from '../../src/core/delivery/credential-box.js';
import {
  consumeQueueMessage,
  createQueueDeliverer,
  parseQueueMessage,
  queueDelaySeconds,
  toQueueMessage,
  type QueueConsumerDeps,
  type QueueMessage,
  type QueueSend,
} from '../../src/core/delivery/queue.js';
import { createGitHubClient } from '../../src/core/github/client.js';
import { createRetryPolicy } from '../../src/core/delivery/retry-policy.js';
import type { Clock, Logger } from '../../src/core/ports.js';
import { queueSettingsFromEnv } from '../../src/worker/config.js';
import { fetchHttpClient } from '../../src/worker/http-client.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const TOKEN = 'ghp_unitTestToken';
const HOUR = 3_600_000;

let gh: FakeGitHub;
let box: CredentialBox;
beforeAll(async () => {
  gh = await startFakeGitHub();
  box = await createCredentialBox('unit-secret');
});
afterAll(() => gh.close());

function recorder(): Logger & { entries: { level: string; msg: string | undefined; fields: Record<string, unknown> }[] } {
  const entries: { level: string; msg: string | undefined; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, msg?: string) => void entries.push({ level, msg, fields });
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

const fixedClock = (now: number): Clock => ({ now: () => now });

/** The GitHub client as the Worker makes it, pointed at the fake. */
const githubAt = (apiUrl: string, clock: Clock = { now: () => Date.now() }) => createGitHubClient({ http: fetchHttpClient, clock, apiUrl, userAgent: 'test' });

async function message(over: Partial<QueueMessage> = {}, receivedAt = Date.now()): Promise<QueueMessage> {
  const id = over.id ?? crypto.randomUUID();
  const bodyJson = JSON.stringify({ event_type: 'webhook', client_payload: { id, path: '/x' } });
  const job = { id, owner: 'octo', repo: 'hello', eventType: 'webhook', bodyJson, authorization: `token ${TOKEN}`, receivedAt };
  return { ...toQueueMessage(job, await box.seal(job.authorization, id)), ...over };
}

function consumerDeps(over: Partial<QueueConsumerDeps> = {}): QueueConsumerDeps {
  return {
    box,
    policy: createRetryPolicy({ baseMs: 1000, capMs: 60_000, maxAgeMs: 24 * HOUR, random: () => 0.5 }),
    github: githubAt(gh.url),
    clock: { now: () => Date.now() },
    logger: recorder(),
    githubTimeoutMs: 2000,
    ...over,
  };
}

describe('consumeQueueMessage', () => {
  it('acks a delivered message and sends the opened credential', async () => {
    const m = await message();
    expect(await consumeQueueMessage(m, 1, consumerDeps())).toEqual({ kind: 'ack', status: 'delivered', githubStatus: 204 });
    expect(gh.dispatches.find((d) => d.body.client_payload['id'] === m.id)?.authorization).toBe(`token ${TOKEN}`);
  });

  it('acks a permanent failure as failed', async () => {
    gh.answer(1, { status: 422, body: { message: 'Invalid request.' } });
    expect(await consumeQueueMessage(await message(), 2, consumerDeps())).toEqual({ kind: 'ack', status: 'failed', githubStatus: 422 });
  });

  it('retries a 5xx after backoff with full jitter, counting the attempt made before queueing', async () => {
    gh.fail(1, 502);
    // msg.attempts 3 → 4 attempts so far → ceiling 8 s; jitter 0.5 → 4 s.
    expect(await consumeQueueMessage(await message(), 3, consumerDeps())).toEqual({ kind: 'retry', delaySeconds: 4 });
  });

  it("waits at least GitHub's retry-after on a rate limit", async () => {
    gh.secondaryRateLimit(1, 30);
    expect(await consumeQueueMessage(await message(), 1, consumerDeps())).toEqual({ kind: 'retry', delaySeconds: 30 });
  });

  it('acks as dead once the next attempt would pass the maximum age', async () => {
    gh.fail(1, 503);
    const logger = recorder();
    const verdict = await consumeQueueMessage(await message({}, Date.now() - 24 * HOUR + 500), 5, consumerDeps({ logger }));
    expect(verdict).toEqual({ kind: 'ack', status: 'dead', githubStatus: 503 });
    expect(logger.entries.at(-1)).toMatchObject({ level: 'error', fields: { dead: true } });
  });

  it('acks as dead a credential sealed with another secret, without calling GitHub', async () => {
    const before = gh.requests.length;
    const logger = recorder();
    const other = await createCredentialBox('another secret');
    const verdict = await consumeQueueMessage(await message(), 1, consumerDeps({ box: other, logger }));
    expect(verdict).toEqual({ kind: 'ack', status: 'dead' });
    expect(gh.requests.length).toBe(before);
    expect(logger.entries[0]?.msg).toContain('W2G_SECRET');
  });

  it('acks as dead a body that is not a delivery', async () => {
    for (const body of [null, 'text', { v: 2 }, { ...(await message()), receivedAt: 'yesterday' }]) {
      expect(await consumeQueueMessage(body, 1, consumerDeps())).toEqual({ kind: 'ack', status: 'dead' });
    }
  });

  it('never logs the token', async () => {
    const logger = recorder();
    gh.fail(1, 500);
    await consumeQueueMessage(await message(), 1, consumerDeps({ logger }));
    expect(JSON.stringify(logger.entries)).not.toContain(TOKEN);
  });
});

describe('queue deliverer through the app', () => {
  function app(send: QueueSend, logger = recorder()) {
    const config = { ...defaultRelayConfig, githubApiUrl: gh.url };
    const deliverer = createQueueDeliverer({
      send,
      box: Promise.resolve(box),
      policy: createRetryPolicy({ baseMs: 1000, random: () => 0 }),
      github: githubAt(gh.url),
      clock: { now: () => Date.now() },
      logger,
      syncDeadlineMs: 2000,
    });
    return createApp(config, { http: fetchHttpClient, deliverer, logger });
  }

  it('answers 503 and acknowledges nothing when the queue refuses the message', async () => {
    gh.fail(1, 502);
    const logger = recorder();
    const res = await app(() => Promise.reject(new Error('queue full')), logger).request(`/octo/hello/x?__token=${TOKEN}`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ success: false, code: 'queue_unavailable' });
    expect(logger.entries.some((e) => e.msg === 'cannot queue delivery' && e.fields['err'] === 'queue full')).toBe(true);
  });

  it('queues with GitHub’s retry-after as the delay, and applies __response_* to the 202', async () => {
    gh.secondaryRateLimit(1, 7);
    const sent: { m: QueueMessage; delay: number }[] = [];
    const res = await app(async (m, delay) => void sent.push({ m, delay })).request(
      `/octo/hello/x?__token=${TOKEN}&__response_code=200&__response_body=ok&__response_content_type=text/plain`,
      { method: 'POST', body: 'x' },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.delay).toBe(7);
    expect(parseQueueMessage(JSON.parse(JSON.stringify(sent[0]!.m)))).toEqual(sent[0]!.m);
  });

  it('passes a retryable failure through (502) when the maximum age is already behind it', async () => {
    const deliverer = createQueueDeliverer({
      send: () => Promise.reject(new Error('must not be called')),
      box,
      policy: createRetryPolicy({ maxAgeMs: 1000 }),
      github: githubAt(gh.url, fixedClock(Date.now())),
      clock: fixedClock(Date.now()),
      logger: recorder(),
      syncDeadlineMs: 2000,
    });
    gh.secondaryRateLimit(1, 60);
    const out = await deliverer.submit({
      id: 'a',
      owner: 'octo',
      repo: 'hello',
      eventType: 'webhook',
      bodyJson: '{}',
      authorization: 'token x',
      receivedAt: Date.now(),
    });
    expect(out).toMatchObject({ kind: 'attempted', result: { kind: 'retry', reason: 'rate-limited' } });
  });
});

describe('queue settings and delays', () => {
  it('whole seconds, rounded up, at most 12 h', () => {
    expect(queueDelaySeconds(1000, 1000)).toBe(0);
    expect(queueDelaySeconds(1001, 1000)).toBe(1);
    expect(queueDelaySeconds(0, 1000)).toBe(0);
    expect(queueDelaySeconds(100 * HOUR, 0)).toBe(43_200);
  });

  it('requires W2G_SECRET and names wrong bindings', () => {
    expect(() => queueSettingsFromEnv({})).toThrow(/W2G_SECRET/);
    expect(() => queueSettingsFromEnv({ W2G_SECRET: 's', MAX_AGE: 'soon' })).toThrow(/MAX_AGE/);
    expect(() => queueSettingsFromEnv({ W2G_SECRET: 's', SYNC_DEADLINE_MS: '-1' })).toThrow(/SYNC_DEADLINE_MS/);
    expect(queueSettingsFromEnv({ W2G_SECRET: 's', MAX_AGE: '90m' })).toMatchObject({ maxAgeMs: 90 * 60_000, syncDeadlineMs: 2000, retryCapMs: 1_800_000 });
  });
});
