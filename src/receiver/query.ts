import type { Query } from './types.js';

/**
 * Parses a query string (with or without `?`) into an object; a repeated key becomes an array
 * in order, as Node's `querystring.parse` does. `+` means space (form encoding).
 */
export function parseQuery(input: string): Query {
  const out: Query = {};
  const text = input.startsWith('?') ? input.slice(1) : input;
  if (text === '') return out;
  for (const [key, value] of new URLSearchParams(text)) {
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[key] = [prev, value];
  }
  return out;
}

/** Splits `/a/b?x=1` into the path and the query string without `?`. */
export function splitPath(pathWithQuery: string): { path: string; querystring: string } {
  const at = pathWithQuery.indexOf('?');
  if (at < 0) return { path: pathWithQuery || '/', querystring: '' };
  return { path: pathWithQuery.slice(0, at) || '/', querystring: pathWithQuery.slice(at + 1) };
}
