/**
 * A body too large for the event even gzip-compressed travels as a git blob in the target
 * repository: the envelope carries `body_ref {sha, size, sha256}` and the receiver reads the
 * blob back. Web Crypto and typed arrays only, and never a string of the body: a 25 MB body is
 * hashed and base64-encoded from bytes to bytes, outside the JS heap.
 * https://docs.github.com/rest/git/blobs#create-a-blob
 */
import type { BodyRef } from '../contract.js';

/** A body to be stored as a blob before the dispatch that refers to it. */
export interface PendingBlob {
  bytes: Uint8Array;
  ref: BodyRef;
}

const hex = (buf: ArrayBuffer): string => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Git's object id of a blob: SHA-1 of `blob <size>\0` followed by the bytes, the id GitHub
 * answers when it stores them. https://git-scm.com/book/en/v2/Git-Internals-Git-Objects
 */
export async function gitBlobSha(bytes: Uint8Array): Promise<string> {
  const header = new TextEncoder().encode(`blob ${bytes.length}\0`);
  const all = new Uint8Array(header.length + bytes.length);
  all.set(header);
  all.set(bytes, header.length);
  return hex(await crypto.subtle.digest('SHA-1', all));
}

/** The `body_ref` of a body: its git blob id, size and SHA-256 (which the receiver checks). */
export async function blobRefOf(bytes: Uint8Array): Promise<BodyRef> {
  const [sha, sha256] = await Promise.all([gitBlobSha(bytes), crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>).then(hex)]);
  return { sha, size: bytes.length, sha256 };
}

const ALPHABET = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 0x3d;
const PREFIX = new TextEncoder().encode('{"encoding":"base64","content":"');
const SUFFIX = new TextEncoder().encode('"}');

/** Size of the request body {@link blobRequestBody} builds for `n` bytes. */
export function blobRequestLength(n: number): number {
  return PREFIX.length + Math.ceil(n / 3) * 4 + SUFFIX.length;
}

/**
 * The JSON body of `POST /repos/{owner}/{repo}/git/blobs` for these bytes,
 * `{"encoding":"base64","content":"…"}`, written as bytes (base64 written straight into it).
 */
export function blobRequestBody(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(blobRequestLength(bytes.length));
  out.set(PREFIX);
  let o = PREFIX.length;
  const whole = bytes.length - (bytes.length % 3);
  let i = 0;
  for (; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ALPHABET[n >>> 18]!;
    out[o++] = ALPHABET[(n >>> 12) & 63]!;
    out[o++] = ALPHABET[(n >>> 6) & 63]!;
    out[o++] = ALPHABET[n & 63]!;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = ALPHABET[n >>> 18]!;
    out[o++] = ALPHABET[(n >>> 12) & 63]!;
    out[o++] = rest === 2 ? ALPHABET[(n >>> 6) & 63]! : PAD;
    out[o++] = PAD;
  }
  out.set(SUFFIX, o);
  return out;
}

/** Memory a blob upload holds at once: the body and its request. */
export function blobUploadBytes(size: number): number {
  return size + blobRequestLength(size);
}
