/**
 * One fixture per provider for tests through the relay: fresh secrets (or key pair), a realistic
 * body, and `sign`, which signs a request for a URL at a time the way the provider does — by its
 * own package where one exists (octokit, stripe, standardwebhooks, twilio, tweetnacl), else by the
 * documented scheme with node:crypto. AWS SNS has its own helper (sns-cert.ts).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { sign as octokitSign } from '@octokit/webhooks-methods';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import Stripe from 'stripe';
import nacl from 'tweetnacl';
import twilio from 'twilio';
import type { VerifySettings } from '../../src/core/verify/types.js';

export interface SignedParts {
  headers: [string, string][];
  body: string;
}

export interface ProviderFixture {
  provider: string;
  settings: VerifySettings;
  /** The secret-bearing header removed from the envelope after the check, if the provider has one. */
  secretHeader?: string;
  /** A body the provider could send (at `nowSec`, for Linear's body timestamp). */
  body(nowSec: number): string;
  /** Headers (content type included) for `body` sent to `url` at `nowSec`. */
  sign(url: string, body: string, nowSec: number): Promise<[string, string][]>;
  /** A window to test replays against, seconds (none: the provider signs no time). */
  windowSeconds?: number;
}

const hex = (alg: string, key: string | Buffer, ...parts: string[]) => parts.reduce((h, p) => h.update(p), createHmac(alg, key)).digest('hex');
const b64 = (alg: string, key: string | Buffer, ...parts: string[]) => parts.reduce((h, p) => h.update(p), createHmac(alg, key)).digest('base64');
const JSON_CT: [string, string] = ['content-type', 'application/json'];
const FORM_CT: [string, string] = ['content-type', 'application/x-www-form-urlencoded'];
const event = (who: string) => JSON.stringify({ id: `evt_${randomBytes(6).toString('hex')}`, type: `${who}.event`, data: { note: 'Grüße — ✓ 🍮' } });

