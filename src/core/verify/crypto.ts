/**
 * The byte and crypto helpers every verifier shares: Web Crypto only (Node and workerd alike),
 * strict decoders that return undefined instead of throwing, and a constant-time comparison.
 */

const te = new TextEncoder();

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return te.encode(text);
}

/** The parts one after another, in one new array. */
export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Constant-time equality of two byte strings: the time depends only on the lengths (which are not
 * secret: a digest's length is fixed by its algorithm). Empty strings never match.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Constant-time equality of two texts (compared as UTF-8). */
export function timingSafeEqualText(a: string, b: string): boolean {
  return timingSafeEqual(utf8(a), utf8(b));
}

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/** Bytes of a hex string (either case, even length), else undefined. */
export function fromHex(text: string | null | undefined): Uint8Array<ArrayBuffer> | undefined {
  if (typeof text !== 'string' || text.length > 4096 || !HEX.test(text)) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]*={0,2}$/;

/** Bytes of standard base64 (padded, as providers send it), else undefined. `url`: base64url, padding optional. */
export function fromBase64(text: string | null | undefined, url = false): Uint8Array<ArrayBuffer> | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 65_536) return undefined;
  if (url ? !B64URL.test(text) : !B64.test(text) || text.length % 4 !== 0) return undefined;
  try {
    const std = url ? text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '') : text;
    const bin = atob(url ? std + '='.repeat((4 - (std.length % 4)) % 4) : std);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** Standard base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return btoa(bin);
}

/** HMAC hash names the providers use. */
export type HmacHash = 'SHA-1' | 'SHA-256';

/** Imported HMAC keys by hash and secret: a hook's secret repeats on every request. */
const hmacKeys = new Map<string, Promise<CryptoKey>>();
const MAX_KEYS = 1000;

function hmacKey(hash: HmacHash, secret: string | Uint8Array): Promise<CryptoKey> {
  let raw = typeof secret === 'string' ? utf8(secret) : secret instanceof Uint8Array ? new Uint8Array(secret) : new Uint8Array(0);
  // Web Crypto refuses an empty key; HMAC pads keys with zeros, so one zero byte is the same key.
  if (raw.length === 0) raw = new Uint8Array(1);
  // Keyed by the bytes (as latin-1 text), so a text secret and the same bytes share one key.
  const id = `${hash}:${String.fromCharCode.apply(null, raw as unknown as number[])}`;
  let key = hmacKeys.get(id);
  if (key === undefined) {
    key = crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash }, false, ['sign']);
    hmacKeys.set(id, key);
    if (hmacKeys.size > MAX_KEYS) hmacKeys.delete(hmacKeys.keys().next().value as string);
  }
  return key;
}

/**
 * An HMAC implementation: Web Crypto's below by default; a runtime may hand in a faster one
 * (Node: node:crypto, synchronous, no thread-pool round trip). Must agree byte for byte.
 */
export type HmacFn = (hash: HmacHash, secret: string | Uint8Array, ...parts: Uint8Array[]) => Promise<Uint8Array> | Uint8Array;

/** HMAC of the parts (concatenated) under the secret (text as UTF-8, or raw bytes). */
export async function hmac(hash: HmacHash, secret: string | Uint8Array, ...parts: Uint8Array[]): Promise<Uint8Array> {
  const data = parts.length === 1 ? new Uint8Array(parts[0]!) : concat(...parts);
  return new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(hash, secret), data));
}

/** SHA-256 of bytes. */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}

/** The text after `prefix` (trimmed), when the header starts with it. */
export function after(prefix: string, header: string | null | undefined): string | undefined {
  return typeof header === 'string' && header.startsWith(prefix) ? header.slice(prefix.length).trim() : undefined;
}

/** A header value trimmed, or undefined when it is not text (callers may hand over anything). */
export function trimmed(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** Whole unix seconds from a header (1–12 digits), else undefined. */
export function unixSeconds(text: string | null | undefined): number | undefined {
  return typeof text === 'string' && /^\d{1,12}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** Whether `seconds` is within `windowSeconds` of `nowMs`, either way. */
export function withinWindow(seconds: number, nowMs: number, windowSeconds: number): boolean {
  return Math.abs(nowMs / 1000 - seconds) <= windowSeconds;
}
