/**
 * HMAC on node:crypto for the provider verifiers: synchronous, no thread-pool round trip (Web
 * Crypto's `sign` is asynchronous on Node). Byte for byte what Web Crypto computes; the verify
 * suite runs every case with both.
 */
import { createHmac } from 'node:crypto';
import type { HmacFn } from '../core/verify/crypto.js';

export const nodeHmac: HmacFn = (hash, secret, ...parts) => {
  const mac = createHmac(hash === 'SHA-1' ? 'sha1' : 'sha256', secret);
  for (const part of parts) mac.update(part);
  return new Uint8Array(mac.digest());
};
