import { parse } from 'node:querystring';
import type { Query } from './types.js';

/**
 * Parses a query string (with or without `?`) into an object with Node's `querystring`, as
 * Actionsflow does: a repeated key becomes an array in order, `+` means space, and the object
 * has no prototype, so keys such as `__proto__` or `constructor` are ordinary own keys (and a
 * content digest of it is the one Actionsflow computes).
 * https://nodejs.org/api/querystring.html#querystringparsestr-sep-eq-options
 */
export function parseQuery(input: string): Query {
  const text = input.startsWith('?') ? input.slice(1) : input;
  return parse(text) as Query;
}

/** Splits `/a/b?x=1` into the path and the query string without `?`. */
export function splitPath(pathWithQuery: string): { path: string; querystring: string } {
  const at = pathWithQuery.indexOf('?');
  if (at < 0) return { path: pathWithQuery || '/', querystring: '' };
  return { path: pathWithQuery.slice(0, at) || '/', querystring: pathWithQuery.slice(at + 1) };
}
