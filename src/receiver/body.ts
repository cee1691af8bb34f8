import { gunzipSync } from 'node:zlib';
import { utf8OrUndefined } from '../core/relay/bytes.js';
import { MAX_JSON_DEPTH, parseJson, stringifyJson } from './json.js';
import { parseQuery } from './query.js';

/**
 * The text to parse as JSON or a form: without a leading byte order mark, which JSON.parse
 * refuses. Only the parsed value loses it; `bodyText` keeps the bytes as sent.
 * https://www.rfc-editor.org/rfc/rfc8259#section-8.1
 */
function parsable(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Turns the envelope's `body` + `body_encoding` back into the exact bytes. An old public-relay
 * envelope may carry an already-parsed JSON value; it is serialized again (the best we can do,
 * at any depth).
 */
export function bodyBytes(body: unknown, encoding: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body !== 'string') return Buffer.from(stringifyJson(body), 'utf8');
  if (encoding === 'base64') return Buffer.from(body, 'base64');
  if (encoding === 'gzip+base64') return gunzipSync(Buffer.from(body, 'base64'));
  if (encoding === undefined || encoding === null || encoding === '') {
    return Buffer.from(body, 'utf8');
  }
  // Never String() a value from the envelope: a deeply nested array overflows the stack.
  const named = typeof encoding === 'string' ? `"${encoding}"` : `of type ${Array.isArray(encoding) ? 'array' : typeof encoding}`;
  throw new Error(`unknown body_encoding ${named} (expected base64 or gzip+base64)`);
}

/** How a content type is read. */
export type BodyKind = 'json' | 'form' | 'text' | 'binary';

/** Classifies a `content-type` header value (absent: text when the bytes are UTF-8). */
export function bodyKind(contentType: string | undefined, bytes: Uint8Array): BodyKind {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === '') return utf8OrUndefined(bytes) === undefined ? 'binary' : 'text';
  if (mime === 'application/json' || mime.endsWith('+json')) return 'json';
  if (mime === 'application/x-www-form-urlencoded') return 'form';
  if (mime.startsWith('text/') || mime.endsWith('/xml') || mime.endsWith('+xml')) return 'text';
  return 'binary';
}

/** The parsed body and its text form, as the request carries them. */
export interface ParsedBody {
  body?: unknown;
  bodyText: string;
  bodyIsBinary: boolean;
  /** Why the body was not parsed as its content type says (for the log). */
  warning?: string;
}

/**
 * Parses the raw bytes the way Actionsflow reads an envelope's body, so trigger items match:
 * bytes that are not UTF-8 → a base64 string (as the envelope carries them); a form
 * (`application/x-www-form-urlencoded`) → an object; any other text that is valid JSON,
 * whatever its content type (SNS posts JSON as `text/plain`) → the parsed value; else the text.
 * A value that is falsy (`0`, `false`, `null`, `""`) leaves `body` absent, as Actionsflow does.
 * Deviations, each where Actionsflow fails: invalid JSON sent as `application/json` stays a string
 * (Actionsflow throws), a leading byte order mark is ignored for parsing, and JSON nested deeper
 * than {@link MAX_JSON_DEPTH} stays a string with a warning.
 * `bodyText` is the text as received (base64 for bytes that are not UTF-8).
 */
export function parseBody(bytes: Uint8Array, contentType: string | undefined): ParsedBody {
  if (bytes.length === 0) return { bodyText: '', bodyIsBinary: false };
  // The relay's own decoder: a leading U+FEFF stays in the text, as it stays in the envelope.
  const text = utf8OrUndefined(bytes);
  if (text === undefined) {
    const b64 = Buffer.from(bytes).toString('base64');
    return { body: b64, bodyText: b64, bodyIsBinary: true };
  }
  if (bodyKind(contentType, bytes) === 'form') return { body: parseQuery(parsable(text)), bodyText: text, bodyIsBinary: false };
  const parsed = parseJson(parsable(text));
  if (parsed.ok) return parsed.value ? { body: parsed.value, bodyText: text, bodyIsBinary: false } : { bodyText: text, bodyIsBinary: false };
  if (parsed.reason === 'invalid') return { body: text, bodyText: text, bodyIsBinary: false };
  const warning = `the JSON body is nested more than ${MAX_JSON_DEPTH} levels deep; it is kept as text (body is a string)`;
  return { body: text, bodyText: text, bodyIsBinary: false, warning };
}
