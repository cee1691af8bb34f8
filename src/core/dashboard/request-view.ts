/**
 * A stored delivery as the dashboard shows it: the original request rebuilt from the envelope
 * (method, path, headers, body bytes as text, pretty JSON and hex), the envelope sent, and the
 * request as a curl command. Credential-like headers are shown as `REDACTED`, never their value.
 */
import type { Envelope } from '../contract.js';
import { envelopeOfRequest } from '../relay/envelope.js';
import { providerOf } from '../delivery/provider.js';
import type { Delivery } from '../delivery/store.js';

/** Most body bytes decoded and shown (the rest is summarised). */
export const MAX_SHOWN_BYTES = 256 * 1024;
/** Most bytes in the hex view. */
export const MAX_HEX_BYTES = 4096;

/** Header names whose values are credentials: shown and copied as REDACTED. */
const SECRET_HEADER = /authorization|cookie|token|secret|password|api-?key|signature-key/i;

/** Whether a header's value is a credential the page must not show. */
export const isSecretHeader = (name: string): boolean => SECRET_HEADER.test(name);

/** The body as the page shows it. */
export type BodyView =
  | { kind: 'none' }
  | { kind: 'ref'; sha: string; size: number }
  | { kind: 'bytes'; size: number; bytes: Uint8Array; text: string | undefined; json: string | undefined; encoding: string };

/** The request of a delivery. */
export interface RequestView {
  method: string;
  path: string;
  headers: { name: string; value: string; redacted: boolean }[];
  provider: string;
  body: BodyView;
  /** The dispatch body sent to GitHub, pretty, with credential-like headers redacted. */
  sent: string;
}

const td = new TextDecoder('utf-8', { fatal: true });

function base64Bytes(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The envelope's headers with credential-like values replaced. */
function redactedHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = isSecretHeader(name) ? 'REDACTED' : value;
  return out;
}

/** Decodes the envelope's body; never throws (a body that cannot be decoded is shown as its stored text). */
async function bodyOf(e: Envelope): Promise<BodyView> {
  if (e.body_ref) return { kind: 'ref', sha: e.body_ref.sha, size: e.body_ref.size };
  if (e.body === undefined) return { kind: 'none' };
  let bytes: Uint8Array;
  let encoding = e.body_encoding ?? 'text';
  try {
    if (e.body_encoding === 'base64') bytes = base64Bytes(e.body);
    else if (e.body_encoding === 'gzip+base64') bytes = await gunzip(base64Bytes(e.body));
    else bytes = new TextEncoder().encode(e.body);
  } catch {
    bytes = new TextEncoder().encode(e.body);
    encoding = `${encoding} (could not be decoded)`;
  }
  const size = bytes.length;
  const shown = bytes.subarray(0, MAX_SHOWN_BYTES);
  let text: string | undefined;
  try {
    text = td.decode(shown);
  } catch {
    text = undefined;
  }
  let json: string | undefined;
  if (text !== undefined && size <= MAX_SHOWN_BYTES && /^\s*[[{"]/.test(text)) {
    try {
      json = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      json = undefined;
    }
  }
  return { kind: 'bytes', size, bytes: shown, text, json, encoding };
}

/** The request view of a stored delivery. */
export async function requestViewOf(d: Delivery): Promise<RequestView> {
  let e: Envelope;
  let sent: unknown;
  try {
    sent = JSON.parse(d.bodyJson);
    e = envelopeOfRequest(d.bodyJson);
  } catch {
    return { method: '?', path: '?', headers: [], provider: 'other', body: { kind: 'none' }, sent: d.bodyJson };
  }
  const headers = Object.entries(e.headers ?? {}).map(([name, value]) => ({
    name,
    value: isSecretHeader(name) ? 'REDACTED' : String(value),
    redacted: isSecretHeader(name),
  }));
  const redacted = { ...e, headers: redactedHeaders(e.headers ?? {}) };
  const body = sent as { client_payload?: unknown; inputs?: Record<string, unknown> };
  const shownSent =
    body.client_payload !== undefined ? { ...body, client_payload: redacted } : { ...body, inputs: { ...body.inputs, payload: JSON.stringify(redacted) } };
  return {
    method: e.method ?? '?',
    path: e.path ?? '/',
    headers,
    provider: providerOf(e.headers ?? {}, (e as unknown as Record<string, unknown>)['verified']),
    body: await bodyOf(e),
    sent: JSON.stringify(shownSent, null, 2),
  };
}

/** Classic hex dump: offset, 16 bytes in hex, the printable ASCII. */
export function hexDump(bytes: Uint8Array, max = MAX_HEX_BYTES): string {
  const lines: string[] = [];
  const n = Math.min(bytes.length, max);
  for (let off = 0; off < n; off += 16) {
    const row = bytes.subarray(off, Math.min(off + 16, n));
    const hex = [...row].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = [...row].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${off.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${ascii}`);
  }
  if (bytes.length > n) lines.push(`… ${bytes.length - n} more bytes`);
  return lines.join('\n');
}

/** A string quoted for a POSIX shell. */
const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Headers curl sets itself or that would mislead when copied. */
const SKIP_IN_CURL = new Set(['host', 'content-length', 'connection', 'accept-encoding']);

/**
 * The request as a curl command against the relay at `base`: the same method, path, headers and
 * body; the GitHub credential as a placeholder, credential-like headers REDACTED.
 */
export function curlOf(view: RequestView, base: string, owner: string, repo: string): string {
  const sep = view.path.includes('?') ? '&' : '?';
  const url = `${base.replace(/\/+$/, '')}/${owner}/${repo}${view.path}${sep}__token=REDACTED`;
  const lines = [`curl -X ${view.method} ${sh(url)}`];
  for (const h of view.headers) if (!SKIP_IN_CURL.has(h.name)) lines.push(`  -H ${sh(`${h.name}: ${h.value}`)}`);
  const b = view.body;
  if (b.kind === 'bytes') {
    if (b.text !== undefined && b.size <= MAX_SHOWN_BYTES) lines.push(`  --data-binary ${sh(b.text)}`);
    else {
      let bin = '';
      for (const x of b.bytes) bin += String.fromCharCode(x);
      return `printf %s ${sh(btoa(bin))} | base64 -d | \\\n${lines.join(' \\\n')} \\\n  --data-binary @-`;
    }
  }
  return lines.join(' \\\n');
}