/** Fresh fixtures for every provider but AWS SNS. */
export function providerFixtures(): ProviderFixture[] {
  const s = () => randomBytes(20).toString('base64url');
  const github = s();
  const stripeSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const stripe = new Stripe('sk_test_only_for_signing');
  const slack = s();
  const sw = `whsec_${randomBytes(24).toString('base64')}`;
  const wh = new StandardWebhook(sw);
  const shopify = s();
  const gitlab = s();
  const typeform = s();
  const twilioToken = randomBytes(16).toString('hex');
  const trello = s();
  const zoom = s();
  const linear = s();
  const discord = nacl.sign.keyPair();
  const telegram = randomBytes(12).toString('hex');
  const meta = s();
  const twitch = s();
  const dropbox = s();
  return [
    {
      provider: 'github',
      settings: { provider: 'github', secret: github },
      body: () => event('github'),
      sign: async (_u, body) => [JSON_CT, ['x-github-event', 'push'], ['x-hub-signature-256', await octokitSign(github, body)]],
    },
    {
      provider: 'stripe',
      settings: { provider: 'stripe', secret: stripeSecret },
      windowSeconds: 300,
      body: () => event('stripe'),
      sign: async (_u, body, t) => [
        JSON_CT,
        ['stripe-signature', stripe.webhooks.generateTestHeaderString({ payload: body, secret: stripeSecret, timestamp: t })],
      ],
    },
    {
      provider: 'slack',
      settings: { provider: 'slack', secret: slack },
      windowSeconds: 300,
      body: () => JSON.stringify({ type: 'event_callback', event_id: `Ev${randomBytes(4).toString('hex')}`, event: { type: 'message', text: 'grüß dich 👋' } }),
      sign: async (_u, body, t) => [JSON_CT, ['x-slack-request-timestamp', String(t)], ['x-slack-signature', `v0=${hex('sha256', slack, `v0:${t}:${body}`)}`]],
    },
    {
      provider: 'standard-webhooks',
      settings: { provider: 'standard-webhooks', secret: sw },
      windowSeconds: 300,
      body: () => event('svix'),
      sign: async (_u, body, t) => {
        const id = `msg_${randomBytes(6).toString('hex')}`;
        return [JSON_CT, ['svix-id', id], ['svix-timestamp', String(t)], ['svix-signature', wh.sign(id, new Date(t * 1000), body)]];
      },
    },
    {
      provider: 'shopify',
      settings: { provider: 'shopify', secret: shopify },
      body: () => event('shopify'),
      sign: async (_u, body) => [JSON_CT, ['x-shopify-hmac-sha256', b64('sha256', shopify, body)]],
    },
    {
      provider: 'gitlab',
      settings: { provider: 'gitlab', secret: gitlab },
      secretHeader: 'x-gitlab-token',
      body: () => event('gitlab'),
      sign: async () => [JSON_CT, ['x-gitlab-event', 'Push Hook'], ['x-gitlab-token', gitlab]],
    },
    {
      provider: 'typeform',
      settings: { provider: 'typeform', secret: typeform },
      body: () => event('typeform'),
      sign: async (_u, body) => [JSON_CT, ['typeform-signature', `sha256=${b64('sha256', typeform, body)}`]],
    },
    {
      provider: 'twilio',
      settings: { provider: 'twilio', secret: twilioToken },
      body: () => 'AccountSid=AC123&Body=Gr%C3%BC%C3%9Fe+%F0%9F%91%8B&From=%2B15005550006&MediaUrl0=a&MediaUrl0=b',
      sign: async (url, body) => {
        const params: Record<string, string | string[]> = {};
        for (const [k, v] of new URLSearchParams(body)) params[k] = k in params ? ([] as string[]).concat(params[k]!, v) : v;
        return [FORM_CT, ['x-twilio-signature', twilio.getExpectedTwilioSignature(twilioToken, url, params as Record<string, string>)]];
      },
    },
    {
      provider: 'trello',
      settings: { provider: 'trello', secret: trello },
      body: () => event('trello'),
      sign: async (url, body) => [JSON_CT, ['x-trello-webhook', b64('sha1', trello, body, url)]],
    },
    {
      provider: 'zoom',
      settings: { provider: 'zoom', secret: zoom },
      windowSeconds: 300,
      body: () => JSON.stringify({ event: 'meeting.started', payload: { object: { topic: 'Übung' } } }),
      sign: async (_u, body, t) => [JSON_CT, ['x-zm-request-timestamp', String(t)], ['x-zm-signature', `v0=${hex('sha256', zoom, `v0:${t}:${body}`)}`]],
    },
    {
      provider: 'linear',
      settings: { provider: 'linear', secret: linear },
      windowSeconds: 60,
      body: (t) => JSON.stringify({ action: 'create', type: 'Issue', data: { title: 'Überarbeitung' }, webhookTimestamp: t * 1000 }),
      sign: async (_u, body) => [JSON_CT, ['linear-signature', hex('sha256', linear, body)]],
    },
    {
      provider: 'discord',
      settings: { provider: 'discord', secret: Buffer.from(discord.publicKey).toString('hex') },
      body: () => JSON.stringify({ type: 2, id: '1', application_id: '2', token: 'x', data: { name: 'ping' } }),
      sign: async (_u, body, t) => [
        JSON_CT,
        ['x-signature-timestamp', String(t)],
        ['x-signature-ed25519', Buffer.from(nacl.sign.detached(Buffer.from(String(t) + body), discord.secretKey)).toString('hex')],
      ],
    },
    {
      provider: 'telegram',
      settings: { provider: 'telegram', secret: telegram },
      secretHeader: 'x-telegram-bot-api-secret-token',
      body: () => JSON.stringify({ update_id: 7, message: { message_id: 1, chat: { id: 1, type: 'private' }, text: 'hallo ✓' } }),
      sign: async () => [JSON_CT, ['x-telegram-bot-api-secret-token', telegram]],
    },
    {
      provider: 'meta',
      settings: { provider: 'meta', secret: meta, verifyToken: `vt-${s()}` },
      body: () => event('whatsapp'),
      sign: async (_u, body) => [JSON_CT, ['x-hub-signature-256', `sha256=${hex('sha256', meta, body)}`]],
    },
    {
      provider: 'twitch',
      settings: { provider: 'twitch', secret: twitch },
      windowSeconds: 600,
      body: () => JSON.stringify({ subscription: { type: 'channel.follow' }, event: { user_name: 'zoë' } }),
      sign: async (_u, body, t) => {
        const id = randomBytes(8).toString('hex');
        const ts = new Date(t * 1000).toISOString();
        return [
          JSON_CT,
          ['twitch-eventsub-message-id', id],
          ['twitch-eventsub-message-timestamp', ts],
          ['twitch-eventsub-message-type', 'notification'],
          ['twitch-eventsub-message-signature', `sha256=${hex('sha256', twitch, id, ts, body)}`],
        ];
      },
    },
    {
      provider: 'dropbox',
      settings: { provider: 'dropbox', secret: dropbox },
      body: () => JSON.stringify({ list_folder: { accounts: ['dbid:AAH4f99'] } }),
      sign: async (_u, body) => [JSON_CT, ['x-dropbox-signature', hex('sha256', dropbox, body)]],
    },
  ];
}

/** HMAC helpers for tests that sign by hand (handshakes). */
export const hmacHex = hex;
