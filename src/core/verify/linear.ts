/**
 * Linear: `Linear-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the webhook's signing
 * secret. The time is inside the body (`webhookTimestamp`, epoch milliseconds); Linear asks to
 * refuse one more than a minute away.
 * https://linear.app/developers/webhooks#securing-webhooks
 */
import { fromHex, hmac, timingSafeEqual, trimmed, withinWindow } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

export const LINEAR_WINDOW_SECONDS = 60;

const td = new TextDecoder('utf-8', { fatal: false });

export const linear: Provider = {
  name: 'linear',
  title: 'Linear',
  secretIs: "the webhook's signing secret",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const mac = fromHex(trimmed(req.headers.get('linear-signature')));
    if (mac === undefined) return fail('no Linear-Signature header (hex)');
    if (!timingSafeEqual(mac, await (req.hmac ?? hmac)('SHA-256', secret, req.body))) return fail('Linear-Signature does not match');
    // Parsed only once the signature holds: the body is then Linear's own JSON.
    let ts: unknown;
    try {
      ts = (JSON.parse(td.decode(req.body)) as { webhookTimestamp?: unknown }).webhookTimestamp;
    } catch {
      ts = undefined;
    }
    if (typeof ts !== 'number' || !Number.isFinite(ts)) return fail('the body has no webhookTimestamp');
    return withinWindow(ts / 1000, req.now, LINEAR_WINDOW_SECONDS) ? PASS : fail('webhookTimestamp is more than a minute away');
  },
};
