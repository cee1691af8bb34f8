/**
 * Sealed tokens (`w2g_…`): a hook URL that is a narrow capability instead of a GitHub token.
 * The claims (repository, path prefix, event type, expiry, and the credential: a PAT or `app`)
 * are encrypted and authenticated with AES-256-GCM under a sealing key, so only a relay holding
 * one of the keys can read them, and nobody can change them. Stateless: any relay with the keys
 * opens the token, on Node and on Workers alike (Web Crypto on both).
 *
 * Token = `w2g_` + base64url (no padding) of:
 *
 *   byte 0       format version (1)
 *   bytes 1–4    key id: the first 4 bytes of HKDF-SHA-256(key, info "w2g sealed-token key id")
 *   bytes 5–16   nonce (12 random bytes)
 *   bytes 17–    AES-256-GCM ciphertext of the claims, then the 16-byte tag; bytes 0–4 are the
 *                additional data, so the version and key id cannot be changed either
 *
 * Keys: `W2G_SEALING_KEYS`, a comma list of 32-byte keys written in base64 or base64url. The first
 * seals; every key opens, so rotation is "put the new key first, keep the old one until its
 * tokens are gone". The AES key is HKDF-SHA-256(key, info "w2g sealed-token v1"), so the same
 * bytes used elsewhere never meet the same cipher twice.
 * https://developer.mozilla.org/docs/Web/API/SubtleCrypto/encrypt#aes-gcm
 */
import { decodeClaims, encodeClaims, type SealedClaims } from './seal-claims.js';

export type { SealedClaims, SealedCredential } from './seal-claims.js';

/** Every sealed token starts with this. */
export const SEALED_PREFIX = 'w2g_';
/** The format version this release writes (and the only one it opens). */
export const SEALED_VERSION = 1;
/** Bytes of a sealing key. */
export const SEALING_KEY_BYTES = 32;

const KID_BYTES = 4;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KID_BYTES;
/** Longest token looked at: far above any real one (a 255-character PAT seals to about 420). */
const MAX_TOKEN_CHARS = 4096;

const te = new TextEncoder();

/** Why a token did not open. Deliberately coarse: never which key, never why the cipher failed. */
export type OpenFailure = 'invalid_token' | 'token_expired';

/** The result of opening a token: its claims, or why not. Never an exception. */
export type OpenResult = { ok: true; claims: SealedClaims } | { ok: false; code: OpenFailure };

/**
 * AES-256-GCM decryption, for runtimes with a faster one than Web Crypto (Node: synchronous
 * node:crypto, no thread-pool round trip). Returns the plaintext, or undefined when the tag does
 * not verify; never throws for bad input. Must agree with Web Crypto byte for byte.
 */
export type AesGcmOpen = (key: Uint8Array, iv: Uint8Array, aad: Uint8Array, ciphertextAndTag: Uint8Array) => Uint8Array | undefined;

/** Keys ready for use: the first seals, all open (looked up by key id). */
export interface SealingKeyring {
  /** How many keys (0: sealing is off). */
  readonly size: number;
  /** Key id (hex) of the sealing key, for `inspect` and logs (not a secret). */
  readonly sealingKeyId: string | undefined;
  /** @internal */
  readonly sealer: ImportedKey | undefined;
  /** @internal key id (hex) → keys with that id (a collision of 4 bytes is possible, so a list). */
  readonly byId: ReadonlyMap<string, readonly ImportedKey[]>;
  /** @internal the runtime's own AES-GCM, when given (else Web Crypto). */
  readonly open: AesGcmOpen | undefined;
}

interface ImportedKey {
  kid: Uint8Array<ArrayBuffer>;
  aes: CryptoKey;
  /** The derived AES key's bytes, for an AesGcmOpen. */
  raw: Uint8Array;
}

// ── base64url ───────────────────────────────────────────────────────────────────────────────

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64URL.charCodeAt(i)] = i;

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]! + B64URL[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += B64URL[n >> 18]! + B64URL[(n >> 12) & 63]! + B64URL[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * Strict base64url (no padding, no other characters, canonical final bits) to bytes; undefined for
 * anything else, so one token has exactly one spelling.
 */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64_VALUE[c]! : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero (else two spellings would decode to the same bytes).
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}

// ── Keys ────────────────────────────────────────────────────────────────────────────────────

/**
 * Parses `W2G_SEALING_KEYS`: a comma list of 32-byte keys in base64 or base64url (padding
 * optional). Returns the raw keys, or an error message that says what is wrong (never the key).
 */
export function parseSealingKeys(text: string): { keys: Uint8Array<ArrayBuffer>[] } | { error: string } {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { error: 'no keys given' };
  const keys: Uint8Array<ArrayBuffer>[] = [];
  for (const [i, part] of parts.entries()) {
    const key = fromBase64Url(part.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
    if (key === undefined || key.length !== SEALING_KEY_BYTES) {
      return {
        error: `key ${i + 1} of ${parts.length} is not ${SEALING_KEY_BYTES} bytes in base64 or base64url (make one with \`webhook2github seal --new-key\`)`,
      };
    }
    keys.push(key);
  }
  return { keys };
}

/** A new random sealing key, as `W2G_SEALING_KEYS` takes it (base64url, 43 characters). */
export function newSealingKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(SEALING_KEY_BYTES)));
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/**
 * Imports raw keys (the first seals). An empty list makes an empty keyring: nothing opens.
 * `open` is the runtime's own AES-GCM for opening (Node), else Web Crypto opens.
 */
