/**
 * JSON from webhook senders, bounded in depth. V8 parses any depth, but every later walk
 * (JSON.stringify, String(array), structuredClone, mingo) recurses and overflows the stack a few
 * thousand levels down: `'['.repeat(5000) + ']'.repeat(5000)` is only 10 KB. So a value nested
 * deeper than {@link MAX_JSON_DEPTH} is refused at the edge, and nothing here recurses.
 */

/** Deepest nesting accepted; real webhook payloads stay far below, mingo and JSON.stringify far above. */
export const MAX_JSON_DEPTH = 256;

/** The outcome of {@link parseJson}. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; reason: 'invalid' | 'too-deep' };

/** True when arrays/objects in `value` nest more than `max` levels deep (iterative). */
export function nestsDeeperThan(value: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Parses JSON text; invalid text and values nested deeper than `max` are outcomes, not throws. */
export function parseJson(text: string, max: number = MAX_JSON_DEPTH): ParsedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  return nestsDeeperThan(value, max) ? { ok: false, reason: 'too-deep' } : { ok: true, value };
}

/**
 * `JSON.stringify` for data that came from `JSON.parse`, without recursion, so any depth works
 * (an old envelope may carry the body as an already-parsed value).
 */
export function stringifyJson(value: unknown): string {
  if (!nestsDeeperThan(value)) return JSON.stringify(value) ?? 'null';
  const out: string[] = [];
  // Work items, last first: text to write as is, or a value to serialize.
  const work: ({ text: string } | { value: unknown })[] = [{ value }];
  while (work.length > 0) {
    const next = work.pop() as { text: string } | { value: unknown };
    if ('text' in next) {
      out.push(next.text);
      continue;
    }
    const v = next.value;
    if (typeof v !== 'object' || v === null) {
      out.push(JSON.stringify(v) ?? 'null');
      continue;
    }
    // Pushed in reverse: the closing bracket first, the opening one last.
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((item) => ['', item === undefined ? null : item])
      : Object.entries(v)
          .filter(([, item]) => item !== undefined)
          .map(([key, item]) => [`${JSON.stringify(key)}:`, item]);
    work.push({ text: Array.isArray(v) ? ']' : '}' });
    for (let i = entries.length - 1; i >= 0; i--) {
      const [prefix, item] = entries[i] as [string, unknown];
      work.push({ value: item }, { text: `${i === 0 ? '' : ','}${prefix}` });
    }
    work.push({ text: Array.isArray(v) ? '[' : '{' });
  }
  return out.join('');
}
