/**
 * Zoom: `x-zm-signature: v0=<hex>`, HMAC-SHA256 keyed with the app's secret token over
 * `v0:<x-zm-request-timestamp>:<raw body>`. Zoom publishes no window; we take five minutes, as
 * for Slack's identical scheme. The endpoint check (`endpoint.url_validation`) is answered with
 * the same secret (handshakes/zoom.ts).
 * https://developers.zoom.us/docs/api/webhooks/#verify-webhook-events
 */
import { after, fromHex, hmac, timingSafeEqual, unixSeconds, utf8, withinWindow } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

export const ZOOM_WINDOW_SECONDS = 300;

export const zoom: Provider = {
  name: 'zoom',
  title: 'Zoom',
  secretIs: "the app's secret token (Features → Access → Secret Token)",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const timestamp = req.headers.get('x-zm-request-timestamp');
    const ts = unixSeconds(timestamp);
    if (ts === undefined) return fail('missing or malformed x-zm-request-timestamp');
    if (!withinWindow(ts, req.now, ZOOM_WINDOW_SECONDS)) return fail('x-zm-request-timestamp is more than 5 minutes away');
    const mac = fromHex(after('v0=', req.headers.get('x-zm-signature')));
    if (mac === undefined) return fail('no x-zm-signature header (v0=<hex>)');
    return timingSafeEqual(mac, await (req.hmac ?? hmac)('SHA-256', secret, utf8(`v0:${timestamp!.trim()}:`), req.body))
      ? PASS
      : fail('x-zm-signature does not match');
  },
};
