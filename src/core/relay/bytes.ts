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

/** Strings are measured in slices of this many UTF-16 units, each encoded into one reused buffer. */
const SLICE_UNITS = 16 * 1024;
const encoder = new TextEncoder();
let scratch: Uint8Array | undefined;

/**
 * Number of bytes the string takes as UTF-8, by encoding it (a slice at a time) into a reused
 * buffer: the runtime's encoder is about ten times faster than any scan in JS, and this runs on
 * every request. A UTF-16 unit is at most 3 bytes, so the buffer always holds a slice; a lone
 * surrogate becomes U+FFFD, 3 bytes, as it would on the wire; a pair is never cut between slices.
 */
export function utf8Length(s: string): number {
  scratch ??= new Uint8Array(3 * SLICE_UNITS);
  if (s.length <= SLICE_UNITS) return encoder.encodeInto(s, scratch).written;
  let n = 0;
  for (let i = 0; i < s.length; ) {
    let end = Math.min(i + SLICE_UNITS, s.length);
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end--;
    n += encoder.encodeInto(s.slice(i, end), scratch).written;
    i = end;
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
