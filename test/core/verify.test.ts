/**
 * The provider verifiers (src/core/verify), one suite on both runtimes: the same cases run
 * in-process on Node and inside workerd (a test Worker bundling the core). Requests are signed at
 * test time by each provider's own package where one exists, else by its documented scheme
 * (test/support/provider-cases.ts), plus the examples providers publish; where a package can
 * verify, its verdict must equal ours. Malformed input of any shape is `false`, never a throw.
 */
import { dirname } from 'node:path';
import fc from 'fast-check';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS, providerNamed } from '../../src/core/verify/providers.js';
import type { HmacFn } from '../../src/core/verify/crypto.js';
import { nodeHmac } from '../../src/node/hmac.js';
import { buildCases, type VerifyCase } from '../support/provider-cases.js';
import { createSnsSigner, type SnsSigner } from '../support/sns-cert.js';
import { bundleWorker } from '../worker/support/d1.js';

/** Runs cases in-process (Node), with Web Crypto or with the Node relay's node:crypto HMAC. */
async function onNode(cases: VerifyCase[], hmac?: HmacFn): Promise<(boolean | string)[]> {
  const out: (boolean | string)[] = [];
  for (const c of cases) {
    const provider = providerNamed(c.settings.provider)!;
    try {
      const headers = new Headers(c.headers);
      const certs = c.certs ?? {};
      const fetchCert = async (url: string) => (Object.hasOwn(certs, url) ? certs[url]! : Promise.reject(new Error('no such certificate')));
      out.push(
        (
          await provider.check(
            { method: c.method, url: c.url, headers, body: Buffer.from(c.body, 'base64'), now: c.now, fetchCert, ...(hmac ? { hmac } : {}) },
            c.settings,
          )
        ).ok,
      );
    } catch (err) {
      out.push(`threw: ${String(err)}`);
    }
  }
  return out;
}

let sns: SnsSigner;
let cases: VerifyCase[];
let mf: Miniflare;

beforeAll(async () => {
  sns = await createSnsSigner();
  cases = await buildCases(Date.now(), sns);
  const scriptPath = await bundleWorker(new URL('../worker/support/verify-host.ts', import.meta.url).pathname);
  mf = new Miniflare({ scriptPath, modulesRoot: dirname(scriptPath), modules: true, compatibilityDate: '2025-09-01', compatibilityFlags: ['nodejs_compat'] });
  await mf.ready;
}, 60_000);
afterAll(async () => {
  await mf?.dispose();
  await sns?.close();
});

const onWorkerd = async (list: VerifyCase[]) =>
  (await (await mf.dispatchFetch('http://verify.test/', { method: 'POST', body: JSON.stringify(list) })).json()) as (boolean | string)[];

describe('provider verifiers', () => {
  it('cover every provider with a passing and a failing case', () => {
    for (const p of PROVIDERS) {
      const mine = cases.filter((c) => c.settings.provider === p.name);
      expect(
        mine.some((c) => c.expected),
        p.name,
      ).toBe(true);
      expect(
        mine.some((c) => !c.expected),
        p.name,
      ).toBe(true);
    }
  });

  it.each([
    ['node (Web Crypto)', (list: VerifyCase[]) => onNode(list)],
    ['node (node:crypto HMAC, as the Node relay runs)', (list: VerifyCase[]) => onNode(list, nodeHmac)],
    ['workerd', onWorkerd],
  ] as const)('give the expected answer for every case on %s', async (_runtime, run) => {
    const got = await run(cases);
    const wrong = cases.map((c, i) => ({ title: c.title, expected: c.expected, got: got[i] })).filter((r) => r.got !== r.expected);
    expect(wrong).toEqual([]);
    expect(got).toHaveLength(cases.length);
  });

  it("agree with the provider's own package wherever it can verify", () => {
    const asked = cases.filter((c) => c.official !== undefined);
    expect(asked.length).toBeGreaterThan(30);
    const disagree = asked.filter((c) => c.official !== c.expected).map((c) => c.title);
    expect(disagree).toEqual([]);
    // The packages asked: octokit, stripe, standardwebhooks, twilio, discord-interactions, sns-payload-validator.
    expect(new Set(asked.map((c) => c.settings.provider))).toEqual(new Set(['github', 'stripe', 'standard-webhooks', 'twilio', 'discord', 'aws-sns']));
  });

  it('fetch an SNS certificate from the loopback HTTPS server for the package (the URL AWS names, never AWS)', () => {
    expect(sns.fetched.length).toBeGreaterThan(0);
    expect(new Set(sns.fetched)).toEqual(new Set([new URL(sns.certUrl).pathname]));
  });

  it('never throw, whatever the headers, body, URL and secret (fast-check, both runtimes)', async () => {
    const header = fc.oneof(
      fc.string({ maxLength: 200 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
      fc.constantFrom('sha256=', 'v0=', 'v1,', 't=1,v1=', 'sha256=00', '=,=,=', 'v1,AAAA AAAA'),
    );
    const names = [
      'x-hub-signature-256',
      'stripe-signature',
      'x-slack-signature',
      'x-slack-request-timestamp',
      'webhook-id',
      'webhook-timestamp',
      'webhook-signature',
      'svix-id',
      'svix-timestamp',
      'svix-signature',
      'x-shopify-hmac-sha256',
      'x-gitlab-token',
      'typeform-signature',
      'x-twilio-signature',
      'x-trello-webhook',
      'x-zm-signature',
      'x-zm-request-timestamp',
      'linear-signature',
      'x-signature-ed25519',
      'x-signature-timestamp',
      'x-telegram-bot-api-secret-token',
      'twitch-eventsub-message-id',
      'twitch-eventsub-message-timestamp',
      'twitch-eventsub-message-signature',
      'x-dropbox-signature',
      'content-type',
      'x-amz-sns-rawdelivery',
    ];
    const arb = fc.record({
      provider: fc.constantFrom(...PROVIDERS.map((p) => p.name)),
      secret: fc.oneof(fc.string({ maxLength: 80 }), fc.constant('whsec_'), fc.constant('0'.repeat(64))),
      headers: fc.array(fc.tuple(fc.constantFrom(...names), header), { maxLength: 8 }),
      body: fc.uint8Array({ maxLength: 400 }),
      url: fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.string({ maxLength: 50 })),
      skew: fc.integer({ min: -1e9, max: 1e9 }),
    });
    const sample = fc.sample(arb, { numRuns: 400, seed: 1212 });
    const list: VerifyCase[] = sample.map((s, i) => ({
      title: `random ${i}`,
      settings: { provider: s.provider, secret: s.secret },
      method: 'POST',
      url: s.url,
      headers: s.headers,
      body: Buffer.from(s.body).toString('base64'),
      now: Date.now() + s.skew,
      expected: false,
    }));
    for (const got of [await onNode(list), await onNode(list, nodeHmac), await onWorkerd(list)]) {
      expect(got.filter((g) => typeof g !== 'boolean')).toEqual([]);
      // Random bytes never carry a valid signature (GitLab/Telegram compare a header with the secret, which fast-check can hit).
      const passed = list.filter((c, i) => got[i] === true && !['gitlab', 'telegram'].includes(c.settings.provider));
      expect(passed.map((c) => c.title)).toEqual([]);
    }
  }, 60_000);
});
