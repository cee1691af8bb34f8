/**
 * Seals the `Authorization` value of a pending delivery at rest with AES-256-GCM (Web Crypto),
 * bound to the delivery id, and derives the pacing key (an HMAC of the credential, never the
 * credential). Key material: `W2G_SECRET`, else a random key file beside the database.
 * https://developer.mozilla.org/docs/Web/API/SubtleCrypto/encrypt#aes-gcm
 */

const VERSION = 'v1';
const te = new TextEncoder();
const td = new TextDecoder();

/** Encrypts and decrypts stored credentials. */
export interface CredentialBox {
  /** `v1.<base64(iv ‖ ciphertext ‖ tag)>`; `id` is authenticated, so a sealed value only opens for its delivery. */
  seal(plaintext: string, id: string): Promise<string>;
  /** The plaintext; rejects when the value was not sealed with this key for this id. */
  open(sealed: string, id: string): Promise<string>;
  /** A stable, non-reversible key for pacing per credential. */
  paceKey(authorization: string): Promise<string>;
}

const b64 = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};
const unb64 = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const hex = (buf: ArrayBuffer): string => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Derives the box from key material (any length; HKDF-SHA-256 stretches it to the keys). */
export async function createCredentialBox(keyMaterial: Uint8Array | string): Promise<CredentialBox> {
  const ikm = typeof keyMaterial === 'string' ? te.encode(keyMaterial) : keyMaterial;
  if (ikm.length === 0) throw new Error('credential box: empty key material');
  const base = await crypto.subtle.importKey('raw', ikm as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: te.encode('webhook2github'), info: te.encode(info) });
  const aes = await crypto.subtle.deriveKey(hkdf('credential-box v1'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const mac = await crypto.subtle.deriveKey(hkdf('pace-key v1'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']);

  return {
    async seal(plaintext, id) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: te.encode(id) }, aes, te.encode(plaintext)));
      const out = new Uint8Array(iv.length + ct.length);
      out.set(iv);
      out.set(ct, iv.length);
      return `${VERSION}.${b64(out)}`;
    },
    async open(sealed, id) {
      const [version, data] = sealed.split('.');
      if (version !== VERSION || data === undefined) throw new Error('credential box: unknown format');
      const bytes = unb64(data);
      const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12), additionalData: te.encode(id) }, aes, bytes.subarray(12));
      return td.decode(pt);
    },
    async paceKey(authorization) {
      return hex(await crypto.subtle.sign('HMAC', mac, te.encode(authorization))).slice(0, 32);
    },
  };
}
