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

/**
 * A request body read once: its bytes, and its text when the bytes are valid UTF-8 and short
 * enough to travel as text (`MAX_TEXT_BODY_BYTES`).
 */
export interface RequestBody {
  bytes: Uint8Array;
  text: string | undefined;
}

/**
 * Bodies at least this long are never decoded to text: as text they could not fit GitHub's 64 KB
 * payload limit anyway (they travel compressed), and a 25 MB string per request is what lets a
 * few concurrent senders exhaust the heap.
 */
export const MAX_TEXT_BODY_BYTES = 64 * 1024;

/** Decodes the body once, for everything that needs its text (handshakes, envelope, dedupe). */
export function bodyOf(bytes: Uint8Array): RequestBody {
  return { bytes, text: bytes.length < MAX_TEXT_BODY_BYTES ? utf8OrUndefined(bytes) : undefined };
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

/** Length of the base64 text of `n` bytes. */
export function base64Length(n: number): number {
  return Math.ceil(n / 3) * 4;
}

/** Slice size fed to the compressor: the input is never copied whole. */
const GZIP_SLICE = 64 * 1024;

/**
 * gzip via CompressionStream (Node ≥ 18 and workerd both have it), giving up as soon as the output
 * passes `maxOut` bytes: an incompressible 25 MB body costs one slice of work past the limit, not a
 * second 25 MB buffer. Undefined when it does not fit.
 */
export async function gzipWithin(bytes: Uint8Array, maxOut: number): Promise<Uint8Array | undefined> {
  let offset = 0;
  const input = new ReadableStream<BufferSource>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += GZIP_SLICE)) as Uint8Array<ArrayBuffer>);
    },
  });
  return readAtMost(input.pipeThrough(new CompressionStream('gzip')), maxOut);
}

/**
 * Reads a stream to its end into one buffer, or stops (cancelling the stream) as soon as it passes
 * `max` bytes: undefined then. `each` runs for every chunk before it is kept; when it throws, the
 * stream is cancelled and the error passes on.
 */
export async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  max: number,
  each?: (chunk: Uint8Array) => Promise<void>,
): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    if (each) {
      try {
        await each(value);
      } catch (err) {
        await reader.cancel().catch(() => undefined);
        throw err;
      }
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
