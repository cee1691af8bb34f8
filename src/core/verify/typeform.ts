/**
 * Typeform: `Typeform-Signature: sha256=<base64>`, HMAC-SHA256 of the raw body keyed with the
 * webhook's secret (base64 despite the `sha256=` prefix). No time is signed.
 * https://www.typeform.com/developers/webhooks/secure-your-webhooks/
 */
import { after, fromBase64, hmac, timingSafeEqual, type HmacFn } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

/** Whether `header` is `sha256=<base64 HMAC-SHA256(secret, body)>`. */
export async function verifyTypeform(secret: string, body: Uint8Array, header: string | null | undefined, impl: HmacFn = hmac): Promise<boolean> {
  const mac = fromBase64(after('sha256=', header));
  return mac !== undefined && typeof secret === 'string' && secret !== '' && timingSafeEqual(mac, await impl('SHA-256', secret, body));
}

export const typeform: Provider = {
  name: 'typeform',
  title: 'Typeform',
  secretIs: "the webhook's secret",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const header = req.headers.get('typeform-signature');
    if (header === null) return fail('no Typeform-Signature header');
    return (await verifyTypeform(secret, req.body, header, req.hmac)) ? PASS : fail('Typeform-Signature does not match');
  },
};
