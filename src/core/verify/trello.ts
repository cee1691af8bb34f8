/**
 * Trello: `X-Trello-Webhook: <base64>`, HMAC-SHA1 keyed with the application's secret over the raw
 * body followed by the callback URL exactly as registered (the relay's public address, W2G_PUBLIC_URL,
 * then the path and query as received). The `HEAD` Trello sends when a webhook is created is not
 * signed (handshakes/trello.ts).
 * https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/#webhook-signatures
 */
import { fromBase64, hmac, timingSafeEqual, trimmed, utf8, type HmacFn } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

/** Whether `header` is the base64 HMAC-SHA1 of body ‖ callback URL. */
export async function verifyTrello(
  secret: string,
  callbackUrl: string,
  body: Uint8Array,
  header: string | null | undefined,
  impl: HmacFn = hmac,
): Promise<boolean> {
  const mac = fromBase64(trimmed(header));
  return mac !== undefined && typeof secret === 'string' && secret !== '' && timingSafeEqual(mac, await impl('SHA-1', secret, body, utf8(String(callbackUrl))));
}

export const trello: Provider = {
  name: 'trello',
  title: 'Trello',
  secretIs: "the application's secret (the OAuth secret on the API key page)",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const header = req.headers.get('x-trello-webhook');
    if (header === null) return fail('no X-Trello-Webhook header');
    return (await verifyTrello(secret, req.url, req.body, header, req.hmac))
      ? PASS
      : fail(`X-Trello-Webhook does not match (signed for another URL than ${req.url.replace(/\?.*$/, '?…')}?)`);
  },
};
