/**
 * Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]`; each `v1` is HMAC-SHA256 keyed with
 * the endpoint's signing secret (the whole `whsec_…` text) over `<t>.<raw body>`. Several `v1`
 * appear while a secret is rolled; any one may match. Stripe's libraries refuse a `t` older than
 * five minutes; we refuse one more than five minutes away either way.
 * https://docs.stripe.com/webhooks#verify-manually
 */
import { fromHex, hmac, timingSafeEqual, unixSeconds, utf8, withinWindow } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

/** Stripe's default tolerance, seconds. */
export const STRIPE_WINDOW_SECONDS = 300;

export const stripe: Provider = {
  name: 'stripe',
  title: 'Stripe',
  secretIs: "the endpoint's signing secret (whsec_…)",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const header = req.headers.get('stripe-signature');
    if (header === null) return fail('no Stripe-Signature header');
    let t: string | undefined;
    const v1: Uint8Array[] = [];
    for (const item of header.split(',')) {
      const eq = item.indexOf('=');
      const k = item.slice(0, eq).trim();
      const v = item.slice(eq + 1).trim();
      if (k === 't') t = v;
      else if (k === 'v1') {
        const mac = fromHex(v);
        if (mac !== undefined && v1.length < 16) v1.push(mac);
      }
    }
    const ts = unixSeconds(t);
    if (ts === undefined || v1.length === 0) return fail('Stripe-Signature has no t= timestamp or no v1= signature');
    if (!withinWindow(ts, req.now, STRIPE_WINDOW_SECONDS)) return fail('the Stripe-Signature timestamp is more than 5 minutes away');
    const expected = await (req.hmac ?? hmac)('SHA-256', secret, utf8(`${t}.`), req.body);
    let ok = false;
    for (const mac of v1) ok = timingSafeEqual(mac, expected) || ok;
    return ok ? PASS : fail('no v1 signature in Stripe-Signature matches');
  },
};
