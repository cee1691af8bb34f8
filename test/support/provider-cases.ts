/**
 * Signed requests for every provider the relay verifies, made at test time: by the provider's own
 * package where one exists (GitHub @octokit/webhooks-methods, Stripe `stripe`, Standard Webhooks
 * `standardwebhooks`, Twilio `twilio`, Discord `tweetnacl`, verified again by
 * `discord-interactions`), else by the documented scheme written out here with node:crypto (the
 * verifiers use Web Crypto: the two share no code). Plus the examples providers publish in their
 * docs. Each case says what the verifier must answer and, where a package can tell, what the
 * provider's own package answers (`official`), so a test can hold the two side by side.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods';
import { verifyKey as discordVerifyKey } from 'discord-interactions';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import Stripe from 'stripe';
import nacl from 'tweetnacl';
import twilio from 'twilio';
import type { VerifySettings } from '../../src/core/verify/types.js';
import type { SnsSigner } from './sns-cert.js';

/** One request, as JSON can carry it into workerd. */
export interface VerifyCase {
  title: string;
  settings: VerifySettings;
  method: string;
  url: string;
  headers: [string, string][];
  /** Body bytes, base64. */
  body: string;
  /** Epoch ms: when the relay received it. */
  now: number;
  /** Certificate PEM by URL (AWS SNS), served by the injected fetcher. */
  certs?: Record<string, string>;
  /** What our verifier must say. */
  expected: boolean;
  /** What the provider's own package says, when it can be asked (computed at build time). */
  official?: boolean;
}

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');
const hmacHex = (alg: string, key: string | Buffer, ...parts: (string | Buffer)[]) => parts.reduce((h, p) => h.update(p), createHmac(alg, key)).digest('hex');
const hmacB64 = (alg: string, key: string | Buffer, ...parts: (string | Buffer)[]) =>
  parts.reduce((h, p) => h.update(p), createHmac(alg, key)).digest('base64');
const secretText = () => randomBytes(24).toString('base64url');

// Realistic payloads, non-ASCII included.
export const PAYLOADS = {
  github: JSON.stringify({ ref: 'refs/heads/main', head_commit: { message: 'Größe ändern ✓ — naïve café' }, repository: { full_name: 'octo/hooks' } }),
  stripe: JSON.stringify(
    { id: 'evt_1PkQ9X2eZvKYlo2C', object: 'event', type: 'invoice.paid', data: { object: { customer_name: 'Zoë Ünal', amount_paid: 4200 } } },
    null,
    2,
  ),
  slack: JSON.stringify({ type: 'event_callback', event_id: 'Ev0PV52K21', event: { type: 'app_mention', text: 'grüß dich 👋' } }),
  form: 'token=gIkuvaNzQIHg97ATvDxqgjtO&command=%2Fweather&text=M%C3%BCnchen+%E2%98%80&user_name=J%C3%BCrgen',
  twilioForm: 'AccountSid=AC123&Body=Gr%C3%BC%C3%9Fe+%F0%9F%91%8B&From=%2B15005550006&To=%2B15005550001&MediaUrl0=a&MediaUrl0=b',
  generic: JSON.stringify({ type: 'order.created', data: { id: 42, note: 'Crème brûlée 🍮', tags: ['a', 'b'] } }),
  linear: (ts: number) => JSON.stringify({ action: 'create', type: 'Issue', data: { title: 'Überarbeitung — ✓' }, webhookTimestamp: ts }),
};

interface Base {
  settings: VerifySettings;
  url?: string;
  method?: string;
  now: number;
}

function mk(base: Base, title: string, headers: [string, string][], body: string | Uint8Array, expected: boolean, extra: Partial<VerifyCase> = {}): VerifyCase {
  return {
    title,
    settings: base.settings,
    method: base.method ?? 'POST',
    url: base.url ?? 'https://relay.example/octo/bot/hook?__token=w2g_x',
    headers,
    body: b64(body),
    now: base.now,
    expected,
    ...extra,
  };
}

/** Bad header values every verifier must refuse without throwing. */
export const MALFORMED = ['', ' ', 'sha256=', 'v0=', 'v1,', 't=,v1=', '=', 'zz', '%%%', 'sha256=zz', '\u00ff\u00fe', 'a'.repeat(5000), 'v1,====', 't=1,v1=00'];

