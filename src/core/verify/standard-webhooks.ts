/**
 * Standard Webhooks (and Svix, which sends the same as `svix-*`): `webhook-id`,
 * `webhook-timestamp` (unix seconds) and `webhook-signature`, a space-separated list of
 * `v1,<base64>` (several while a secret is rotated; any one may match). Each is HMAC-SHA256 over
 * `<id>.<timestamp>.<raw body>`, keyed with the base64-decoded secret after `whsec_`. The timestamp
 * must be within five minutes either way.
 * https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
 */
import { fromBase64, hmac, timingSafeEqual, unixSeconds, utf8, withinWindow } from './crypto.js';
import { PASS, fail, type Provider } from './types.js';

export const STANDARD_WEBHOOKS_WINDOW_SECONDS = 300;

/** The HMAC key of a `whsec_<base64>` secret (the prefix is optional), else undefined. */
export function standardWebhooksKey(secret: string): Uint8Array | undefined {
  const key = fromBase64(secret.startsWith('whsec_') ? secret.slice(6) : secret);
  return key !== undefined && key.length > 0 ? key : undefined;
}

export const standardWebhooks: Provider = {
  name: 'standard-webhooks',
  title: 'Standard Webhooks / Svix',
  secretIs: 'the endpoint secret (whsec_<base64>)',
  secretHeaders: [],
  secretProblem: (s) => (standardWebhooksKey(s) === undefined ? 'the secret must be whsec_ followed by base64' : undefined),
  async check(req, { secret = '' }) {
    const h = req.headers;
    const svix = h.get('webhook-signature') === null && h.get('svix-signature') !== null;
    const prefix = svix ? 'svix-' : 'webhook-';
    const id = h.get(`${prefix}id`);
    const timestamp = h.get(`${prefix}timestamp`);
    const signatures = h.get(`${prefix}signature`);
    if (id === null || timestamp === null || signatures === null) return fail(`missing ${prefix}id, ${prefix}timestamp or ${prefix}signature`);
    const ts = unixSeconds(timestamp);
    if (ts === undefined) return fail(`malformed ${prefix}timestamp`);
    if (!withinWindow(ts, req.now, STANDARD_WEBHOOKS_WINDOW_SECONDS)) return fail(`${prefix}timestamp is more than 5 minutes away`);
    const key = standardWebhooksKey(secret);
    if (key === undefined) return fail('the sealed secret is not whsec_<base64>');
    const expected = await (req.hmac ?? hmac)('SHA-256', key, utf8(`${id}.${timestamp}.`), req.body);
    let ok = false;
    for (const entry of signatures.split(' ').slice(0, 16)) {
      const comma = entry.indexOf(',');
      if (entry.slice(0, comma) !== 'v1') continue;
      const mac = fromBase64(entry.slice(comma + 1));
      if (mac !== undefined) ok = timingSafeEqual(mac, expected) || ok;
    }
    return ok ? PASS : fail(`no v1 signature in ${prefix}signature matches`);
  },
};
