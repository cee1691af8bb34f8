/**
 * The CredentialBox on node:crypto: the same keys (HKDF-SHA-256, same salt and info) and the same
 * `v1.<base64(iv ‖ ciphertext ‖ tag)>` format as the core's Web Crypto box, so either opens what
 * the other sealed. Synchronous OpenSSL calls instead of Web Crypto's thread-pool round trips:
 * on the durable path this is a few µs per request instead of tens.
 * https://nodejs.org/api/crypto.html#cryptocreatecipherivalgorithm-key-iv-options
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomFillSync } from 'node:crypto';
import type { CredentialBox } from '../core/delivery/credential-box.js';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Pace keys remembered per credential (oldest dropped first). */
const PACE_KEYS_KEPT = 512;
/** IVs are drawn from a pool refilled in one call (random IVs, as the Web Crypto box uses). */
const POOL_IVS = 256;

/** Derives the box from key material exactly as `createCredentialBox` does. */
export function createNodeCredentialBox(keyMaterial: Uint8Array | string): CredentialBox {
  const ikm = typeof keyMaterial === 'string' ? Buffer.from(keyMaterial, 'utf8') : Buffer.from(keyMaterial);
  if (ikm.length === 0) throw new Error('credential box: empty key material');
  const hkdf = (info: string) => Buffer.from(hkdfSync('sha256', ikm, 'webhook2github', info, 32));
  const aes = hkdf('credential-box v1');
  const mac = hkdf('pace-key v1');

  const pool = Buffer.allocUnsafe(IV_BYTES * POOL_IVS);
  let next = POOL_IVS;
  const freshIv = (out: Buffer) => {
    if (next === POOL_IVS) {
      randomFillSync(pool);
      next = 0;
    }
    pool.copy(out, 0, next * IV_BYTES, ++next * IV_BYTES);
    // Never reuse an IV: wipe the used slot.
    pool.fill(0, (next - 1) * IV_BYTES, next * IV_BYTES);
  };

  const paceKeys = new Map<string, string>();

  const sealSync = (plaintext: string, id: string): string => {
    const pt = Buffer.from(plaintext, 'utf8');
    const out = Buffer.allocUnsafe(IV_BYTES + pt.length + TAG_BYTES);
    freshIv(out);
    const c = createCipheriv('aes-256-gcm', aes, out.subarray(0, IV_BYTES));
    c.setAAD(Buffer.from(id, 'utf8'));
    const ct = c.update(pt);
    c.final();
    ct.copy(out, IV_BYTES);
    c.getAuthTag().copy(out, IV_BYTES + pt.length);
    return `${VERSION}.${out.toString('base64')}`;
  };
  const openSync = (sealed: string, id: string): string => {
    const dot = sealed.indexOf('.');
    if (dot < 0 || sealed.slice(0, dot) !== VERSION) throw new Error('credential box: unknown format');
    const bytes = Buffer.from(sealed.slice(dot + 1), 'base64');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('credential box: truncated');
    const d = createDecipheriv('aes-256-gcm', aes, bytes.subarray(0, IV_BYTES));
    d.setAAD(Buffer.from(id, 'utf8'));
    d.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const pt = d.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES));
    d.final(); // throws when the tag does not verify
    return pt.toString('utf8');
  };

  return {
    seal: async (plaintext, id) => sealSync(plaintext, id),
    open: async (sealed, id) => openSync(sealed, id),
    paceKey: async (authorization) => {
      // Every request of a credential asks for the same key: keep the last few hundred.
      let key = paceKeys.get(authorization);
      if (key === undefined) {
        key = createHmac('sha256', mac).update(authorization, 'utf8').digest('hex').slice(0, 32);
        if (paceKeys.size >= PACE_KEYS_KEPT) paceKeys.delete(paceKeys.keys().next().value!);
        paceKeys.set(authorization, key);
      }
      return key;
    },
  };
}