/** All cases; `now` is the relay's clock for the window checks. */
export async function buildCases(now = Date.now(), sns?: SnsSigner): Promise<VerifyCase[]> {
  const out: VerifyCase[] = [];
  const sec = Math.floor(now / 1000);

  // GitHub: its own signer and verifier; the example from GitHub's docs.
  {
    const secret = secretText();
    const base = { settings: { provider: 'github', secret }, now };
    const sig = await octokitSign(secret, PAYLOADS.github);
    const official = (payload: string, signature: string) => octokitVerify(secret, payload, signature).catch(() => false);
    out.push(
      mk(base, 'github: signed by @octokit/webhooks-methods', [['x-hub-signature-256', sig]], PAYLOADS.github, true, {
        official: await official(PAYLOADS.github, sig),
      }),
    );
    out.push(
      mk(base, 'github: body changed by one byte', [['x-hub-signature-256', sig]], `${PAYLOADS.github} `, false, {
        official: await official(`${PAYLOADS.github} `, sig),
      }),
    );
    out.push(mk(base, 'github: another secret', [['x-hub-signature-256', await octokitSign('other', PAYLOADS.github)]], PAYLOADS.github, false));
    out.push(mk(base, 'github: sha1 only', [['x-hub-signature', `sha1=${hmacHex('sha1', secret, PAYLOADS.github)}`]], PAYLOADS.github, false));
    out.push(
      mk(
        base,
        'github: upper-case hex still matches',
        [['x-hub-signature-256', `sha256=${hmacHex('sha256', secret, PAYLOADS.github).toUpperCase()}`]],
        PAYLOADS.github,
        true,
      ),
    );
    const bin = randomBytes(300);
    out.push(mk(base, 'github: binary body', [['x-hub-signature-256', `sha256=${hmacHex('sha256', secret, bin)}`]], bin, true));
    out.push(
      mk(
        { settings: { provider: 'github', secret: "It's a Secret to Everybody" }, now },
        "github: the example in GitHub's docs",
        [['x-hub-signature-256', 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17']],
        'Hello, World!',
        true,
      ),
    );
    for (const bad of MALFORMED)
      out.push(mk(base, `github: malformed ${JSON.stringify(bad.slice(0, 12))}`, [['x-hub-signature-256', bad]], PAYLOADS.github, false));
    out.push(mk(base, 'github: no header', [], PAYLOADS.github, false));
  }

  // Stripe: its own test header and constructEvent (tolerance 300 s, receivedAt = now).
  {
    const secret = `whsec_${randomBytes(24).toString('hex')}`;
    const base = { settings: { provider: 'stripe', secret }, now };
    const stripe = new Stripe('sk_test_only_for_signing');
    const header = (t: number, s = secret) => stripe.webhooks.generateTestHeaderString({ payload: PAYLOADS.stripe, secret: s, timestamp: t });
    const official = (payload: string, h: string) => {
      try {
        stripe.webhooks.constructEvent(payload, h, secret, 300, undefined, now);
        return true;
      } catch {
        return false;
      }
    };
    const ok = header(sec);
    out.push(mk(base, 'stripe: generateTestHeaderString', [['stripe-signature', ok]], PAYLOADS.stripe, true, { official: official(PAYLOADS.stripe, ok) }));
    const rolled = `${ok},v1=${'0'.repeat(64)}`;
    const rolledFirst = `t=${sec},v1=${hmacHex('sha256', 'whsec_old', `${sec}.${PAYLOADS.stripe}`)},v1=${ok.split('v1=')[1]}`;
    out.push(
      mk(base, 'stripe: several v1 while rolling, the good one last', [['stripe-signature', rolledFirst]], PAYLOADS.stripe, true, {
        official: official(PAYLOADS.stripe, rolledFirst),
      }),
    );
    out.push(
      mk(base, 'stripe: several v1, the good one first', [['stripe-signature', rolled]], PAYLOADS.stripe, true, {
        official: official(PAYLOADS.stripe, rolled),
      }),
    );
    const old = header(sec - 301);
    out.push(
      mk(base, 'stripe: signed 301 s ago (replay outside the window)', [['stripe-signature', old]], PAYLOADS.stripe, false, {
        official: official(PAYLOADS.stripe, old),
      }),
    );
    const edge = header(sec - 299);
    out.push(mk(base, 'stripe: signed 299 s ago', [['stripe-signature', edge]], PAYLOADS.stripe, true, { official: official(PAYLOADS.stripe, edge) }));
    out.push(
      mk(base, 'stripe: body changed', [['stripe-signature', ok]], PAYLOADS.stripe.replace('4200', '4201'), false, {
        official: official(PAYLOADS.stripe.replace('4200', '4201'), ok),
      }),
    );
    out.push(
      mk(base, 'stripe: another secret', [['stripe-signature', header(sec, 'whsec_other')]], PAYLOADS.stripe, false, {
        official: official(PAYLOADS.stripe, header(sec, 'whsec_other')),
      }),
    );
    // Stripe's library accepts a future t; we refuse one more than 5 minutes ahead (documented).
    out.push(mk(base, 'stripe: signed 10 minutes in the future', [['stripe-signature', header(sec + 600)]], PAYLOADS.stripe, false));
    out.push(
      mk(base, 'stripe: v0 only', [['stripe-signature', ok.replace('v1=', 'v0=')]], PAYLOADS.stripe, false, {
        official: official(PAYLOADS.stripe, ok.replace('v1=', 'v0=')),
      }),
    );
    for (const bad of MALFORMED)
      out.push(
        mk(base, `stripe: malformed ${JSON.stringify(bad.slice(0, 12))}`, [['stripe-signature', bad]], PAYLOADS.stripe, false, {
          official: official(PAYLOADS.stripe, bad),
        }),
      );
  }

  // Slack: its documented scheme; the example from Slack's docs.
  {
    const secret = secretText();
    const base = { settings: { provider: 'slack', secret }, now };
    const signed = (ts: number, body: string, s = secret): [string, string][] => [
      ['x-slack-request-timestamp', String(ts)],
      ['x-slack-signature', `v0=${hmacHex('sha256', s, `v0:${ts}:${body}`)}`],
    ];
    out.push(mk(base, 'slack: event', signed(sec, PAYLOADS.slack), PAYLOADS.slack, true));
    out.push(mk(base, 'slack: slash command (form)', signed(sec, PAYLOADS.form), PAYLOADS.form, true));
    out.push(mk(base, 'slack: timestamp 301 s old', signed(sec - 301, PAYLOADS.slack), PAYLOADS.slack, false));
    out.push(mk(base, 'slack: timestamp 301 s ahead', signed(sec + 301, PAYLOADS.slack), PAYLOADS.slack, false));
    out.push(
      mk(
        base,
        'slack: timestamp changed after signing',
        [['x-slack-request-timestamp', String(sec - 1)], signed(sec, PAYLOADS.slack)[1]!],
        PAYLOADS.slack,
        false,
      ),
    );
    out.push(mk(base, 'slack: no timestamp', [signed(sec, PAYLOADS.slack)[1]!], PAYLOADS.slack, false));
    const doc =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    out.push(
      mk(
        { settings: { provider: 'slack', secret: '8f742231b10e8888abcd99yyyzzz85a5' }, now: 1531420618 * 1000 },
        "slack: the example in Slack's docs",
        [
          ['x-slack-request-timestamp', '1531420618'],
          ['x-slack-signature', 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503'],
        ],
        doc,
        true,
      ),
    );
    for (const bad of MALFORMED)
      out.push(
        mk(
          base,
          `slack: malformed ${JSON.stringify(bad.slice(0, 12))}`,
          [
            ['x-slack-request-timestamp', String(sec)],
            ['x-slack-signature', bad],
          ],
          PAYLOADS.slack,
          false,
        ),
      );
  }

  // Standard Webhooks / Svix: the `standardwebhooks` package signs and verifies; its spec's example.
  {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const base = { settings: { provider: 'standard-webhooks', secret }, now };
    const wh = new StandardWebhook(secret);
    const id = `msg_${randomBytes(8).toString('hex')}`;
    const official = (body: string, headers: [string, string][]) => {
      // The package reads webhook-* only; Svix's names carry the same values.
      const h = Object.fromEntries(headers.map(([k, v]) => [k.replace(/^svix-/, 'webhook-'), v]));
      // The package verifies at Date.now(); cases here are made at `now` (the same moment, within seconds).
      try {
        wh.verify(body, h);
        return true;
      } catch {
        return false;
      }
    };
    const headersAt = (t: number, prefix = 'webhook-', sigs?: string): [string, string][] => [
      [`${prefix}id`, id],
      [`${prefix}timestamp`, String(t)],
      [`${prefix}signature`, sigs ?? wh.sign(id, new Date(t * 1000), PAYLOADS.generic)],
    ];
    const add = (title: string, headers: [string, string][], body: string, expected: boolean, ask = true) =>
      out.push(mk(base, title, headers, body, expected, ask && Math.abs(Date.now() - now) < 60_000 ? { official: official(body, headers) } : {}));
    add('standard-webhooks: signed by the package', headersAt(sec), PAYLOADS.generic, true);
    add('standard-webhooks: svix-* header names', headersAt(sec, 'svix-'), PAYLOADS.generic, true);
    add(
      'standard-webhooks: rotation, the good signature second',
      headersAt(sec, 'webhook-', `v1,${b64(randomBytes(32))} ${wh.sign(id, new Date(sec * 1000), PAYLOADS.generic)}`),
      PAYLOADS.generic,
      true,
    );
    add(
      'standard-webhooks: v2 entries are ignored',
      headersAt(sec, 'webhook-', wh.sign(id, new Date(sec * 1000), PAYLOADS.generic).replace('v1,', 'v2,')),
      PAYLOADS.generic,
      false,
    );
    add('standard-webhooks: 301 s old', headersAt(sec - 301), PAYLOADS.generic, false);
    // Not at the boundary: the package reads its own clock a moment later.
    add('standard-webhooks: 330 s ahead', headersAt(sec + 330), PAYLOADS.generic, false);
    add('standard-webhooks: body changed', headersAt(sec), `${PAYLOADS.generic}\n`, false);
    add('standard-webhooks: id changed', [['webhook-id', `${id}x`], ...headersAt(sec).slice(1)], PAYLOADS.generic, false);
    out.push(
      mk(
        { settings: { provider: 'standard-webhooks', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, now: 1614265330 * 1000 },
        "standard-webhooks: the spec's example",
        [
          ['webhook-id', 'msg_p5jXN8AQM9LWM0D4loKWxJek'],
          ['webhook-timestamp', '1614265330'],
          ['webhook-signature', 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='],
        ],
        '{"test": 2432232314}',
        true,
      ),
    );
    for (const bad of MALFORMED)
      add(`standard-webhooks: malformed ${JSON.stringify(bad.slice(0, 12))}`, headersAt(sec, 'webhook-', bad), PAYLOADS.generic, false);
  }

  // Shopify, Typeform, Dropbox, Meta, Linear, Zoom, Twitch, Trello: documented schemes.
  {
    const secret = secretText();
    const base = { settings: { provider: 'shopify', secret }, now };
    out.push(mk(base, 'shopify: signed', [['x-shopify-hmac-sha256', hmacB64('sha256', secret, PAYLOADS.generic)]], PAYLOADS.generic, true));
    out.push(
      mk(base, 'shopify: body changed', [['x-shopify-hmac-sha256', hmacB64('sha256', secret, PAYLOADS.generic)]], PAYLOADS.generic.replace('42', '43'), false),
    );
    out.push(mk(base, 'shopify: hex instead of base64', [['x-shopify-hmac-sha256', hmacHex('sha256', secret, PAYLOADS.generic)]], PAYLOADS.generic, false));
    for (const bad of MALFORMED)
      out.push(mk(base, `shopify: malformed ${JSON.stringify(bad.slice(0, 12))}`, [['x-shopify-hmac-sha256', bad]], PAYLOADS.generic, false));
  }
  {
    const secret = secretText();
    const base = { settings: { provider: 'typeform', secret }, now };
    out.push(mk(base, 'typeform: signed', [['typeform-signature', `sha256=${hmacB64('sha256', secret, PAYLOADS.generic)}`]], PAYLOADS.generic, true));
    out.push(mk(base, 'typeform: hex digest', [['typeform-signature', `sha256=${hmacHex('sha256', secret, PAYLOADS.generic)}`]], PAYLOADS.generic, false));
    for (const bad of MALFORMED)
      out.push(mk(base, `typeform: malformed ${JSON.stringify(bad.slice(0, 12))}`, [['typeform-signature', bad]], PAYLOADS.generic, false));
  }
  {
    const secret = secretText();
    const base = { settings: { provider: 'dropbox', secret }, now };
    out.push(mk(base, 'dropbox: signed', [['x-dropbox-signature', hmacHex('sha256', secret, PAYLOADS.generic)]], PAYLOADS.generic, true));
    out.push(mk(base, 'dropbox: another secret', [['x-dropbox-signature', hmacHex('sha256', 'x', PAYLOADS.generic)]], PAYLOADS.generic, false));
  }
  {
    const secret = secretText();
    const base = { settings: { provider: 'meta', secret, verifyToken: 'vt' }, now };
    out.push(
      mk(base, 'meta: signed with the app secret', [['x-hub-signature-256', `sha256=${hmacHex('sha256', secret, PAYLOADS.generic)}`]], PAYLOADS.generic, true),
    );
    out.push(
      mk(
        base,
        'meta: signed with the verify token instead',
        [['x-hub-signature-256', `sha256=${hmacHex('sha256', 'vt', PAYLOADS.generic)}`]],
        PAYLOADS.generic,
        false,
      ),
    );
  }
  {
    const secret = secretText();
    const base = { settings: { provider: 'linear', secret }, now };
    const signed = (body: string): [string, string][] => [['linear-signature', hmacHex('sha256', secret, body)]];
    out.push(mk(base, 'linear: signed, webhookTimestamp now', signed(PAYLOADS.linear(now)), PAYLOADS.linear(now), true));
    out.push(mk(base, 'linear: webhookTimestamp 61 s old', signed(PAYLOADS.linear(now - 61_000)), PAYLOADS.linear(now - 61_000), false));
    out.push(mk(base, 'linear: no webhookTimestamp', signed(PAYLOADS.generic), PAYLOADS.generic, false));
    out.push(mk(base, 'linear: body changed', signed(PAYLOADS.linear(now)), PAYLOADS.linear(now + 1), false));
  }
  {
    const secret = secretText();
    const base = { settings: { provider: 'zoom', secret }, now };
    const signed = (ts: number, body: string): [string, string][] => [
      ['x-zm-request-timestamp', String(ts)],
      ['x-zm-signature', `v0=${hmacHex('sha256', secret, `v0:${ts}:${body}`)}`],
    ];
    out.push(mk(base, 'zoom: signed', signed(sec, PAYLOADS.generic), PAYLOADS.generic, true));
    out.push(mk(base, 'zoom: 301 s old', signed(sec - 301, PAYLOADS.generic), PAYLOADS.generic, false));
  }
  {
    const secret = secretText();
    const base = { settings: { provider: 'twitch', secret }, now };
    const id = randomBytes(8).toString('hex');
    const signed = (ms: number, body: string): [string, string][] => {
      const ts = new Date(ms).toISOString().replace('Z', '123456Z');
      return [
        ['twitch-eventsub-message-id', id],
        ['twitch-eventsub-message-timestamp', ts],
        ['twitch-eventsub-message-signature', `sha256=${hmacHex('sha256', secret, id, ts, body)}`],
      ];
    };
    out.push(mk(base, 'twitch: signed (nanosecond timestamp)', signed(now, PAYLOADS.generic), PAYLOADS.generic, true));
    out.push(mk(base, 'twitch: 11 minutes old', signed(now - 660_000, PAYLOADS.generic), PAYLOADS.generic, false));
  }
  {
    const secret = secretText();
    const url = 'https://relay.example/octo/bot/boards/trello?src=tr%C3%A9llo&__token=w2g_abc';
    const base = { settings: { provider: 'trello', secret }, now, url };
    out.push(mk(base, 'trello: signed for the callback URL', [['x-trello-webhook', hmacB64('sha1', secret, PAYLOADS.generic, url)]], PAYLOADS.generic, true));
    out.push(mk(base, 'trello: signed for another URL', [['x-trello-webhook', hmacB64('sha1', secret, PAYLOADS.generic, `${url}x`)]], PAYLOADS.generic, false));
  }

  // GitLab and Telegram: the secret itself in a header.
  {
    const secret = secretText();
    const base = { settings: { provider: 'gitlab', secret }, now };
    out.push(mk(base, 'gitlab: the token', [['x-gitlab-token', secret]], PAYLOADS.generic, true));
    out.push(mk(base, 'gitlab: another token', [['x-gitlab-token', `${secret}x`]], PAYLOADS.generic, false));
    out.push(mk(base, 'gitlab: no token', [], PAYLOADS.generic, false));
  }
  {
    const secret = randomBytes(16).toString('hex');
    const base = { settings: { provider: 'telegram', secret }, now };
    out.push(mk(base, 'telegram: the secret token', [['x-telegram-bot-api-secret-token', secret]], '{"update_id":1,"message":{"text":"hi ✓"}}', true));
    out.push(mk(base, 'telegram: a prefix of it', [['x-telegram-bot-api-secret-token', secret.slice(0, -1)]], '{"update_id":1}', false));
  }

  // Twilio: its own signer and validators; the example from Twilio's security docs.
  {
    const secret = randomBytes(16).toString('hex');
    const url = 'https://relay.example/octo/bot/sms?__token=w2g_abc&x=%27q%27';
    const base = { settings: { provider: 'twilio', secret }, now, url };
    const params = Object.fromEntries(
      [...new URLSearchParams(PAYLOADS.twilioForm).keys()]
        .map((k) => [k, new URLSearchParams(PAYLOADS.twilioForm).getAll(k)])
        .map(([k, v]) => [k, v!.length === 1 ? v![0] : v]),
    );
    const formSig = twilio.getExpectedTwilioSignature(secret, url, params as Record<string, string>);
    const form: [string, string] = ['content-type', 'application/x-www-form-urlencoded; charset=utf-8'];
    out.push(
      mk(base, 'twilio: form POST signed by the package', [form, ['x-twilio-signature', formSig]], PAYLOADS.twilioForm, true, {
        official: twilio.validateRequest(secret, formSig, url, params as Record<string, string>),
      }),
    );
    const portSig = twilio.getExpectedTwilioSignature(secret, url.replace('relay.example', 'relay.example:443'), params as Record<string, string>);
    out.push(
      mk(base, 'twilio: signed with the default port written out', [form, ['x-twilio-signature', portSig]], PAYLOADS.twilioForm, true, {
        official: twilio.validateRequest(secret, portSig, url, params as Record<string, string>),
      }),
    );
    out.push(mk(base, 'twilio: a parameter changed', [form, ['x-twilio-signature', formSig]], PAYLOADS.twilioForm.replace('AC123', 'AC124'), false));
    out.push(
      mk({ ...base, url: `${url}&more=1` }, 'twilio: signed for another URL', [form, ['x-twilio-signature', formSig]], PAYLOADS.twilioForm, false, {
        official: twilio.validateRequest(secret, formSig, `${url}&more=1`, params as Record<string, string>),
      }),
    );
    const jsonUrl = `${url}&bodySHA256=${twilio.getExpectedBodyHash(PAYLOADS.generic)}`;
    const jsonSig = twilio.getExpectedTwilioSignature(secret, jsonUrl, {});
    const json: [string, string] = ['content-type', 'application/json'];
    out.push(
      mk({ ...base, url: jsonUrl }, 'twilio: JSON body with bodySHA256', [json, ['x-twilio-signature', jsonSig]], PAYLOADS.generic, true, {
        official: twilio.validateRequestWithBody(secret, jsonSig, jsonUrl, PAYLOADS.generic),
      }),
    );
    out.push(
      mk({ ...base, url: jsonUrl }, 'twilio: JSON body changed', [json, ['x-twilio-signature', jsonSig]], `${PAYLOADS.generic} `, false, {
        official: twilio.validateRequestWithBody(secret, jsonSig, jsonUrl, `${PAYLOADS.generic} `),
      }),
    );
    const docParams = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
    out.push(
      mk(
        { settings: { provider: 'twilio', secret: '12345' }, now, url: 'https://mycompany.com/myapp.php?foo=1&bar=2' },
        "twilio: the example in Twilio's docs",
        [form, ['x-twilio-signature', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=']],
        new URLSearchParams(docParams).toString(),
        true,
      ),
    );
  }

  // Discord: Ed25519 by tweetnacl; discord-interactions verifies the same request.
  {
    const pair = nacl.sign.keyPair();
    const publicKey = Buffer.from(pair.publicKey).toString('hex');
    const base = { settings: { provider: 'discord', secret: publicKey }, now };
    const body = '{"type":1,"id":"123","application_id":"456","token":"t"}';
    const signed = (ts: string, b: string): [string, string][] => [
      ['x-signature-ed25519', Buffer.from(nacl.sign.detached(Buffer.from(ts + b), pair.secretKey)).toString('hex')],
      ['x-signature-timestamp', ts],
    ];
    const official = async (b: string, h: [string, string][]) => discordVerifyKey(b, h[0]![1], h[1]![1], publicKey).catch(() => false);
    const good = signed(String(sec), body);
    out.push(mk(base, 'discord: signed by tweetnacl', good, body, true, { official: await official(body, good) }));
    out.push(mk(base, 'discord: body changed', good, `${body} `, false, { official: await official(`${body} `, good) }));
    const otherTs: [string, string][] = [good[0]!, ['x-signature-timestamp', String(sec + 1)]];
    out.push(mk(base, 'discord: timestamp changed', otherTs, body, false, { official: await official(body, otherTs) }));
    const flipped: [string, string][] = [['x-signature-ed25519', good[0]![1].replace(/^./, (c) => (c === '0' ? '1' : '0'))], good[1]!];
    out.push(mk(base, 'discord: one signature bit changed', flipped, body, false, { official: await official(body, flipped) }));
    for (const bad of MALFORMED)
      out.push(mk(base, `discord: malformed ${JSON.stringify(bad.slice(0, 12))}`, [['x-signature-ed25519', bad], good[1]!], body, false));
  }

  // AWS SNS: RSA with a certificate made at test time (openssl), served by the injected fetcher.
  if (sns) {
    const certUrl = sns.certUrl;
    const certs = { [certUrl]: sns.certPem };
    const base = { settings: { provider: 'aws-sns', topicArn: sns.topicArn }, now };
    const note = {
      Type: 'Notification',
      MessageId: 'da41e39f-ea4d-435a-b922-c6aae3915ebe',
      TopicArn: sns.topicArn,
      Subject: 'Prüfung',
      Message: 'line 1\nline 2 — ✓',
      Timestamp: new Date(now).toISOString(),
    };
    for (const version of ['1', '2'] as const) {
      const msg = sns.sign(note, version);
      out.push(
        mk(base, `aws-sns: notification, SignatureVersion ${version}`, [['x-amz-sns-message-type', 'Notification']], JSON.stringify(msg), true, {
          certs,
          official: await sns.official(msg),
        }),
      );
    }
    const msg = sns.sign(note, '2');
    out.push(
      mk(base, 'aws-sns: Message changed', [], JSON.stringify({ ...msg, Message: 'x' }), false, {
        certs,
        official: await sns.official({ ...msg, Message: 'x' }),
      }),
    );
    out.push(mk(base, 'aws-sns: another topic', [], JSON.stringify(sns.sign({ ...note, TopicArn: `${sns.topicArn}-2` }, '2')), false, { certs }));
    out.push(
      mk(
        { ...base, settings: { provider: 'aws-sns' } },
        'aws-sns: another topic, no topic sealed',
        [],
        JSON.stringify(sns.sign({ ...note, TopicArn: `${sns.topicArn}-2` }, '2')),
        true,
        { certs },
      ),
    );
    out.push(
      mk(
        base,
        'aws-sns: certificate URL elsewhere',
        [],
        JSON.stringify({ ...msg, SigningCertURL: 'https://sns.us-east-1.amazonaws.com.evil.example/x.pem' }),
        false,
        { certs },
      ),
    );
    out.push(mk(base, 'aws-sns: raw delivery (unsigned)', [['x-amz-sns-rawdelivery', 'true']], note.Message, false, { certs }));
    out.push(mk(base, 'aws-sns: not JSON', [], 'Type=Notification', false, { certs }));
    const confirm = sns.sign(
      {
        Type: 'SubscriptionConfirmation',
        MessageId: 'm1',
        Token: 'tok',
        TopicArn: sns.topicArn,
        Message: 'confirm',
        SubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=tok',
        Timestamp: note.Timestamp,
      },
      '1',
    );
    out.push(
      mk(base, 'aws-sns: subscription confirmation', [['x-amz-sns-message-type', 'SubscriptionConfirmation']], JSON.stringify(confirm), true, {
        certs,
        official: await sns.official(confirm),
      }),
    );
  }
  return out;
}
