import { match } from 'path-to-regexp';
import { ReceiverError } from './receiver-error.js';

/** Splits a path into its non-empty segments (so `/a/b/` and `/a/b` are the same). */
export function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** Percent-decodes one path segment; a malformed escape is kept as received. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Non-ASCII text of a pattern as the percent-encoded UTF-8 that arrives in a URL path. */
function encodeLiteral(text: string): string {
  return text.replace(/[^\x00-\x7f]+/g, (run) => {
    try {
      return encodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Our shorthand: a final `*` segment takes the rest of the path. */
const REST = '__w2g_rest';

/**
 * Matches a path against a webhook `path` pattern with path-to-regexp 6, the library and
 * options Actionsflow uses (case-insensitive, trailing slash optional, `:id`, `:id(\\d+)`,
 * `:rest*` …), so patterns written for Actionsflow match the same requests. Params are decoded
 * (a malformed escape is kept as received). Our shorthand `/files/*` takes the rest of the path
 * as the param `*`. Returns the params, or undefined when the path does not match; a pattern that
 * path-to-regexp refuses throws a {@link ReceiverError} naming it.
 * https://github.com/pillarjs/path-to-regexp/tree/v6.3.0#match
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const rest = /(^|\/)\*$/.test(pattern);
  const source = rest ? `${pattern.slice(0, -1).replace(/\/$/, '')}/:${REST}*` : pattern;
  let fn: ReturnType<typeof match>;
  try {
    fn = match(source, { decode: decodeSegment, encode: encodeLiteral });
  } catch (err) {
    throw new ReceiverError(`path pattern "${pattern}" is not valid: ${(err as Error).message}`);
  }
  const found = fn(path);
  if (!found) return undefined;
  // A Map, turned into own properties at the end: a param named `__proto__` is a param.
  const params = new Map<string, string>();
  for (const [key, value] of Object.entries(found.params as Record<string, unknown>)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join('/') : String(value);
    params.set(key === REST ? '*' : key, text);
  }
  if (rest && !params.has('*')) params.set('*', '');
  return Object.fromEntries(params);
}
