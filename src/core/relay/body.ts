/**
 * Reads the request body with the relay's size limit. A declared length (Content-Length without
 * Transfer-Encoding) is checked before reading and read in one piece, which lets runtimes take
 * their fastest path (on Node, @hono/node-server reads the socket into a buffer without building
 * a web stream); a body of unknown length is streamed and counted, and refused once it passes
 * the limit.
 */
import { RelayError } from '../errors.js';

function tooLarge(maxBytes: number): RelayError {
  return new RelayError(413, 'body_too_large', `The request body is larger than this relay accepts (${maxBytes} bytes).`, { limit_bytes: maxBytes });
}

/** The body bytes, or undefined when there is none (0 bytes counts as none). Throws 413 past the limit. */
export async function readBody(req: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  // Fetch Requests carry no body for GET and HEAD.
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const declared = req.headers.get('content-length');
  if (declared !== null && !req.headers.has('transfer-encoding')) {
    const length = Number(declared);
    if (length > maxBytes) throw tooLarge(maxBytes);
    if (length === 0) return undefined;
    return new Uint8Array(await req.arrayBuffer());
  }
  const stream = req.body;
  if (stream === null) return undefined;
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (size === 0) return undefined;
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
