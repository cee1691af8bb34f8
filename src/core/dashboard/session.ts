/**
 * Dashboard sessions without server state (so every Worker isolate and every Node process agree):
 * the cookie is `<expiry>.<nonce>.<mac>`, an HMAC-SHA-256 under a key derived from the admin token,
 * so changing W2G_ADMIN_TOKEN ends every session. Each form carries a CSRF token, the MAC of the
 * session's nonce under the same key (a synchronizer token bound to the session).
 * https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
 */
import { toBase64Url } from '../seal.js';

/** How long a login lasts. */
export const SESSION_MS = 12 * 3_600_000;

/** The session cookie's name. */
export const SESSION_COOKIE = 'w2g_session';

const te = new TextEncoder();

/** Sign and check sessions and CSRF tokens. */
export interface SessionKeys {
  /** A new session cookie value, valid until `now + SESSION_MS`. */
  create(now: number): Promise<string>;
  /** The session's nonce when `value` is a valid, unexpired session; else undefined. */
  verify(value: string | undefined, now: number): Promise<string | undefined>;
  /** The CSRF token of a session. */
  csrf(nonce: string): Promise<string>;
  /** Whether `token` is the CSRF token of the session (constant time). */
  checkCsrf(nonce: string, token: string | undefined): Promise<boolean>;
  /** Whether `token` is the admin token (constant time: both sides are MACed first). */
  isAdminToken(token: string): Promise<boolean>;
}

/** Constant-time comparison of two strings of any length. */
function sameText(a: string, b: string): boolean {
  const x = te.encode(a);
  const y = te.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** Keys derived from the admin token (HKDF-SHA-256, one label per use). */
export function createSessionKeys(adminToken: string): SessionKeys {
  const keys = (async () => {
    const base = await crypto.subtle.importKey('raw', te.encode(adminToken), 'HKDF', false, ['deriveKey']);
    const derive = (label: string) =>
      crypto.subtle.deriveKey(
        { name: 'HKDF', hash: 'SHA-256', salt: te.encode('webhook2github dashboard'), info: te.encode(label) },
        base,
        { name: 'HMAC', hash: 'SHA-256', length: 256 },
        false,
        ['sign'],
      );
    const [session, csrf, compare] = await Promise.all([derive('session'), derive('csrf'), derive('compare')]);
    return { session, csrf, compare };
  })();
  const mac = async (which: 'session' | 'csrf' | 'compare', text: string) =>
    toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', (await keys)[which], te.encode(text))));
  const adminMac = mac('compare', adminToken);

  return {
    async create(now) {
      const nonce = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
      const payload = `${now + SESSION_MS}.${nonce}`;
      return `${payload}.${await mac('session', payload)}`;
    },
    async verify(value, now) {
      const m = value === undefined ? null : /^(\d{1,16})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(value);
      if (!m) return undefined;
      const [, exp, nonce, sig] = m as unknown as [string, string, string, string];
      if (!sameText(await mac('session', `${exp}.${nonce}`), sig)) return undefined;
      return Number(exp) > now ? nonce : undefined;
    },
    csrf(nonce) {
      return mac('csrf', nonce);
    },
    async checkCsrf(nonce, token) {
      return token !== undefined && sameText(await mac('csrf', nonce), token);
    },
    async isAdminToken(token) {
      return sameText(await mac('compare', token), await adminMac);
    },
  };
}
