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

/**
 * Matches a path against a `/user/:id` style pattern. `:name` takes one segment (decoded into
 * the params); a final `*` takes the rest. Returns the params, or undefined when it does not match.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = segments(pattern);
  const have = segments(path);
  // A Map, turned into own properties at the end: a param named `__proto__` is a param.
  const params = new Map<string, string>();
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (w === '*' && i === want.length - 1) {
      params.set('*', have.slice(i).map(decodeSegment).join('/'));
      return Object.fromEntries(params);
    }
    const h = have[i];
    if (h === undefined) return undefined;
    if (w.startsWith(':') && w.length > 1) params.set(w.slice(1), decodeSegment(h));
    else if (decodeSegment(h) !== w) return undefined;
  }
  return have.length === want.length ? Object.fromEntries(params) : undefined;
}
