/**
 * Twilio: `X-Twilio-Signature: <base64>`, HMAC-SHA1 keyed with the account's auth token over the
 * full URL Twilio requested (query included), followed — for a form-encoded POST — by every
 * parameter name and value, sorted by name (repeats: unique values, sorted). A JSON body is not
 * signed as parameters: its hex SHA-256 travels in the URL as `bodySHA256` instead. Twilio may
 * sign the URL with or without the default port, so both are tried.
 * https://www.twilio.com/docs/usage/webhooks/webhooks-security#validating-signatures-from-twilio
 */
import { fromBase64, hmac, sha256, timingSafeEqual, toHex, trimmed, utf8, type HmacFn } from './crypto.js';
import { PASS, fail, textSecretProblem, type Provider } from './types.js';

const td = new TextDecoder('utf-8', { fatal: false });

/** The URL with the default port written out, and without any port. */
function portVariants(url: string): string[] {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is.exec(url);
  if (!m) return [url];
  const [, scheme, authority, rest] = m as unknown as [string, string, string, string];
  const at = authority.lastIndexOf('@');
  const userinfo = authority.slice(0, at + 1);
  const hostPort = authority.slice(at + 1);
  const colon = hostPort.indexOf(':', hostPort.lastIndexOf(']') + 1);
  const host = colon === -1 ? hostPort : hostPort.slice(0, colon);
  const port = scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  const without = scheme + userinfo + host + rest;
  const withPort = colon === -1 ? scheme + userinfo + host + port + rest : url;
  return without === withPort ? [without] : [without, withPort];
}

/** The sorted `name value` text Twilio appends for a form body. */
function formParams(body: Uint8Array): string {
  const byName = new Map<string, Set<string>>();
  new URLSearchParams(td.decode(body)).forEach((value, name) => {
    let values = byName.get(name);
    if (values === undefined) byName.set(name, (values = new Set()));
    values.add(value);
  });
  let out = '';
  for (const name of [...byName.keys()].sort()) for (const value of [...byName.get(name)!].sort()) out += name + value;
  return out;
}

/** Whether `header` signs this request for the URL it was sent to. */
export async function verifyTwilio(
  authToken: string,
  url: string,
  contentType: string,
  body: Uint8Array,
  header: string | null | undefined,
  impl: HmacFn = hmac,
): Promise<boolean> {
  const mac = fromBase64(trimmed(header));
  if (mac === undefined || typeof authToken !== 'string' || authToken === '' || typeof url !== 'string') return false;
  let params = '';
  const hash = /[?&]bodySHA256=([^&#]*)/.exec(url)?.[1];
  if (hash !== undefined) {
    if (!timingSafeEqual(utf8(hash.toLowerCase()), utf8(toHex(await sha256(body))))) return false;
  } else if (typeof contentType === 'string' && /^application\/x-www-form-urlencoded\b/i.test(contentType.trim())) {
    params = formParams(body);
  }
  let ok = false;
  for (const candidate of portVariants(url)) ok = timingSafeEqual(mac, await impl('SHA-1', authToken, utf8(candidate + params))) || ok;
  return ok;
}

export const twilio: Provider = {
  name: 'twilio',
  title: 'Twilio',
  secretIs: "the account's auth token",
  secretHeaders: [],
  secretProblem: textSecretProblem,
  async check(req, { secret = '' }) {
    const header = req.headers.get('x-twilio-signature');
    if (header === null) return fail('no X-Twilio-Signature header');
    const ok = await verifyTwilio(secret, req.url, req.headers.get('content-type') ?? '', req.body, header, req.hmac);
    return ok ? PASS : fail(`X-Twilio-Signature does not match (signed for another URL than ${req.url.replace(/\?.*$/, '?…')}?)`);
  },
};
