/**
 * Twitch EventSub: `Twitch-Eventsub-Message-Signature: sha256=<hex>`, HMAC-SHA256 keyed with the
 * subscription's secret over message id ‖ timestamp ‖ raw body; a message older than ten minutes
 * is refused (either way here).
 * https://dev.twitch.tv/docs/eventsub/handling-webhook-events/#verifying-the-event-message
 */
import { after, fromHex, hmac, timingSafeEqual, utf8, withinWindow } from './crypto.js';
import { PASS, fail, type Provider } from './types.js';

export const TWITCH_WINDOW_SECONDS = 600;

export const twitch: Provider = {
  name: 'twitch',
  title: 'Twitch EventSub',
  secretIs: "the subscription's secret (10–100 ASCII characters)",
  secretHeaders: [],
  secretProblem: (s) => (/^[\x21-\x7e]{10,100}$/.test(s) ? undefined : 'a Twitch EventSub secret is 10–100 printable ASCII characters'),
  async check(req, { secret = '' }) {
    const h = req.headers;
    const id = h.get('twitch-eventsub-message-id');
    const timestamp = h.get('twitch-eventsub-message-timestamp');
    const mac = fromHex(after('sha256=', h.get('twitch-eventsub-message-signature')));
    if (id === null || timestamp === null || mac === undefined) return fail('missing Twitch-Eventsub-Message-Id, -Timestamp or -Signature');
    const ms = /^\d{4}-\d\d-\d\dT/.test(timestamp) ? Date.parse(timestamp) : Number.NaN;
    if (!Number.isFinite(ms)) return fail('malformed Twitch-Eventsub-Message-Timestamp');
    if (!withinWindow(ms / 1000, req.now, TWITCH_WINDOW_SECONDS)) return fail('Twitch-Eventsub-Message-Timestamp is more than 10 minutes away');
    return timingSafeEqual(mac, await (req.hmac ?? hmac)('SHA-256', secret, utf8(id + timestamp), req.body))
      ? PASS
      : fail('Twitch-Eventsub-Message-Signature does not match');
  },
};
