/**
 * Discord interactions: `X-Signature-Ed25519: <hex>` is an Ed25519 signature, by Discord, of
 * `X-Signature-Timestamp` followed by the raw body; it verifies with the application's public key
 * (not a secret). Discord publishes no window. Its endpoint check sends a PING (answered at the
 * edge, handshakes/discord.ts) and also requests with bad signatures, which must get 401.
 * https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
 */
import { fromHex, trimmed, utf8 } from './crypto.js';
import { PASS, fail, type Provider } from './types.js';

const keys = new Map<string, Promise<CryptoKey | undefined>>();

/** The Ed25519 public key (Web Crypto's standard name; older workerd releases used NODE-ED25519). */
function publicKey(hex: string): Promise<CryptoKey | undefined> {
  let key = keys.get(hex);
  if (key === undefined) {
    const raw = fromHex(hex);
    key =
      raw === undefined || raw.length !== 32
        ? Promise.resolve(undefined)
        : crypto.subtle
            .importKey('raw', raw, { name: 'Ed25519' }, false, ['verify'])
            .catch(() => crypto.subtle.importKey('raw', raw, { name: 'NODE-ED25519', namedCurve: 'NODE-ED25519' } as EcKeyImportParams, false, ['verify']))
            .catch(() => undefined);
    keys.set(hex, key);
    if (keys.size > 1000) keys.delete(keys.keys().next().value as string);
  }
  return key;
}

/** Whether the signature is Discord's over timestamp ‖ body. Never throws. */
export async function verifyDiscord(
  publicKeyHex: string,
  body: Uint8Array,
  signature: string | null | undefined,
  timestamp: string | null | undefined,
): Promise<boolean> {
  const sig = fromHex(trimmed(signature));
  if (sig === undefined || sig.length !== 64 || typeof timestamp !== 'string' || timestamp === '') return false;
  if (typeof publicKeyHex !== 'string') return false;
  const key = await publicKey(publicKeyHex.toLowerCase());
  if (key === undefined) return false;
  const data = new Uint8Array(utf8(timestamp).length + body.length);
  data.set(utf8(timestamp));
  data.set(body, utf8(timestamp).length);
  const algorithm = key.algorithm.name === 'Ed25519' ? { name: 'Ed25519' } : { name: 'NODE-ED25519' };
  try {
    return await crypto.subtle.verify(algorithm, key, sig, data);
  } catch {
    return false;
  }
}

export const discord: Provider = {
  name: 'discord',
  title: 'Discord interactions',
  secretIs: "the application's public key (64 hex characters; not a secret)",
  secretHeaders: [],
  secretProblem: (s) => (/^[0-9a-fA-F]{64}$/.test(s) ? undefined : 'a Discord public key is 64 hex characters (General Information → Public Key)'),
  async check(req, { secret = '' }) {
    const ok = await verifyDiscord(secret, req.body, req.headers.get('x-signature-ed25519'), req.headers.get('x-signature-timestamp'));
    return ok ? PASS : fail('X-Signature-Ed25519 does not verify with the application public key');
  },
};
