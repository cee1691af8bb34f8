import type { Query } from './types.js';

/**
 * Parses a query string (with or without `?`) into an object; a repeated key becomes an array
 * in order, as Node's `querystring.parse` does. `+` means space (form encoding). Keys such as
 * `__proto__` or `constructor` are ordinary own keys.
 */
export function parseQuery(input: string): Query {
  const text = input.startsWith('?') ? input.slice(1) : input;
  const out = new Map<string, string | string[]>();
  for (const [key, value] of new URLSearchParams(text)) {
    const prev = out.get(key);
    if (prev === undefined) out.set(key, value);
    else if (Array.isArray(prev)) prev.push(value);
    else out.set(key, [prev, value]);
  }
  return Object.fromEntries(out);
}

/** Splits `/a/b?x=1` into the path and the query string without `?`. */
export function splitPath(pathWithQuery: string): { path: string; querystring: string } {
  const at = pathWithQuery.indexOf('?');
  if (at < 0) return { path: pathWithQuery || '/', querystring: '' };
  return { path: pathWithQuery.slice(0, at) || '/', querystring: pathWithQuery.slice(at + 1) };
}
