/** Byte helpers over Web APIs only (the core runs on Node and workerd alike). */

// ignoreBOM keeps a leading U+FEFF in the text, so the body stays byte-exact.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as text when they are valid UTF-8, else undefined. */
export function utf8OrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A request body read once: its bytes, and its text when the bytes are valid UTF-8. */
export interface RequestBody {
  bytes: Uint8Array;
  text: string | undefined;
}

/** Decodes the body once, for everything that needs its text (handshakes, envelope, dedupe). */
export function bodyOf(bytes: Uint8Array): RequestBody {
  return { bytes, text: utf8OrUndefined(bytes) };
}

/** Standard base64 (with padding) of the bytes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
  }
  return btoa(binary);
}

// Runs of non-ASCII characters; a surrogate pair never spans two runs (both halves are non-ASCII).
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * Number of bytes the string takes as UTF-8, without encoding it. ASCII counts one byte per
 * character, so only the non-ASCII runs (found by the regex engine, not a JS loop) are walked:
 * envelopes are mostly ASCII JSON, and this runs on every request.
 */
export function utf8Length(s: string): number {
  let n = s.length;
  NON_ASCII_RUN.lastIndex = 0;
  for (let m = NON_ASCII_RUN.exec(s); m !== null; m = NON_ASCII_RUN.exec(s)) n += extraUtf8Bytes(m[0]);
  return n;
}

/** UTF-8 bytes beyond one per UTF-16 code unit, for a run of non-ASCII code units. */
function extraUtf8Bytes(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < run.length) {
      const d = run.charCodeAt(i + 1);
      // A pair is 4 bytes for 2 code units.
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 2;
        i++;
      } else n += 2;
    } else n += 2;
  }
  return n;
}

/** gzip via CompressionStream (Node ≥ 18 and workerd both have it). */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
