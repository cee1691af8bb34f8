/**
 * Dropbox: `X-Dropbox-Signature: <hex>`, HMAC-SHA256 of the raw body keyed with the app secret.
 * The endpoint check (a GET with `challenge`) is not signed (handshakes/dropbox.ts).
 * https://www.dropbox.com/developers/reference/webhooks
 */
import { fromHex, hmac, timingSafeEqual, trimmed } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

export const dropbox: Provider = {
  name: 'dropbox',
  title: 'Dropbox',
  secretIs: 'the app secret (App Console → Settings)',
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const mac = fromHex(trimmed(req.headers.get('x-dropbox-signature')));
    if (mac === undefined) return fail('no X-Dropbox-Signature header (hex)');
    return timingSafeEqual(mac, await (req.hmac ?? hmac)('SHA-256', secret, req.body)) ? PASS : fail('X-Dropbox-Signature does not match');
  },
};
