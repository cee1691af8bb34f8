/**
 * `record[key]` only when `key` is the record's own property. Names from a request or a workflow
 * file (`constructor`, `__proto__`, `toString` …) must never reach Object.prototype.
 */
export function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}
