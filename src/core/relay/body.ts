/**
 * Reads the request body with the relay's size limit. A declared length (Content-Length without
 * Transfer-Encoding) is checked before reading and read in one piece, which lets runtimes take
 * their fastest path (on Node, @hono/node-server reads the socket into a buffer without building
 * a web stream); a body of unknown length is streamed and counted, and refused once it passes
 * the limit.
 */
import { RelayError } from '../errors.js';
import type { ByteBudget, Reservation } from './byte-budget.js';
import { readAtMost } from './bytes.js';

function tooLarge(maxBytes: number): RelayError {
  return new RelayError(413, 'body_too_large', `The request body is larger than this relay accepts (${maxBytes} bytes).`, { limit_bytes: maxBytes });
}

/**
 * A body that could not be read to its end: the sender closed the connection, or the body was
 * shorter than it said. The sender's mistake (a 400 in the log, not a relay failure); nothing was
 * stored. RelayErrors (413, 503) pass through as they are.
 */
function incomplete(err: unknown): RelayError {
  if (err instanceof RelayError) return err;
  return new RelayError(
    400,
    'incomplete_body',
    'The request body ended before its end (the connection closed, or Content-Length promised more bytes than arrived); nothing was accepted. Send the whole body.',
  );
}

/** A body read under the budget; `release` gives its bytes back once they are no longer needed. */
export interface ReadBody {
  bytes: Uint8Array | undefined;
  reservation: Reservation | undefined;
}

/**
 * The body bytes, or undefined when there is none (0 bytes counts as none). Throws 413 past the
 * limit. With a budget, the bytes are reserved before they are read (a declared length at once, a
 * stream chunk by chunk); the caller releases the reservation.
 */
export async function readBody(req: Request, maxBytes: number, budget?: ByteBudget): Promise<ReadBody> {
  // Fetch Requests carry no body for GET and HEAD.
  if (req.method === 'GET' || req.method === 'HEAD') return { bytes: undefined, reservation: undefined };
  const declared = req.headers.get('content-length');
  if (declared !== null && !req.headers.has('transfer-encoding')) {
    const length = Number(declared);
    if (length > maxBytes) throw tooLarge(maxBytes);
    if (!(length > 0)) return { bytes: undefined, reservation: undefined };
    // Twice the length: runtimes gather the chunks, then join them into one buffer.
    const reservation = await budget?.reserve(2 * length);
    try {
      return { bytes: new Uint8Array(await req.arrayBuffer()), reservation };
    } catch (err) {
      reservation?.release();
      throw incomplete(err);
    }
  }
  const stream = req.body;
  if (stream === null) return { bytes: undefined, reservation: undefined };
  const reservation = await budget?.reserve(0);
  try {
    return { bytes: await readStream(stream, maxBytes, reservation), reservation };
  } catch (err) {
    reservation?.release();
    throw incomplete(err);
  }
}

async function readStream(stream: ReadableStream<Uint8Array>, maxBytes: number, reservation: Reservation | undefined): Promise<Uint8Array | undefined> {
  const bytes = await readAtMost(stream, maxBytes, reservation && ((chunk) => reservation.grow(chunk.byteLength)));
  if (bytes === undefined) throw tooLarge(maxBytes);
  return bytes.length === 0 ? undefined : bytes;
}
