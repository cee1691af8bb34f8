/**
 * GitHub: `X-Hub-Signature-256: sha256=<hex>`, HMAC-SHA256 of the raw body keyed with the hook's
 * secret. Nothing time-based is signed. Meta signs the same way (meta.ts).
 * https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries
 */
import { after, fromHex, hmac, timingSafeEqual, type HmacFn } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

/** Whether `header` is `sha256=<hex HMAC-SHA256(secret, body)>`. Never throws. */
export async function verifyHubSignature256(secret: string, body: Uint8Array, header: string | null | undefined, impl: HmacFn = hmac): Promise<boolean> {
  const mac = fromHex(after('sha256=', header));
  return mac !== undefined && typeof secret === 'string' && secret !== '' && timingSafeEqual(mac, await impl('SHA-256', secret, body));
}

/** GitHub's check, as the receiver's `github` trigger uses it. */
export const verifyGithub = verifyHubSignature256;

export const github: Provider = {
  name: 'github',
  title: 'GitHub',
  secretIs: "the webhook's secret",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const header = req.headers.get('x-hub-signature-256');
    if (header === null) return fail('no X-Hub-Signature-256 header');
    return (await verifyHubSignature256(secret, req.body, header, req.hmac)) ? PASS : fail('X-Hub-Signature-256 does not match');
  },
};