export async function importSealingKeys(keys: readonly Uint8Array[], open?: AesGcmOpen): Promise<SealingKeyring> {
  const imported = await Promise.all(
    keys.map(async (material): Promise<ImportedKey> => {
      const base = await crypto.subtle.importKey('raw', material as Uint8Array<ArrayBuffer>, 'HKDF', false, ['deriveBits']);
      const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: te.encode('webhook2github'), info: te.encode(info) });
      const kid = new Uint8Array(await crypto.subtle.deriveBits(hkdf('w2g sealed-token key id'), base, KID_BYTES * 8));
      const raw = new Uint8Array(await crypto.subtle.deriveBits(hkdf('w2g sealed-token v1'), base, 256));
      const aes = await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt', 'decrypt']);
      return { kid, aes, raw };
    }),
  );
  const byId = new Map<string, ImportedKey[]>();
  for (const k of imported) {
    const id = hex(k.kid);
    byId.set(id, [...(byId.get(id) ?? []), k]);
  }
  const sealer = imported[0];
  return { size: imported.length, sealingKeyId: sealer ? hex(sealer.kid) : undefined, sealer, byId, open };
}

/** Parses and imports `W2G_SEALING_KEYS`; throws an Error naming the setting when it is wrong. */
export async function sealingKeyringFrom(text: string | undefined, setting = 'W2G_SEALING_KEYS', open?: AesGcmOpen): Promise<SealingKeyring> {
  if (text === undefined || text.trim() === '') return importSealingKeys([], open);
  const parsed = parseSealingKeys(text);
  if ('error' in parsed) throw new Error(`Invalid ${setting}: ${parsed.error}.`);
  return importSealingKeys(parsed.keys, open);
}

// ── Seal and open ───────────────────────────────────────────────────────────────────────────

/** Seals claims with the keyring's first key; throws when the keyring is empty or a claim is invalid. */
export async function sealToken(claims: SealedClaims, keyring: SealingKeyring): Promise<string> {
  const key = keyring.sealer;
  if (!key) throw new Error('No sealing key: set W2G_SEALING_KEYS (make a key with `webhook2github seal --new-key`).');
  const plaintext = encodeClaims(claims);
  const header = new Uint8Array(HEADER_BYTES);
  header[0] = SEALED_VERSION;
  header.set(key.kid, 1);
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: header }, key.aes, plaintext as Uint8Array<ArrayBuffer>));
  const out = new Uint8Array(HEADER_BYTES + NONCE_BYTES + ct.length);
  out.set(header);
  out.set(nonce, HEADER_BYTES);
  out.set(ct, HEADER_BYTES + NONCE_BYTES);
  return SEALED_PREFIX + toBase64Url(out);
}

/** Whether a credential is a sealed token (by its prefix; opening decides whether it is a good one). */
export function isSealedToken(credential: string): boolean {
  return credential.startsWith(SEALED_PREFIX);
}

/**
 * Opens a sealed token: its claims when a key of the keyring opens it and it has not expired at
 * `nowMs`, else why not. Never throws, for any string: a tampered, truncated, foreign or
 * garbage token is `invalid_token`. (Revocation is the caller's: it knows the revocation list.)
 */
export async function openSealedToken(token: string, keyring: SealingKeyring, nowMs: number): Promise<OpenResult> {
  const invalid: OpenResult = { ok: false, code: 'invalid_token' };
  try {
    if (!token.startsWith(SEALED_PREFIX) || token.length > MAX_TOKEN_CHARS) return invalid;
    const bytes = fromBase64Url(token.slice(SEALED_PREFIX.length));
    if (!bytes || bytes.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES || bytes[0] !== SEALED_VERSION) return invalid;
    const candidates = keyring.byId.get(hex(bytes.subarray(1, HEADER_BYTES)));
    if (!candidates) return invalid;
    const iv = bytes.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
    const aad = bytes.subarray(0, HEADER_BYTES);
    const data = bytes.subarray(HEADER_BYTES + NONCE_BYTES);
    for (const key of candidates) {
      let plaintext: Uint8Array | undefined;
      if (keyring.open) plaintext = keyring.open(key.raw, iv, aad, data);
      else {
        try {
          plaintext = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key.aes, data));
        } catch {
          plaintext = undefined;
        }
      }
      if (plaintext === undefined) continue;
      const claims = decodeClaims(plaintext);
      if (!claims) return invalid;
      if (claims.exp !== undefined && claims.exp * 1000 <= nowMs) return { ok: false, code: 'token_expired' };
      return { ok: true, claims };
    }
    return invalid;
  } catch {
    return invalid;
  }
}
