/**
 * Shopify: `X-Shopify-Hmac-Sha256: <base64>`, HMAC-SHA256 of the raw body keyed with the app's
 * client secret (or the webhook signing secret shown in the admin). No time is signed.
 * https://shopify.dev/docs/apps/build/webhooks/verify-deliveries
 */
import { fromBase64, hmac, timingSafeEqual, trimmed, type HmacFn } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

/** Whether `header` is the base64 HMAC-SHA256 of the body. */
export async function verifyShopify(secret: string, body: Uint8Array, header: string | null | undefined, impl: HmacFn = hmac): Promise<boolean> {
  const mac = fromBase64(trimmed(header));
  return mac !== undefined && typeof secret === 'string' && secret !== '' && timingSafeEqual(mac, await impl('SHA-256', secret, body));
}

export const shopify: Provider = {
  name: 'shopify',
  title: 'Shopify',
  secretIs: "the app's client secret (or the signing secret of a webhook made in the admin)",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const header = req.headers.get('x-shopify-hmac-sha256');
    if (header === null) return fail('no X-Shopify-Hmac-Sha256 header');
    return (await verifyShopify(secret, req.body, header, req.hmac)) ? PASS : fail('X-Shopify-Hmac-Sha256 does not match');
  },
};
